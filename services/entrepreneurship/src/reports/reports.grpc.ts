import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoInt64, type GrpcControllerOf, type entrepreneurshipV1 } from '@siapkerja/contracts';
import type { BusinessReportEntity, MentorVisitEntity } from './report.entity';
import { ReportsService } from './reports.service';

function toVisit(v: MentorVisitEntity): entrepreneurshipV1.MentorVisit {
  return {
    id: v.id,
    groupId: v.groupId,
    visitedOn: v.visitedOn,
    notes: v.notes,
    mentorAccountId: v.mentorAccountId,
    createTime: v.createdAt.toISOString(),
  };
}

function toReport(r: BusinessReportEntity): entrepreneurshipV1.BusinessReport {
  return {
    id: r.id,
    groupId: r.groupId,
    kind: r.kind,
    period: r.period,
    revenue: String(r.revenue),
    activeMembers: r.activeMembers,
    workersHired: r.workersHired,
    notes: r.notes,
    state: r.state,
    reviewNote: r.reviewNote,
    placementsRecorded: r.placementsRecorded,
    createTime: r.createdAt.toISOString(),
    reviewTime: r.reviewedAt?.toISOString() ?? '',
  };
}

@Controller()
@GrpcService('entrepreneurship')
export class ReportsGrpc implements GrpcControllerOf<'entrepreneurship'> {
  constructor(private readonly reports: ReportsService) {}

  async createMentorVisit(req: entrepreneurshipV1.CreateMentorVisitRequest__Output) {
    return toVisit(await this.reports.createVisit(req.groupId, req.visitedOn, req.notes));
  }

  async listMentorVisits(req: entrepreneurshipV1.ListMentorVisitsRequest__Output) {
    return { visits: (await this.reports.listVisits(req.groupId)).map(toVisit) };
  }

  async createBusinessReport(req: entrepreneurshipV1.CreateBusinessReportRequest__Output) {
    const r = await this.reports.createReport(
      req.groupId,
      {
        kind: req.kind,
        period: req.period,
        revenue: fromProtoInt64(req.revenue, { unsigned: true }),
        activeMembers: req.activeMembers,
        workersHired: req.workersHired,
        notes: req.notes,
      },
      req.requestId || undefined,
    );
    return toReport(r);
  }

  async listBusinessReports(req: entrepreneurshipV1.ListBusinessReportsRequest__Output) {
    return { reports: (await this.reports.listReports(req.groupId)).map(toReport) };
  }

  async reviewBusinessReport(req: entrepreneurshipV1.ReviewBusinessReportRequest__Output) {
    return toReport(await this.reports.review(req.id, req.decision, req.note, req.groupId));
  }
}
