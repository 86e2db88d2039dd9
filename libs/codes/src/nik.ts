import { compareYmd, formatYmd, isRealDate, parseYmd, ymdOf, type YmdDate } from './dates';
import { getRegion } from './region';
import { describeValue, invalid, type InvalidResult } from './result';
import { isSex, sexName, type Sex } from './sex';

/**
 * NIK (Nomor Induk Kependudukan), 16 digits: province 2, regency 2, district 2,
 * birth date DDMMYY (women: day + 40), serial 4 (not 0000). No checksum.
 */
export const NIK_REGEX = /^[1-9]\d{5}(0[1-9]|[12]\d|3[01]|4[1-9]|[56]\d|7[01])(0[1-9]|1[0-2])\d{2}(?!0000)\d{4}$/;

export interface NikOptions {
  /** Stated birth date `YYYY-MM-DD`: must agree with the NIK (day, month, two-digit year). */
  birthDate?: string;
  /** Stated sex, 1 male / 2 female: must agree with the NIK (day + 40 for women). */
  sex?: Sex;
  /** Reference "today" for the century rule (defaults to now; its UTC date is used). */
  today?: Date;
}

export interface ValidNik {
  valid: true;
  nik: string;
  /** `NN` */
  provinceCode: string;
  /** `NN.NN` (as encoded in the NIK: may be a regency that no longer exists or was split) */
  regencyCode: string;
  /** `NN.NN.NN` */
  districtCode: string;
  /** `YYYY-MM-DD`, century resolved (from the stated birth date if given, else by the rule). */
  birthDate: string;
  sex: Sex;
  /** Last 4 digits. */
  serial: string;
  /** Informative only: whether the encoded regency / district exist in today's region data. */
  regencyKnown: boolean;
  districtKnown: boolean;
}

export type NikResult = ValidNik | InvalidResult;

/**
 * Century rule for a two-digit birth year: `yy` greater than the current two-digit year means
 * 19yy, otherwise 20yy. If that gives a date after `today` (a birthday later this year in the
 * current yy), the previous century is used, since nobody is born in the future.
 */
export function resolveBirthYear(yy: number, month: number, day: number, today: Date = new Date()): number {
  const now = ymdOf(today);
  const currentYy = now.year % 100;
  const currentCentury = now.year - currentYy;
  let year = yy > currentYy ? currentCentury - 100 + yy : currentCentury + yy;
  if (compareYmd({ year, month, day }, now) > 0) year -= 100;
  return year;
}

export function validateNik(nik: unknown, options: NikOptions = {}): NikResult {
  if (typeof nik !== 'string') return invalid(`NIK must be a string of 16 digits, got ${describeValue(nik)}`);
  if (!/^\d{16}$/.test(nik)) return invalid('NIK must be exactly 16 digits');
  if (nik[0] === '0') return invalid('NIK province code must not start with 0');

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const serial = nik.slice(12);

  if (!((rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71))) {
    return invalid(`NIK birth day ${nik.slice(6, 8)} is not 01-31 (men) or 41-71 (women: day + 40)`);
  }
  if (month < 1 || month > 12) return invalid(`NIK birth month ${nik.slice(8, 10)} is not 01-12`);
  if (serial === '0000') return invalid('NIK serial number must not be 0000');
  if (!NIK_REGEX.test(nik)) return invalid('NIK does not match the NIK format');

  const provinceCode = nik.slice(0, 2);
  if (!getRegion(provinceCode)) return invalid(`NIK province code ${provinceCode} is not a known province`);

  const sex: Sex = rawDay > 40 ? 2 : 1;
  const day = sex === 2 ? rawDay - 40 : rawDay;
  const today = options.today ?? new Date();

  let stated: YmdDate | undefined;
  if (options.birthDate !== undefined) {
    stated = parseYmd(options.birthDate);
    if (!stated) return invalid(`stated birth date ${describeValue(options.birthDate)} is not a real YYYY-MM-DD date`);
  }
  if (options.sex !== undefined && !isSex(options.sex)) {
    return invalid(`stated sex ${describeValue(options.sex)} must be 1 (male) or 2 (female)`);
  }

  const year = stated && stated.year % 100 === yy ? stated.year : resolveBirthYear(yy, month, day, today);
  if (!isRealDate(year, month, day)) {
    return invalid(`NIK birth date ${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year} is not a real calendar date`);
  }
  const birth: YmdDate = { year, month, day };
  if (stated && compareYmd(stated, birth) !== 0) {
    return invalid(
      `NIK birth date (${nik.slice(6, 12)}: ${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${String(yy).padStart(2, '0')}) does not match the stated birth date ${options.birthDate}`,
    );
  }
  if (compareYmd(birth, ymdOf(today)) > 0) return invalid(`NIK birth date ${formatYmd(birth)} is in the future`);

  if (options.sex !== undefined && options.sex !== sex) {
    return invalid(
      `NIK encodes sex ${sexName(sex)} (birth day ${sex === 2 ? '41-71' : '01-31'}) but the stated sex is ${sexName(options.sex)}`,
    );
  }

  const regencyCode = `${provinceCode}.${nik.slice(2, 4)}`;
  const districtCode = `${regencyCode}.${nik.slice(4, 6)}`;
  return {
    valid: true,
    nik,
    provinceCode,
    regencyCode,
    districtCode,
    birthDate: formatYmd(birth),
    sex,
    serial,
    regencyKnown: getRegion(regencyCode) !== undefined,
    districtKnown: getRegion(districtCode) !== undefined,
  };
}

export function isNik(nik: unknown, options?: NikOptions): boolean {
  return validateNik(nik, options).valid;
}

/**
 * Masks a NIK for responses to callers without the purpose/scope to see it (UU 27/2022 PDP):
 * keeps province + regency (4 digits) and the serial (last 4), hides district and birth date:
 * `3273014507900001` -> `3273********0001`. Anything that is not 16 digits is fully masked.
 */
export function maskNik(nik: unknown): string {
  if (typeof nik !== 'string') return '';
  if (!/^\d{16}$/.test(nik)) return '*'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'*'.repeat(8)}${nik.slice(12)}`;
}
