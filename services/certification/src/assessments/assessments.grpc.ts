import { Controller } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import { AccessLog, statedPurpose, type AccessPurpose } from '@siapkerja/privacy';
import type { AssessmentEntity } from './assessment.entity';
import { assessmentReads } from './assessments.rules';
import { AssessmentsService } from './assessments.service';

export function toAssessmentMessage(a: AssessmentEntity): certificationV1.Assessment {
  return {
    id: a.id,
    schemeId: a.schemeId,
    lspId: a.lspId,
    personId: a.personId,
    applicantName: a.applicantName,
    evidenceRefs: a.evidenceRefs,
    experienceMonths: a.experienceMonths,
    selfAssessment: a.selfAssessment,
    status: toProtoEnum('ASSESSMENT_STATUS', a.status) as certificationV1.AssessmentStatus,
    eligibilityReason: a.eligibilityReason,
    tukId: a.tukId ?? '',
    assessorId: a.assessorId ?? '',
    assessmentDate: a.assessmentDate ?? '',
    results: a.results.map((r) => ({
      unitCode: r.unitCode,
      verdict: toProtoEnum('UNIT_VERDICT', r.verdict) as certificationV1.UnitVerdict,
      notes: r.notes,
    })),
    unitsToRetake: a.unitsToRetake,
    decisionNotes: a.decisionNotes,
    certificateId: a.certificateId ?? '',
    regionCode: a.regionCode,
    createTime: a.createdAt.toISOString(),
    updateTime: a.updatedAt.toISOString(),
  };
}

@Controller()
@GrpcService('certification')
export class AssessmentsGrpc implements GrpcControllerOf<'certification'> {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly accessLog: AccessLog,
  ) {}

  /**
   * The assessment as answered, its read of the applicant's name written to the access log first (a read that cannot be
   * logged is not served), like every read of personal data; `purpose`: the X-Purpose the caller stated, checked (by
   * {@link statedPurpose}) before the call did anything.
   */
  private async disclosed(a: AssessmentEntity, purpose: AccessPurpose | undefined): Promise<certificationV1.Assessment> {
    await this.accessLog.record(assessmentReads([a], currentCaller(), purpose));
    return toAssessmentMessage(a);
  }

  async createAssessment(req: certificationV1.CreateAssessmentRequest__Output) {
    const purpose = statedPurpose();
    return this.disclosed(
      await this.assessments.create(
        {
          schemeId: req.schemeId,
          applicant: { nik: req.applicant?.nik ?? '', name: req.applicant?.name ?? '' },
          evidenceRefs: req.evidenceRefs,
          experienceMonths: req.experienceMonths,
          selfAssessment: req.selfAssessment,
        },
        req.requestId || undefined,
      ),
      purpose,
    );
  }

  async getAssessment(req: certificationV1.GetAssessmentRequest__Output) {
    const purpose = statedPurpose();
    return this.disclosed(await this.assessments.get(req.id), purpose);
  }

  async scheduleAssessment(req: certificationV1.ScheduleAssessmentRequest__Output) {
    const purpose = statedPurpose();
    return this.disclosed(await this.assessments.schedule(req.id, req.tukId, req.assessorId, req.assessmentDate), purpose);
  }

  async recordAssessmentResults(req: certificationV1.RecordAssessmentResultsRequest__Output) {
    const purpose = statedPurpose();
    return this.disclosed(
      await this.assessments.recordResults(
        req.id,
        req.results.map((r) => ({ unitCode: r.unitCode, verdict: fromProtoEnum('UNIT_VERDICT', r.verdict) as 'K' | 'BK', notes: r.notes })),
      ),
      purpose,
    );
  }

  async decideAssessment(req: certificationV1.DecideAssessmentRequest__Output) {
    const purpose = statedPurpose();
    return this.disclosed(await this.assessments.decide(req.id, req.certificateNumber, req.notes), purpose);
  }
}
