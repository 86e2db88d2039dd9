import { Injectable } from '@nestjs/common';
import { ERASED_NAME, erasedNikSql, PersonRequestsConsumer, type PersonRequestTx } from '@siapkerja/privacy';

/**
 * Carries out a person's data-subject requests (UU 27/2022) that the gateway publishes, exactly once (inbox):
 * - erasure: the personal fields of every enrolment of the person are pseudonymised (NIK, name, day and month of birth,
 *   the notes of their history, the client's request id and the request's hash); what the statistics need stays (person
 *   id, sex, year of birth, batch, program, region, states and dates);
 * - restriction: the person's enrolments are marked, and nobody registers him on his behalf or selects him any more.
 * Both are remembered per person (person_privacy), also for a person with no enrolment here yet.
 */
@Injectable()
export class EnrolmentsPrivacyConsumer extends PersonRequestsConsumer {
  readonly consumerName = 'enrolments-privacy';
  protected override readonly remembersRequests = true;

  /** Pseudonymises one person's enrolments in place; idempotent. Returns the enrolments changed. */
  protected async erase(m: PersonRequestTx, personId: string, at: Date): Promise<number> {
    const [, affected]: [unknown, number] = await m.query(
      `UPDATE enrolments SET
          nik = ${erasedNikSql()},
          name = $3,
          birth_date = make_date(extract(year FROM birth_date)::int, 7, 1),
          request_id = NULL, request_hash = NULL, erased_at = $2, updated_at = now()
        WHERE person_id = $1 AND erased_at IS NULL`,
      [personId, at, ERASED_NAME],
    );
    // free-text notes of the history may name the person
    await m.query(
      `UPDATE enrolment_transitions SET note = '' WHERE note <> '' AND enrolment_id IN (SELECT id FROM enrolments WHERE person_id = $1)`,
      [personId],
    );
    return affected;
  }

  /** Marks each enrolment of the person restricted (first time kept); idempotent. */
  protected override async restrict(m: PersonRequestTx, personId: string, at: Date): Promise<void> {
    await m.query(
      `UPDATE enrolments SET processing_restricted_at = $2, updated_at = now() WHERE person_id = $1 AND processing_restricted_at IS NULL`,
      [personId, at],
    );
  }
}
