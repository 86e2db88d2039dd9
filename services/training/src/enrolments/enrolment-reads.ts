import { Injectable } from '@nestjs/common';
import { currentCaller, hasScope } from '@siapkerja/authz';
import type { trainingV1 } from '@siapkerja/contracts';
import { AccessLog, statedPurpose, type AccessPurpose } from '@siapkerja/privacy';

/** The fields of an enrolment answered unmasked to who may read them (enrolments.rules.ts), each such read logged. */
const PERSONAL_FIELDS = ['nik', 'birthDate'];

/** The purpose of a read: the one the caller stated, or the one the read implies for each enrolment. */
type ReadPurpose = AccessPurpose | ((e: trainingV1.Enrolment) => AccessPurpose);

/**
 * The reads of enrolments answered unmasked (NIK, birth date), written to identity's access log before the answer leaves
 * (a read that cannot be logged is not served: UNAVAILABLE), with the caller as actor, under the purpose he stated
 * (X-Purpose) or the one the read implies. Masked answers are not logged; the platform's own calls (no caller) neither.
 */
@Injectable()
export class EnrolmentReads {
  constructor(private readonly accessLog: AccessLog) {}

  /** The purpose a read states (X-Purpose; invalid: INVALID_ARGUMENT naming it, missing for an officer: the same). */
  stated(): AccessPurpose | undefined {
    return statedPurpose();
  }

  /** The purpose a write states, if it states one (an officer's write needs none: its answer is logged as the write implies). */
  statedIfAny(): AccessPurpose | undefined {
    return currentCaller()?.purpose ? statedPurpose() : undefined;
  }

  /** A read's purpose when none is stated: the person's own enrolment is his request, anyone else's supervision. */
  implied(stated: AccessPurpose | undefined): ReadPurpose {
    const personId = currentCaller()?.personId;
    return (e) => stated ?? (!!personId && personId === e.personId ? 'DATA_SUBJECT_REQUEST' : 'SUPERVISION');
  }

  /** An enrolment's purpose: a person without training:write enrolling himself makes his own request; others place him. */
  enrolled(): ReadPurpose {
    const caller = currentCaller();
    const self = !hasScope(caller, 'training:write');
    return (e) => (self && !!caller?.personId && caller.personId === e.personId ? 'DATA_SUBJECT_REQUEST' : 'PLACEMENT_SERVICE');
  }

  /** Logs the enrolments answered unmasked (one call, each under its purpose) and gives them back. */
  async logged<T extends trainingV1.Enrolment>(enrolments: T[], purpose: ReadPurpose): Promise<T[]> {
    await this.accessLog.record(
      enrolments
        .filter((e) => !e.personalDataMasked)
        .map((e) => ({
          resourceType: 'training-enrolment',
          resourceId: e.id ?? '',
          fields: PERSONAL_FIELDS,
          subjectPersonId: e.personId ?? '',
          purpose: typeof purpose === 'function' ? purpose(e) : purpose,
        })),
    );
    return enrolments;
  }

  /** {@link logged} of one enrolment. */
  async one<T extends trainingV1.Enrolment>(enrolment: T, purpose: ReadPurpose): Promise<T> {
    return (await this.logged([enrolment], purpose))[0];
  }
}
