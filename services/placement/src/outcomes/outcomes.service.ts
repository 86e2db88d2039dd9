import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { currentCaller, isRegionBound, regionWithin } from '@siapkerja/authz';
import { canonicalRegionCode, isRegionCode } from '@siapkerja/codes';
import { forbidden, notFound, Violations } from '@siapkerja/errors';
import { isUuid } from '@siapkerja/persistence';
import { isReportMonth, reportMonth } from '../reports/report-month';
import { assertRegionAllowed } from '@siapkerja/authz';
import { minimumCell, outcomeView, type Cell, type OutcomeFact, type OutcomeGroup, type OutcomeMeasure } from './outcomes.rules';

export interface OutcomeFilter {
  regionCode: string;
  providerId: string;
  programId: string;
  cohortFrom: string;
  cohortTo: string;
}

export interface OutcomesView {
  groups: OutcomeGroup[];
  total: Record<OutcomeMeasure, Cell>;
  withheldGroups: number;
  minimumCell: number;
}

/** The current WIB month (OUTCOMES_CURRENT_MONTH overrides it, for a reproducible report). */
export function currentMonth(env: Record<string, string | undefined> = process.env): string {
  return env.OUTCOMES_CURRENT_MONTH && isReportMonth(env.OUTCOMES_CURRENT_MONTH)
    ? env.OUTCOMES_CURRENT_MONTH
    : reportMonth(new Date().toISOString());
}

@Injectable()
export class OutcomesService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Graduate outcomes in the view the caller may see: officers inside their region; a training provider (or a partner
   * acting for one) only its own programs; the ministry and others with reports access everywhere. Small groups are
   * suppressed (outcomes.rules.ts) in this view and in every other one.
   */
  async outcomes(f: OutcomeFilter): Promise<OutcomesView> {
    const v = new Violations();
    v.check(
      !f.regionCode || isRegionCode(f.regionCode, 'province') || isRegionCode(f.regionCode, 'regency'),
      'regionCode',
      'must be NN or NN.NN',
    );
    v.check(!f.providerId || isUuid(f.providerId), 'providerId', 'must be a uuid');
    v.check(!f.programId || isUuid(f.programId), 'programId', 'must be a uuid');
    v.check(!f.cohortFrom || isReportMonth(f.cohortFrom), 'cohortFrom', 'must be YYYY-MM');
    v.check(!f.cohortTo || isReportMonth(f.cohortTo), 'cohortTo', 'must be YYYY-MM');
    // months compare as text (YYYY-MM): an empty range is a mistake to name, not an empty answer
    v.check(!f.cohortFrom || !f.cohortTo || f.cohortFrom <= f.cohortTo, 'cohortTo', 'must not be before cohortFrom');
    v.throwIfAny();
    // the canonical form is scoped and queried (' 33.73' and '3373' are 33.73)
    const regionCode = f.regionCode ? canonicalRegionCode(f.regionCode) : '';
    assertRegionAllowed(regionCode);
    const caller = currentCaller();
    let providerId = f.providerId;
    if (caller && caller.roles.includes('TRAINING_PROVIDER') && !caller.roles.includes('MINISTRY_ADMIN')) {
      if (!caller.organizationId) throw forbidden('This account does not act for a training provider');
      if (providerId && providerId !== caller.organizationId) throw forbidden("Only the provider's own outcomes");
      providerId = caller.organizationId;
    }
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (regionCode) add(regionCode.length === 2 ? 't.province_code = ?' : 't.region_code = ?', regionCode);
    if (providerId) add('t.provider_id = ?', providerId);
    if (f.programId) add('t.program_id = ?', f.programId);
    if (f.cohortFrom) add('t.cohort_month >= ?', f.cohortFrom);
    if (f.cohortTo) add('t.cohort_month <= ?', f.cohortTo);
    const facts = await this.facts(where.length ? where.join(' AND ') : 'TRUE', params);
    const min = minimumCell();
    return { ...outcomeView(facts, currentMonth(), min), minimumCell: min };
  }

  /** Participants matching a filter, with their first placement on or after the outcome and a matching certificate. */
  async facts(where: string, params: unknown[]): Promise<OutcomeFact[]> {
    const rows: Record<string, string | boolean | null>[] = await this.ds.query(
      `SELECT t.provider_id, t.program_id, t.program_title, t.region_code, t.cohort_month, t.outcome, to_char(t.outcome_date, 'YYYY-MM-DD') AS outcome_date,
              t.kbji_code, fp.placed_on, fp.kbji_code AS placed_kbji,
              EXISTS (SELECT 1 FROM certificates_seen c
                       WHERE c.person_id = t.person_id
                         AND (c.competency_units && t.competency_units OR (t.scheme_id <> '' AND c.scheme_id = t.scheme_id))
                         AND c.issue_date >= coalesce((SELECT s.started_on FROM enrolment_starts s WHERE s.enrolment_id = t.enrolment_id), t.outcome_date - 180)) AS certified
         FROM training_outcomes t
         LEFT JOIN LATERAL (
           SELECT to_char(p.placed_on, 'YYYY-MM-DD') AS placed_on, p.kbji_code FROM placements p
            WHERE p.person_id = t.person_id AND p.placed_on >= t.outcome_date ORDER BY p.placed_on, p.placement_id LIMIT 1) fp ON t.outcome = 'COMPLETED'
        WHERE ${where}`,
      params,
    );
    return rows.map((r) => ({
      providerId: String(r.provider_id),
      programId: String(r.program_id),
      programTitle: String(r.program_title),
      regionCode: String(r.region_code),
      cohortMonth: String(r.cohort_month),
      outcome: String(r.outcome),
      outcomeDate: String(r.outcome_date),
      kbjiCode: String(r.kbji_code),
      certified: r.certified === true,
      ...(r.placed_on ? { firstPlacedOn: String(r.placed_on), firstPlacedKbji: String(r.placed_kbji ?? '') } : {}),
    }));
  }

  /**
   * One person's path, training -> certificate -> placement, with dates: for the person himself (his own token, the
   * person id forwarded by the gateway), the ministry, or an officer (only the records inside his region; none: 404).
   */
  async trace(personId: string) {
    const v = new Violations();
    v.check(/^p_[A-Za-z0-9_-]{16,128}$/.test(personId), 'personId', 'must be a person id');
    v.throwIfAny();
    const caller = currentCaller();
    const self = caller?.personId === personId;
    const ministry = !!caller?.roles.includes('MINISTRY_ADMIN');
    const officer = isRegionBound(caller);
    if (!self && !ministry && !officer)
      throw forbidden("Only the person himself, the ministry or an officer of his region sees a person's trace");
    const inRegion = (r: string) => !officer || self || ministry || regionWithin(r, caller.regionCode);
    const [trainings, certificates, placements] = await Promise.all([
      this.ds.query(
        `SELECT enrolment_id, provider_id, program_id, program_title, region_code, outcome, to_char(outcome_date, 'YYYY-MM-DD') AS outcome_date
           FROM training_outcomes WHERE person_id = $1 ORDER BY outcome_date, enrolment_id`,
        [personId],
      ) as Promise<Record<string, string>[]>,
      this.ds.query(
        `SELECT certificate_id, scheme_code, to_char(issue_date, 'YYYY-MM-DD') AS issue_date, status FROM certificates_seen WHERE person_id = $1 ORDER BY issue_date`,
        [personId],
      ) as Promise<Record<string, string>[]>,
      this.ds.query(
        `SELECT * , to_char(placed_on, 'YYYY-MM-DD') AS placed_on_text FROM placements WHERE person_id = $1 ORDER BY placed_on, placement_id`,
        [personId],
      ) as Promise<Record<string, unknown>[]>,
    ]);
    const t = trainings.filter((x) => inRegion(x.region_code));
    const p = placements.filter((x) => inRegion(String(x.region_code)));
    // an officer sees certificates only beside a training or placement of his region
    const c = officer && !self && !ministry && t.length + p.length === 0 ? [] : certificates;
    if (t.length + p.length + c.length === 0) throw notFound('person trace', personId);
    const lastCompletion = t
      .filter((x) => x.outcome === 'COMPLETED')
      .map((x) => x.outcome_date)
      .pop();
    const firstAfter = lastCompletion ? p.map((x) => String(x.placed_on_text)).find((d) => d >= lastCompletion) : undefined;
    // null: not placed after his last completion (shown as null)
    const days = lastCompletion && firstAfter ? Math.round((Date.parse(firstAfter) - Date.parse(lastCompletion)) / 86_400_000) : null;
    return { personId, trainings: t, certificates: c, placements: p, daysToPlacement: days };
  }
}
