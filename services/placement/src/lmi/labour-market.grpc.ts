import { Controller } from '@nestjs/common';
import type { MethodDefinition } from '@grpc/proto-loader';
import { GrpcService, loadProto, type GrpcControllerOf, type placementV1 } from '@siapkerja/contracts';
import { Violations } from '@siapkerja/errors';
import { ImportsService } from '../imports/imports.service';
import { ipkCsv, ipkXlsx } from '../ipk/ipk.render';
import { IPK_FORMS } from '../ipk/ipk.rules';
import { IpkService, type IpkFormView } from '../ipk/ipk.service';
import { OutcomesService } from '../outcomes/outcomes.service';
import type { Cell, OutcomeGroup, OutcomeMeasure } from '../outcomes/outcomes.rules';
import { placementMessage } from '../placements/placement.view';
import { PlacementsListService } from '../placements/placements.list';
import { labourMarketPage } from './labour-market.page';
import { LmiService } from './lmi.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The forms of GetIpkForms as asked: III-1 ... III-8 (III-1 is IPK III/1), or ALL ('' too). */
const IPK_FORM_CODES = IPK_FORMS.map((f) => f.replace('/', '-'));
const IPK_FORMATS = ['json', 'csv', 'xlsx'];

const ipkFormMessage = (f: IpkFormView): placementV1.IpkForm => ({
  ...f,
  tables: f.tables.map((t) => ({ ...t, rows: t.rows.map((r) => ({ key: r.key, label: r.label, values: r.values.map(String) })) })),
});

/** The labour-market answer as its callers decode it (defaults filled, int64 as text): what the public page shows. */
function asDecoded(m: placementV1.LabourMarket): placementV1.LabourMarket__Output {
  const rpc = (loadProto('placement')['siapkerja.placement.v1.PlacementService'] as Record<string, MethodDefinition<unknown, unknown>>)
    .GetLabourMarket;
  return rpc.responseDeserialize(rpc.responseSerialize(m)) as placementV1.LabourMarket__Output;
}

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
    return ipkFormMessage(await this.ipk.form(req.regionCode, req.month, req.form));
  }

  /**
   * One IPK form or all eight, as data (format json) or rendered: CSV sections per table, or a workbook laid out like the
   * official forms (one sheet per form), named ipk-<region>-<month>[-<form>].
   */
  async getIpkForms(req: placementV1.GetIpkFormsRequest__Output): Promise<placementV1.IpkForms> {
    const v = new Violations();
    v.check(
      !req.form || req.form === 'ALL' || IPK_FORM_CODES.includes(req.form),
      'form',
      `must be one of ${IPK_FORM_CODES.join(', ')} or ALL`,
    );
    v.check(!req.format || IPK_FORMATS.includes(req.format), 'format', `must be one of ${IPK_FORMATS.join(', ')}`);
    v.throwIfAny();
    const codes = !req.form || req.form === 'ALL' ? IPK_FORM_CODES : [req.form];
    const forms: IpkFormView[] = [];
    for (const code of codes) forms.push(await this.ipk.form(req.regionCode, req.month, code.replace('-', '/')));
    // named after the region's canonical code, as the forms answer it (never the code as given: ' 33.73\n' is 33.73)
    const name = `ipk-${forms[0].regionCode}-${req.month}${codes.length === 1 ? `-${codes[0]}` : ''}`;
    if (req.format === 'csv')
      return { file: { body: Buffer.from(ipkCsv(forms)), contentType: 'text/csv; charset=utf-8', filename: `${name}.csv` } };
    if (req.format === 'xlsx') return { file: { body: await ipkXlsx(forms), contentType: XLSX, filename: `${name}.xlsx` } };
    return { forms: forms.map(ipkFormMessage) };
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
      ...(t.daysToPlacement === null ? {} : { daysToPlacement: t.daysToPlacement }),
    };
  }

  /** The public labour-market page (HTML, Bahasa Indonesia) of what GetLabourMarket answers. */
  async renderLabourMarketPage(req: placementV1.RenderLabourMarketPageRequest__Output): Promise<placementV1.RenderedFile> {
    const page = labourMarketPage(asDecoded(await this.getLabourMarket(req)));
    return { body: Buffer.from(page), contentType: 'text/html; charset=utf-8', filename: '' };
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
