import { Controller } from '@nestjs/common';
import { currentCaller, hasScope, type Caller } from '@siapkerja/authz';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { forbidden } from '@siapkerja/errors';
import { EnrolmentReads } from './enrolment-reads';
import { enrolmentView } from './enrolments.rules';
import { EnrolmentsService, type EnrolmentView } from './enrolments.service';
import { PersonDataService } from './person-data';

const state = (s: string) => toProtoEnum('ENROLMENT_STATE', s) as trainingV1.EnrolmentState;

/** The enrolment as the caller may see it (enrolments.rules.ts: NIK and birth date masked unless he may read them). */
export function toEnrolmentMessage(v: EnrolmentView, caller: Caller | undefined = currentCaller()): trainingV1.Enrolment {
  const e = v.enrolment;
  return enrolmentView(
    {
      id: e.id,
      batchId: e.batchId,
      programId: e.programId,
      personId: e.personId,
      nik: e.nik,
      name: e.name,
      birthDate: e.birthDate,
      // the sex as a word (from the NIK: 2 female, anything else male)
      sex: e.sex === 2 ? 'SEX_FEMALE' : 'SEX_MALE',
      state: state(e.state),
      registrant: e.registrant,
      registeredBy: e.registeredBy,
      regionCode: e.regionCode,
      history: v.history.map((h) => ({
        fromState: state(h.fromState),
        toState: state(h.toState),
        actor: h.actor,
        actorSide: h.actorSide,
        note: h.note,
        time: h.createdAt.toISOString(),
      })),
      programTitle: v.programTitle,
      batchStartDate: v.batchStartDate,
      batchEndDate: v.batchEndDate,
      createTime: e.createdAt.toISOString(),
      updateTime: e.updatedAt.toISOString(),
      eraseTime: e.erasedAt?.toISOString() ?? '',
      processingRestrictTime: e.processingRestrictedAt?.toISOString() ?? '',
      // unset (shown as null) until recorded
      screeningScore: e.screeningScore ?? undefined,
      selectionScore: e.selectionScore ?? undefined,
      finalScore: e.finalScore ?? undefined,
      waitlistPosition: v.waitlistPosition,
      outcomeDate: e.outcomeDate ?? '',
      attendancePercent: v.attendancePercent,
      providerId: e.providerId,
      educationLevel: e.educationLevel,
    },
    caller,
  );
}

@Controller()
@GrpcService('training')
export class EnrolmentsGrpc implements GrpcControllerOf<'training'> {
  constructor(
    private readonly enrolments: EnrolmentsService,
    private readonly personData: PersonDataService,
    private readonly reads: EnrolmentReads,
  ) {}

  async createEnrolment(req: trainingV1.CreateEnrolmentRequest__Output) {
    // a person without training:write enrols himself only (enrol holds him to the NIK of his own account)
    const caller = currentCaller();
    if (caller && !hasScope(caller, 'training:write') && !caller.roles.includes('JOB_SEEKER'))
      throw forbidden('The token lacks the scope training:write');
    const e = await this.enrolments.enrol(
      { batchId: req.batchId, nik: req.nik, name: req.name, birthDate: req.birthDate, educationLevel: req.educationLevel },
      req.requestId || undefined,
    );
    return this.reads.one(toEnrolmentMessage(e), this.reads.enrolled());
  }

  async getEnrolment(req: trainingV1.GetEnrolmentRequest__Output) {
    const purpose = this.reads.implied(this.reads.stated());
    return this.reads.one(toEnrolmentMessage(await this.enrolments.get(req.id)), purpose);
  }

  async listEnrolments(req: trainingV1.ListEnrolmentsRequest__Output): Promise<trainingV1.ListEnrolmentsResponse> {
    const purpose = this.reads.implied(this.reads.stated());
    const page = await this.enrolments.list({
      batchId: req.batchId,
      state: fromProtoEnum('ENROLMENT_STATE', req.state),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    const enrolments = await this.reads.logged(
      page.enrolments.map((v) => toEnrolmentMessage(v)),
      purpose,
    );
    return { enrolments, nextPageToken: page.nextPageToken };
  }

  async listMyEnrolments(req: trainingV1.ListMyEnrolmentsRequest__Output): Promise<trainingV1.ListEnrolmentsResponse> {
    const page = await this.enrolments.listMine(req.pageSize, req.pageToken);
    const enrolments = await this.reads.logged(
      page.enrolments.map((v) => toEnrolmentMessage(v)),
      'DATA_SUBJECT_REQUEST',
    );
    return { enrolments, nextPageToken: page.nextPageToken };
  }

  async transitionEnrolment(req: trainingV1.TransitionEnrolmentRequest__Output) {
    // a write states its purpose if it likes; its answer is logged under it, or as a placement
    const purpose = this.reads.statedIfAny() ?? 'PLACEMENT_SERVICE';
    const e = await this.enrolments.transition(req.id, fromProtoEnum('ENROLMENT_STATE', req.toState), req.note);
    return this.reads.one(toEnrolmentMessage(e), purpose);
  }

  async exportPersonData(req: trainingV1.ExportPersonDataRequest__Output): Promise<trainingV1.ExportPersonDataResponse> {
    const d = await this.personData.export(req.personId);
    return {
      enrolments: d.enrolments.map((v) => toEnrolmentMessage(v)),
      eraseTime: d.erasedAt?.toISOString() ?? '',
      processingRestrictTime: d.processingRestrictedAt?.toISOString() ?? '',
    };
  }
}
