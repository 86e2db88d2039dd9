import { Injectable } from '@nestjs/common';
import type { placementV1 } from '@siapkerja/contracts';
import type { UnaryHandler } from '@siapkerja/grpc';
import { ReportsService } from './reports.service';

@Injectable()
export class ReportsGrpc {
  constructor(private readonly reports: ReportsService) {}

  handlers(): Record<string, UnaryHandler> {
    return {
      GetVacancyReport: async (req: placementV1.GetVacancyReportRequest__Output): Promise<placementV1.VacancyReport> => {
        const r = await this.reports.vacancyReport(req.regionCode, req.month);
        return {
          regionCode: r.regionCode,
          month: r.month,
          registered: String(r.registered),
          positions: String(r.positions),
          rows: r.rows.map((x) => ({ regionCode: x.regionCode, registered: String(x.registered), positions: String(x.positions) })),
        };
      },
      ListActivityCounts: async (req: placementV1.ListActivityCountsRequest__Output): Promise<placementV1.ListActivityCountsResponse> => ({
        regionCode: req.regionCode,
        month: req.month,
        counts: (await this.reports.activityCounts(req.regionCode, req.month)).map((c) => ({
          eventType: c.eventType,
          count: String(c.count),
        })),
      }),
    };
  }
}
