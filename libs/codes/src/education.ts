/**
 * Education levels, lowest to highest. SMA (general) and SMK (vocational) upper secondary are
 * kept apart; SMK ranks just above SMA so that an SMK graduate meets an "SMA" minimum but not
 * the other way round.
 */
export const EDUCATION_LEVELS = Object.freeze(['NONE', 'SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const);

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);
}

/** Position in {@link EDUCATION_LEVELS} (NONE = 0 ... S3 = 11); -1 for an unknown value. */
export function educationRank(level: unknown): number {
  return isEducationLevel(level) ? EDUCATION_LEVELS.indexOf(level) : -1;
}

/** Negative, zero or positive like a sort comparator; unknown levels sort first. */
export function compareEducation(a: unknown, b: unknown): number {
  return educationRank(a) - educationRank(b);
}

/** Whether `actual` is at or above the `required` minimum (both must be known levels). */
export function meetsMinimumEducation(actual: unknown, required: unknown): boolean {
  const a = educationRank(actual);
  const r = educationRank(required);
  return a >= 0 && r >= 0 && a >= r;
}
