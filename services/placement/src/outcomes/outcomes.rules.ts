import { addMonths } from '../reports/report-month';
import { daysBetween } from '../placements/placements.rules';

/**
 * Graduate outcomes (link and match), pure: placed within 3/6/12 months of completion (the first placement of any channel
 * on or after the completion date), employment rate (placed within 6 months / graduates, once the cohort is 6 months old),
 * median days to placement, share placed in the program's target occupation (KBJI, same 2 digits), and the suppression of
 * small groups with their complements.
 */

/** The minimum group size shown (OUTCOMES_MIN_CELL, default 10). */
export function minimumCell(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.OUTCOMES_MIN_CELL ?? 10);
  return Number.isInteger(n) && n >= 1 ? n : 10;
}

/** One participant's outcome, with his first placement on or after it and whether he got a matching certificate. */
export interface OutcomeFact {
  providerId: string;
  programId: string;
  programTitle: string;
  regionCode: string;
  cohortMonth: string;
  outcome: string;
  outcomeDate: string;
  kbjiCode: string;
  certified: boolean;
  firstPlacedOn?: string;
  firstPlacedKbji?: string;
}

export type CellStatus = 'SHOWN' | 'SUPPRESSED' | 'NOT_MEASURABLE';
export interface Cell {
  value: number;
  status: CellStatus;
}
export const OUTCOME_MEASURES = [
  'graduates',
  'failed',
  'droppedOut',
  'certified',
  'placed3m',
  'placed6m',
  'placed12m',
  'employmentRate',
  'medianDaysToPlacement',
  'matchedShare',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

export interface OutcomeGroup {
  providerId: string;
  programId: string;
  programTitle: string;
  regionCode: string;
  cohortMonth: string;
  cells: Record<OutcomeMeasure, Cell>;
}

/** Is the first placement within n months of the completion date (calendar months, same day)? */
export function withinMonths(outcomeDate: string, placedOn: string, n: number): boolean {
  if (placedOn < outcomeDate) return false;
  const [y, m, d] = outcomeDate.split('-');
  const limit = `${addMonths(`${y}-${m}`, n)}-${d}`;
  return placedOn <= limit;
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const shown = (value: number): Cell => ({ value, status: 'SHOWN' });

/** The measures of a set of participants (all of one group, or all of a total). */
export function measure(facts: OutcomeFact[], currentMonth: string, cohortMonths: string[]): Record<OutcomeMeasure, Cell> {
  const grads = facts.filter((f) => f.outcome === 'COMPLETED');
  const placedWithin = (n: number) => grads.filter((f) => f.firstPlacedOn && withinMonths(f.outcomeDate, f.firstPlacedOn, n));
  const p12 = placedWithin(12);
  const p6 = placedWithin(6).length;
  const matched = p12.filter((f) => f.kbjiCode.length >= 2 && (f.firstPlacedKbji ?? '').slice(0, 2) === f.kbjiCode.slice(0, 2)).length;
  // measurable once every cohort of the set is 6 full months past its month
  const measurable = cohortMonths.every((c) => addMonths(c, 6) < currentMonth);
  return {
    graduates: shown(grads.length),
    failed: shown(facts.filter((f) => f.outcome === 'FAILED').length),
    droppedOut: shown(facts.filter((f) => f.outcome === 'DROPPED_OUT').length),
    certified: shown(grads.filter((f) => f.certified).length),
    placed3m: shown(placedWithin(3).length),
    placed6m: shown(p6),
    placed12m: shown(p12.length),
    employmentRate: measurable && grads.length > 0 ? shown(p6 / grads.length) : { value: 0, status: 'NOT_MEASURABLE' },
    medianDaysToPlacement: shown(median(p12.map((f) => daysBetween(f.outcomeDate, f.firstPlacedOn!)))),
    matchedShare: shown(p12.length ? matched / p12.length : 0),
  };
}

const SUPPRESSED: Record<OutcomeMeasure, Cell> = Object.fromEntries(
  OUTCOME_MEASURES.map((k) => [k, { value: 0, status: 'SUPPRESSED' }]),
) as Record<OutcomeMeasure, Cell>;

/**
 * Groups the participants by provider, program, region and cohort month and measures each group and the total.
 *
 * Suppression, the same in every view: a group with fewer graduates than the minimum is withheld whole (its values zeroed
 * so nothing leaks), and it is LEFT OUT of every total: a total is the sum of the publishable groups only, so no total
 * minus the shown groups, in this view or the difference of two views (e.g. a wider and a narrower cohort range), can
 * recover a withheld group. This is complementary suppression by construction; the total itself is withheld when it is
 * below the minimum. `withheldGroups` says how many groups were left out (a count of groups, not of people).
 */
export function outcomeView(
  facts: OutcomeFact[],
  currentMonth: string,
  minimum: number,
): { groups: OutcomeGroup[]; total: Record<OutcomeMeasure, Cell>; withheldGroups: number } {
  const byKey = new Map<string, OutcomeFact[]>();
  for (const f of facts) {
    const k = [f.providerId, f.programId, f.regionCode, f.cohortMonth].join('|');
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const publishable: OutcomeFact[] = [];
  let withheldGroups = 0;
  const groups: OutcomeGroup[] = [...byKey.values()]
    .map((fs) => {
      const cells = measure(fs, currentMonth, [fs[0].cohortMonth]);
      const show = cells.graduates.value >= minimum;
      if (show) publishable.push(...fs);
      else withheldGroups++;
      return {
        providerId: fs[0].providerId,
        programId: fs[0].programId,
        programTitle: fs[0].programTitle,
        regionCode: fs[0].regionCode,
        cohortMonth: fs[0].cohortMonth,
        cells: show ? cells : SUPPRESSED,
      };
    })
    .sort((a, b) =>
      [a.cohortMonth, a.providerId, a.programId, a.regionCode]
        .join('|')
        .localeCompare([b.cohortMonth, b.providerId, b.programId, b.regionCode].join('|')),
    );
  const total = measure(publishable, currentMonth, [...new Set(publishable.map((f) => f.cohortMonth))]);
  return { groups, total: total.graduates.value >= minimum ? total : SUPPRESSED, withheldGroups };
}
