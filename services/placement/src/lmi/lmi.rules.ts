import { addMonths } from '../reports/report-month';
import type { OutcomeFact } from '../outcomes/outcomes.rules';

/**
 * Labour-market information for BLK planning, pure: the gap per occupation group is open positions minus the supply
 * (job seekers on the register wanting it plus recent graduates trained for it and not yet placed); a positive gap is a
 * shortage of workers, which the region's training programs for that occupation could fill.
 */
export interface SupplyDemand {
  kbjiGroup: string;
  jobSeekers: number;
  recentGraduates: number;
  openVacancies: number;
  openPositions: number;
}

export function withGap(r: SupplyDemand): SupplyDemand & { gap: number; shortage: boolean } {
  const gap = r.openPositions - (r.jobSeekers + r.recentGraduates);
  return { ...r, gap, shortage: gap > 0 };
}

/** Merges the supply and demand counts per group, sorted by the largest shortage first. */
export function mergeSupplyDemand(parts: Partial<SupplyDemand>[]): (SupplyDemand & { gap: number; shortage: boolean })[] {
  const by = new Map<string, SupplyDemand>();
  for (const p of parts) {
    if (!p.kbjiGroup) continue;
    const r = by.get(p.kbjiGroup) ?? { kbjiGroup: p.kbjiGroup, jobSeekers: 0, recentGraduates: 0, openVacancies: 0, openPositions: 0 };
    r.jobSeekers += p.jobSeekers ?? 0;
    r.recentGraduates += p.recentGraduates ?? 0;
    r.openVacancies += p.openVacancies ?? 0;
    r.openPositions += p.openPositions ?? 0;
    by.set(p.kbjiGroup, r);
  }
  return [...by.values()].map(withGap).sort((a, b) => b.gap - a.gap || a.kbjiGroup.localeCompare(b.kbjiGroup));
}

/**
 * Recent graduates per KBJI sub-major group: graduates of the 12 cohort months up to `month` not placed by its end. Only
 * groups (provider, program, region, cohort) with at least `minimum` graduates count, as in every outcome view, so the
 * supply table never reveals the size of a withheld cohort.
 */
export function recentGraduates(facts: OutcomeFact[], month: string, minimum: number): Map<string, number> {
  const size = new Map<string, number>();
  const key = (f: OutcomeFact) => [f.providerId, f.programId, f.regionCode, f.cohortMonth].join('|');
  for (const f of facts) if (f.outcome === 'COMPLETED') size.set(key(f), (size.get(key(f)) ?? 0) + 1);
  const out = new Map<string, number>();
  const from = addMonths(month, -12);
  for (const f of facts) {
    if (f.outcome !== 'COMPLETED' || (size.get(key(f)) ?? 0) < minimum) continue;
    if (f.cohortMonth > month || f.cohortMonth <= from || f.kbjiCode.length < 2) continue;
    if (f.firstPlacedOn && f.firstPlacedOn.slice(0, 7) <= month) continue;
    const g = f.kbjiCode.slice(0, 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
