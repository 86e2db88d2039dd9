import {
  canonicalRegionCode,
  EDUCATION_LEVELS,
  IPK_AGE_BANDS,
  isKbji,
  isKbli,
  isRegionCode,
  isRfc3339Timestamp,
  kbliMainGroup,
  parseYmd,
  validateKbli,
  wibMonthOf,
} from '@siapkerja/codes';
import { findUnstorableString } from '@siapkerja/errors';
import { PoisonMessageError } from '@siapkerja/events';
import { isUuid } from '@siapkerja/persistence';

/**
 * What the read models take from a producer's event, checked before anything is written (a producer may be buggy or
 * hostile: the read models are official statistics). An event that cannot be counted (an id that is no id, a time that is
 * no time or outside the years 0001-9999, a region that is no regency, a negative or fractional count, a sex or channel
 * outside the contract) is a poison message: {@link PoisonMessageError} sends it to the dead-letter topic at once, with the
 * reason, instead of five retries of a database error (or, worse, a row that corrupts every later month). A value of a
 * classification the forms group by (education, age band, employer type, KBJI, KBLI, sex requirement) outside its code
 * list is stored as '' (unknown, "Tidak diketahui"): the person or vacancy is still counted, and no producer's text becomes
 * a row of a form or a label of an export.
 */

/** Longest text kept from an event where a free text is stored (a program title, a scheme code). */
export const MAX_EVENT_TEXT = 500;
/** Most positions one vacancy can report (an int32 column; far above any real vacancy). */
export const MAX_POSITIONS = 100_000;

export function poison(eventType: string, field: string, description: string): never {
  throw new PoisonMessageError(`${eventType}: ${field} ${description}`);
}

export class EventChecks {
  constructor(private readonly eventType: string) {}

  fail(field: string, description: string): never {
    return poison(this.eventType, field, description);
  }

  /** A uuid (the read models' keys are uuid columns). */
  uuid(v: unknown, field: string): string {
    if (typeof v !== 'string' || !isUuid(v)) this.fail(field, 'must be a uuid');
    return v;
  }

  /**
   * A person id (libs/identity: 16-128 of A-Z, a-z, 0-9, _ and -), or '' where the contract allows an unknown person. The
   * archive also holds shorter ones and unlinked ones ('erased:<uuid>'), migrated from the tables of older versions: any
   * 1-128 of those characters and ':' is taken (never a text of any size or with a control character).
   */
  personId(v: unknown, field: string, allowEmpty = false): string {
    if (allowEmpty && v === '') return '';
    if (typeof v !== 'string' || !/^[A-Za-z0-9_:-]{1,128}$/.test(v)) this.fail(field, 'must be a person id');
    return v;
  }

  /** An existing regency code, in its canonical form. */
  regency(v: unknown, field: string): string {
    const code = typeof v === 'string' ? canonicalRegionCode(v) : '';
    if (!isRegionCode(code, 'regency')) this.fail(field, 'must be an existing regency code NN.NN');
    return code;
  }

  /** An existing regency code in its canonical form, or '' for anything else (a place that is not counted). */
  optionalRegency(v: unknown): string {
    const code = typeof v === 'string' ? canonicalRegionCode(v) : '';
    return isRegionCode(code, 'regency') ? code : '';
  }

  /** An RFC 3339 timestamp whose WIB month is in the years 0001-9999 (months are YYYY-MM). */
  time(v: unknown, field: string): string {
    const month = typeof v === 'string' && isRfc3339Timestamp(v) ? wibMonthOf(v) : '';
    if (!/^\d{4}-\d{2}$/.test(month) || month.startsWith('0000')) this.fail(field, 'must be a timestamp of the years 0001-9999');
    return v as string;
  }

  /** A calendar date YYYY-MM-DD of the years 0001-9999. */
  date(v: unknown, field: string): string {
    if (!parseYmd(v)) this.fail(field, 'must be a date YYYY-MM-DD of the years 0001-9999');
    return v as string;
  }

  /** A whole number in [min, max]. */
  int(v: unknown, field: string, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) this.fail(field, `must be a whole number ${min}-${max}`);
    return v;
  }

  /** One of a closed list (the contract's), else poison. */
  oneOf<T extends string | number>(v: unknown, list: readonly T[], field: string): T {
    if (!(list as readonly unknown[]).includes(v)) this.fail(field, `must be one of ${list.join(', ')}`);
    return v as T;
  }

  /** A text of at most {@link MAX_EVENT_TEXT} characters that can be stored and shown (no control character). */
  text(v: unknown, field: string, allowEmpty = false): string {
    if (typeof v !== 'string' || (!allowEmpty && v.trim() === '')) this.fail(field, 'must be a text');
    if (v.length > MAX_EVENT_TEXT) this.fail(field, `must be at most ${MAX_EVENT_TEXT} characters`);
    const bad = findUnstorableString(v);
    if (bad) this.fail(field, bad.description);
    return v;
  }
}

/** A value of a code list the forms group by, or '' (unknown). */
export const knownOr = (v: unknown, list: readonly string[]): string => (typeof v === 'string' && list.includes(v) ? v : '');
export const educationOrUnknown = (v: unknown) => knownOr(v, EDUCATION_LEVELS);
export const ageBandOrUnknown = (v: unknown) => knownOr(v, IPK_AGE_BANDS);
/** A KBJI 2014 code as given when it is one, else ''. */
export const kbjiOrUnknown = (v: unknown): string => (typeof v === 'string' && isKbji(v) ? v : '');
/** A KBLI 2020 code as the classification writes it, else ''. */
export const kbliOrUnknown = (v: unknown): string => (typeof v === 'string' && isKbli(v) ? (validateKbli(v) as { code: string }).code : '');
/** The KBLI main group (2 digits) given, or the one of the code, else ''. */
export const kbliMainGroupOrUnknown = (group: unknown, code: unknown): string => {
  if (typeof group === 'string' && /^\d{2}$/.test(group)) return group;
  return (typeof code === 'string' && kbliMainGroup(code)) || '';
};
/** Wanted KBJI codes: the valid ones, once each, in order (at most 20). */
export const kbjiListOrEmpty = (v: unknown): string[] =>
  Array.isArray(v) ? [...new Set(v.filter((c): c is string => typeof c === 'string' && isKbji(c)))].slice(0, 20) : [];
