import { ageOn } from './dates';

/** Age bands of IPK form III/1 (job seekers by age band and sex). */
export const IPK_AGE_BANDS = Object.freeze(['15-19', '20-29', '30-44', '45-54', '55+'] as const);
export type IpkAgeBand = (typeof IPK_AGE_BANDS)[number];

/** The IPK age band of an age in completed years; `undefined` below 15 or for non-integers. */
export function ipkAgeBand(age: unknown): IpkAgeBand | undefined {
  if (typeof age !== 'number' || !Number.isInteger(age) || age < 15) return undefined;
  if (age <= 19) return '15-19';
  if (age <= 29) return '20-29';
  if (age <= 44) return '30-44';
  if (age <= 54) return '45-54';
  return '55+';
}

/** Age band on a reference date (`YYYY-MM-DD` or Date) for a `YYYY-MM-DD` birth date. */
export function ipkAgeBandOn(birthDate: unknown, asOf: unknown = new Date()): IpkAgeBand | undefined {
  return ipkAgeBand(ageOn(birthDate, asOf));
}
