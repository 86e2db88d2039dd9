/**
 * Placements from every channel: the pure rules of de-duplication and of the sources' names.
 *
 * The same placement reported by two channels (e.g. a Karirhub hire that the Disnaker system uploads again, or a provider
 * reporting its graduate's job) is counted once: same person, same employer, and placement dates at most
 * {@link dedupWindowDays} days apart. Every report is kept as a source of the placement.
 */

export const PLACEMENT_SOURCES = ['KARIRHUB', 'TKM', 'DISNAKER', 'TRAINING_PROVIDER', 'PARTNER', 'MINISTRY'] as const;
export type PlacementSource = (typeof PLACEMENT_SOURCES)[number];
export const CHANNELS = ['AKL', 'AKAD', 'AKAN'] as const;
export const EMPLOYER_TYPES = ['GOVERNMENT', 'STATE_OWNED', 'COOPERATIVE', 'PRIVATE', 'OTHER_BUSINESS', 'INDIVIDUAL'] as const;

/** Days between two reports of one placement still counted as the same (PLACEMENT_DEDUP_WINDOW_DAYS, default 31). */
export function dedupWindowDays(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.PLACEMENT_DEDUP_WINDOW_DAYS ?? 31);
  return Number.isInteger(n) && n >= 0 && n <= 366 ? n : 31;
}

/** A placement as one channel reported it, normalised (person id, never a NIK). */
export interface PlacementFact {
  /** unique per report: KARIRHUB:<application id>, TKM:<placement key>, IMPORT:<caller scope>:<record key> */
  sourceKey: string;
  source: PlacementSource;
  applicationId?: string;
  vacancyId?: string;
  employerId?: string;
  employerKey: string;
  selfEmployed: boolean;
  personId: string;
  employerType: string;
  kbjiCode: string;
  kbliCode: string;
  kbliMainGroup: string;
  regionCode: string;
  workRegionCode: string;
  overseas: boolean;
  channel: string;
  sex: number;
  educationLevel: string;
  ageBand: string;
  /** ISO time */
  placedAt: string;
  /** YYYY-MM-DD (WIB) */
  placedOn: string;
}

export interface ExistingPlacement {
  placementId: string;
  personId: string;
  employerKey: string;
  placedOn: string;
}

const DAY_MS = 86_400_000;
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

/** A person id that can match another report (not a stand-in for an erased or unknown person). */
export function isMatchablePerson(personId: string): boolean {
  return !!personId && !personId.includes(':');
}

/** The placement already recorded that this report is a second report of, if any (the closest in date). */
export function findDuplicate(
  fact: PlacementFact,
  existing: readonly ExistingPlacement[],
  windowDays: number,
): ExistingPlacement | undefined {
  if (!isMatchablePerson(fact.personId)) return undefined;
  let best: ExistingPlacement | undefined;
  for (const p of existing) {
    if (p.personId !== fact.personId || p.employerKey !== fact.employerKey) continue;
    const d = Math.abs(daysBetween(p.placedOn, fact.placedOn));
    if (d > windowDays) continue;
    if (!best || d < Math.abs(daysBetween(best.placedOn, fact.placedOn))) best = p;
  }
  return best;
}
