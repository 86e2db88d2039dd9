import { canonicalRegionCode } from '@siapkerja/codes';
import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type placementV1 } from '@siapkerja/contracts';
import { ReportsService } from './reports.service';

@Controller()
@GrpcService('placement')
export class ReportsGrpc implements GrpcControllerOf<'placement'> {
  constructor(private readonly reports: ReportsService) {}

  async getVacancyReport(req: placementV1.GetVacancyReportRequest__Output): Promise<placementV1.VacancyReport> {
    const r = await this.reports.vacancyReport(req.regionCode, req.month);
    return {
      regionCode: r.regionCode,
      month: r.month,
      registered: String(r.registered),
      positions: String(r.positions),
      rows: r.rows.map((x) => ({ regionCode: x.regionCode, registered: String(x.registered), positions: String(x.positions) })),
    };
  }

  async listActivityCounts(req: placementV1.ListActivityCountsRequest__Output): Promise<placementV1.ListActivityCountsResponse> {
    const counts = await this.reports.activityCounts(req.regionCode, req.month);
    return {
      // the region as it was counted: its canonical code (' 33.73' and '3373' are 33.73)
      regionCode: canonicalRegionCode(req.regionCode),
      month: req.month,
      counts: counts.map((c) => ({ eventType: c.eventType, count: String(c.count) })),
    };
  }
}
