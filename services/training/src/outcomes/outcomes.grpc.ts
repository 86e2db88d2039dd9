import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoEnum, type GrpcControllerOf, type trainingV1 } from '@siapkerja/contracts';
import { EnrolmentReads } from '../enrolments/enrolment-reads';
import { toEnrolmentMessage } from '../enrolments/enrolments.grpc';
import { OutcomesService } from './outcomes.service';

/** -1 (or absent) in a score field means "none / unchanged". */
const scoreOf = (n: number | undefined) => (n === undefined || n === -1 ? null : n);

@Controller()
@GrpcService('training')
export class OutcomesGrpc implements GrpcControllerOf<'training'> {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly reads: EnrolmentReads,
  ) {}

  async recordSelectionScores(req: trainingV1.RecordSelectionScoresRequest__Output) {
    const e = await this.outcomes.recordScores(req.enrolmentId, scoreOf(req.screeningScore), scoreOf(req.selectionScore));
    return this.reads.one(toEnrolmentMessage(e), 'PLACEMENT_SERVICE');
  }

  async recordAttendance(req: trainingV1.RecordAttendanceRequest__Output): Promise<trainingV1.RecordAttendanceResponse> {
    const recorded = await this.outcomes.recordAttendance(
      req.batchId,
      req.sessionNumber,
      req.marks.map((m) => ({ enrolmentId: m.enrolmentId, present: m.present })),
    );
    return { recorded };
  }

  async recordOutcome(req: trainingV1.RecordOutcomeRequest__Output) {
    const e = await this.outcomes.recordOutcome({
      enrolmentId: req.enrolmentId,
      outcome: fromProtoEnum('ENROLMENT_STATE', req.outcome),
      finalScore: scoreOf(req.finalScore),
      outcomeDate: req.outcomeDate,
      note: req.note,
    });
    return this.reads.one(toEnrolmentMessage(e), 'PLACEMENT_SERVICE');
  }

  async listMyTrainingHistory(): Promise<trainingV1.ListMyTrainingHistoryResponse> {
    const entries = await this.outcomes.history();
    return {
      entries: entries.map(({ enrolment: e, program: p, providerName }) => ({
        enrolmentId: e.id,
        batchId: e.batchId,
        programId: p.id,
        programTitle: p.title,
        providerId: e.providerId,
        providerName,
        competencyUnits: p.competencyUnits,
        kbjiCode: p.kbjiCode,
        certificationSchemeId: p.certificationSchemeId,
        completionDate: e.outcomeDate ?? '',
        finalScore: e.finalScore ?? undefined,
        regionCode: e.regionCode,
      })),
    };
  }
}
