import { describeValue, invalid, type InvalidResult } from './result';

/** NIB (Nomor Induk Berusaha, OSS business id): 13 digits. */
export const NIB_REGEX = /^\d{13}$/;

export type NibResult = { valid: true; nib: string } | InvalidResult;

export function validateNib(nib: unknown): NibResult {
  if (typeof nib !== 'string') return invalid(`NIB must be a string of 13 digits, got ${describeValue(nib)}`);
  if (!NIB_REGEX.test(nib)) return invalid('NIB must be exactly 13 digits');
  return { valid: true, nib };
}

export function isNib(nib: unknown): boolean {
  return validateNib(nib).valid;
}

/** NPWP (tax id): 16 digits since 2024 (individuals use their NIK). */
export const NPWP_REGEX = /^\d{16}$/;
/** Legacy 15-digit NPWP, raw or formatted `99.999.999.9-999.999`. */
export const LEGACY_NPWP_REGEX = /^(\d{15}|\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3})$/;

export interface NpwpOptions {
  /** Also accept the pre-2024 15-digit NPWP (default false). */
  allowLegacy?: boolean;
}

export type NpwpResult = { valid: true; npwp: string; format: 'NPWP16' | 'LEGACY15' } | InvalidResult;

export function validateNpwp(npwp: unknown, options: NpwpOptions = {}): NpwpResult {
  if (typeof npwp !== 'string') return invalid(`NPWP must be a string of 16 digits, got ${describeValue(npwp)}`);
  if (NPWP_REGEX.test(npwp)) return { valid: true, npwp, format: 'NPWP16' };
  if (LEGACY_NPWP_REGEX.test(npwp)) {
    if (options.allowLegacy) return { valid: true, npwp: npwp.replace(/\D/g, ''), format: 'LEGACY15' };
    return invalid('legacy 15-digit NPWP is not accepted: NPWP must be 16 digits since 2024');
  }
  return invalid('NPWP must be exactly 16 digits');
}

export function isNpwp(npwp: unknown, options?: NpwpOptions): boolean {
  return validateNpwp(npwp, options).valid;
}
