import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type certificationV1 } from '@siapkerja/contracts';
import type { AssessmentEntity } from './assessment.entity';
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
  constructor(private readonly assessments: AssessmentsService) {}

  async createAssessment(req: certificationV1.CreateAssessmentRequest__Output) {
    return toAssessmentMessage(
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
    );
  }

  async getAssessment(req: certificationV1.GetAssessmentRequest__Output) {
    return toAssessmentMessage(await this.assessments.get(req.id));
  }

  async scheduleAssessment(req: certificationV1.ScheduleAssessmentRequest__Output) {
    return toAssessmentMessage(await this.assessments.schedule(req.id, req.tukId, req.assessorId, req.assessmentDate));
  }

  async recordAssessmentResults(req: certificationV1.RecordAssessmentResultsRequest__Output) {
    return toAssessmentMessage(
      await this.assessments.recordResults(
        req.id,
        req.results.map((r) => ({ unitCode: r.unitCode, verdict: fromProtoEnum('UNIT_VERDICT', r.verdict) as 'K' | 'BK', notes: r.notes })),
      ),
    );
  }

  async decideAssessment(req: certificationV1.DecideAssessmentRequest__Output) {
    return toAssessmentMessage(await this.assessments.decide(req.id, req.certificateNumber, req.notes));
  }
}
