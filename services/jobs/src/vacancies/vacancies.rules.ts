/**
 * Perpres 57/2023 art. 5: an employer may choose not to show the wage. A hidden wage never leaves the jobs service, for
 * any reader and any read (a vacancy, a listing, the search, whose answers the gateway caches and shares between callers,
 * the matches): the view carries `none` for both bounds and says the wage is not shown.
 */
export function shownWage<W>(v: { wageHidden: boolean; wageMin: W; wageMax: W }, none: W): { wageMin: W; wageMax: W } {
  return v.wageHidden ? { wageMin: none, wageMax: none } : { wageMin: v.wageMin, wageMax: v.wageMax };
}
