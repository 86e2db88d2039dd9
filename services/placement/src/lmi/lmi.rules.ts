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
