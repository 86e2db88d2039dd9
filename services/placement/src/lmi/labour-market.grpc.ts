import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type placementV1 } from '@siapkerja/contracts';
import { ImportsService } from '../imports/imports.service';
import { IpkService } from '../ipk/ipk.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import type { Cell, OutcomeGroup, OutcomeMeasure } from '../outcomes/outcomes.rules';
import { placementMessage } from '../placements/placement.view';
import { PlacementsListService } from '../placements/placements.list';
import { LmiService } from './lmi.service';

/** A cell's value is sent only when SHOWN: a withheld or not yet measurable cell has none (null in every view). */
const cell = (c: Cell): placementV1.OutcomeCell => (c.status === 'SHOWN' ? { value: c.value, status: c.status } : { status: c.status });
function outcomeRow(g: Partial<OutcomeGroup> & { cells: Record<OutcomeMeasure, Cell> }): placementV1.OutcomeRow {
  const c = g.cells;
  return {
    providerId: g.providerId ?? '',
    programId: g.programId ?? '',
    programTitle: g.programTitle ?? '',
    regionCode: g.regionCode ?? '',
    cohortMonth: g.cohortMonth ?? '',
    graduates: cell(c.graduates),
    failed: cell(c.failed),
    droppedOut: cell(c.droppedOut),
    certified: cell(c.certified),
    placed_3m: cell(c.placed3m),
    placed_6m: cell(c.placed6m),
    placed_12m: cell(c.placed12m),
    employmentRate: cell(c.employmentRate),
    medianDaysToPlacement: cell(c.medianDaysToPlacement),
    matchedShare: cell(c.matchedShare),
  };
}

/** Placements of every channel, bulk sync, IPK forms, graduate outcomes and labour-market information. */
@Controller()
@GrpcService('placement')
export class LabourMarketGrpc implements GrpcControllerOf<'placement'> {
  constructor(
    private readonly list: PlacementsListService,
    private readonly imports: ImportsService,
    private readonly ipk: IpkService,
    private readonly outcomes: OutcomesService,
    private readonly lmi: LmiService,
  ) {}

  async listPlacements(req: placementV1.ListPlacementsRequest__Output): Promise<placementV1.ListPlacementsResponse> {
    const r = await this.list.list(req);
    return {
      placements: r.placements.map((p) => placementMessage(p as unknown as Record<string, unknown>)),
      nextPageToken: r.nextPageToken,
    };
  }

  async applyImportBatch(req: placementV1.ApplyImportBatchRequest__Output): Promise<placementV1.ApplyImportBatchResponse> {
    const receipts = await this.imports.apply(
      req.importId,
      req.records.map((r) => ({ line: Number(r.line), key: r.key, kind: r.kind, json: r.json })),
    );
    return { receipts: receipts.map((r) => ({ ...r, line: String(r.line) })) };
  }

  async getIpkForm(req: placementV1.GetIpkFormRequest__Output): Promise<placementV1.IpkForm> {
    const f = await this.ipk.form(req.regionCode, req.month, req.form);
    return {
      ...f,
      tables: f.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ key: r.key, label: r.label, values: r.values.map(String) })) })),
    };
  }

  async getGraduateOutcomes(req: placementV1.GetGraduateOutcomesRequest__Output): Promise<placementV1.GraduateOutcomes> {
    const v = await this.outcomes.outcomes(req);
    return {
      rows: v.groups.map(outcomeRow),
      total: outcomeRow({ cells: v.total }),
      minimumCell: v.minimumCell,
      withheldGroups: v.withheldGroups,
    };
  }

  async getPersonTrace(req: placementV1.GetPersonTraceRequest__Output): Promise<placementV1.PersonTrace> {
    const t = await this.outcomes.trace(req.personId);
    return {
      personId: t.personId,
      trainings: t.trainings.map((x) => ({
        enrolmentId: x.enrolment_id,
        providerId: x.provider_id,
        programId: x.program_id,
        programTitle: x.program_title,
        regionCode: x.region_code,
        outcome: x.outcome,
        outcomeDate: x.outcome_date,
      })),
      certificates: t.certificates.map((x) => ({
        certificateId: x.certificate_id,
        schemeCode: x.scheme_code,
        issueDate: x.issue_date,
        status: x.status,
      })),
      placements: t.placements.map(placementMessage),
      daysToPlacement: t.daysToPlacement,
    };
  }

  async getLabourMarket(req: placementV1.GetLabourMarketRequest__Output): Promise<placementV1.LabourMarket> {
    const l = await this.lmi.labourMarket(req.regionCode, req.month);
    return {
      regionCode: l.regionCode,
      regionName: l.regionName,
      month: l.month,
      rows: l.rows.map((r) => ({
        kbjiGroup: r.kbjiGroup,
        label: r.label,
        jobSeekers: String(r.jobSeekers),
        recentGraduates: String(r.recentGraduates),
        openVacancies: String(r.openVacancies),
        openPositions: String(r.openPositions),
        gap: String(r.gap),
        shortage: r.shortage,
      })),
      trend: l.trend.map((t) => ({
        month: t.month,
        jobSeekers: String(t.jobSeekers),
        openPositions: String(t.openPositions),
        placements: String(t.placements),
      })),
      programs: l.programs.map((p) => ({ ...p, capacity: String(p.capacity) })),
      outcomes: [...l.outcomes.groups.map(outcomeRow), outcomeRow({ regionCode: l.regionCode, cells: l.outcomes.total })],
    };
  }
}
