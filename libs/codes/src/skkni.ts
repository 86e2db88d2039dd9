import { describeValue, invalid, type InvalidResult } from './result';

/** Current SKKNI unit code: KBLI category letter, 6 digits (KBLI-based sector), unit number, version. */
export const SKKNI_UNIT_REGEX = /^[A-U]\.\d{6}\.\d{3}\.\d{2}$/;
/** Legacy SKKNI unit code, e.g. `TIK.PR02.001.01`. */
export const LEGACY_SKKNI_UNIT_REGEX = /^[A-Z]{2,4}\.[A-Z0-9]{4}\.\d{3}\.\d{2}$/;

export interface ValidSkkniUnit {
  valid: true;
  code: string;
  format: 'current' | 'legacy';
  /** Current format: KBLI category letter; legacy: the 2-4 letter sector prefix. */
  sector: string;
  /** Current format: 6 digits; legacy: 4 alphanumerics. */
  subSector: string;
  unitNumber: string;
  version: string;
}

export type SkkniUnitResult = ValidSkkniUnit | InvalidResult;

export function validateSkkniUnit(code: unknown): SkkniUnitResult {
  if (typeof code !== 'string') return invalid(`SKKNI unit code must be a string, got ${describeValue(code)}`);
  const format = SKKNI_UNIT_REGEX.test(code) ? 'current' : LEGACY_SKKNI_UNIT_REGEX.test(code) ? 'legacy' : undefined;
  if (!format) {
    return invalid('SKKNI unit code must look like J.620100.001.01 (A-U.NNNNNN.NNN.NN) or legacy TIK.PR02.001.01 (AA-AAAA.XXXX.NNN.NN)');
  }
  const [sector, subSector, unitNumber, version] = code.split('.');
  return { valid: true, code, format, sector, subSector, unitNumber, version };
}

export function isSkkniUnit(code: unknown): boolean {
  return validateSkkniUnit(code).valid;
}
