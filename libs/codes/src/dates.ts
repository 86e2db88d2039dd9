/** Calendar helpers on plain `YYYY-MM-DD` strings (no time zones involved). */

export interface YmdDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Parses a strict `YYYY-MM-DD` string that is a real calendar date of the years 0001-9999 (what PostgreSQL's `date` and
 * `timestamptz` hold: the year 0000 is "date/time field value out of range" there, a 500 where the caller sent a bad date).
 */
export function parseYmd(value: unknown): YmdDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return date.year >= 1 && isRealDate(date.year, date.month, date.day) ? date : undefined;
}

/**
 * An RFC 3339 timestamp (seconds and fraction optional) whose every field is in range. `Date.parse` alone rolls
 * '2026-02-30T10:00Z' over to March 2, and reads ISO 8601's '24:00' (which RFC 3339 does not have) as the next day. The
 * year 0000 is refused, as PostgreSQL refuses it.
 */
export function isRfc3339Timestamp(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, sec, tzh, tzm] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0', m[7] ?? '0', m[8] ?? '0'].map(Number);
  return y >= 1 && isRealDate(y, mo, d) && h < 24 && mi < 60 && sec < 60 && tzh < 24 && tzm < 60;
}

export function formatYmd(date: YmdDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** The UTC calendar date of a JS Date. */
export function ymdOf(date: Date): YmdDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function compareYmd(a: YmdDate, b: YmdDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Accepts a `YYYY-MM-DD` string or a valid Date (its UTC date). */
export function toYmd(value: unknown): YmdDate | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : ymdOf(value);
  return parseYmd(value);
}

/** Completed years between a birth date and a reference date; `undefined` if invalid or negative. */
export function ageOn(birthDate: unknown, asOf: unknown = new Date()): number | undefined {
  const birth = toYmd(birthDate);
  const ref = toYmd(asOf);
  if (!birth || !ref) return undefined;
  let age = ref.year - birth.year;
  if (ref.month < birth.month || (ref.month === birth.month && ref.day < birth.day)) age--;
  return age >= 0 ? age : undefined;
}

/** Today's calendar date in Indonesia's western time zone (WIB, UTC+7), as `YYYY-MM-DD`. */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** `fn` with its answers kept for the last `max` distinct inputs (dates repeat in bulk: a year has 366). */
function memoized<T>(fn: (s: string) => T, max = 4096): (s: string) => T {
  const kept = new Map<string, T>();
  return (s) => {
    let v = kept.get(s);
    if (v === undefined) {
      v = fn(s);
      if (kept.size >= max) kept.clear();
      kept.set(s, v);
    }
    return v;
  };
}

const WIB_OFFSET_MS = 7 * 3600_000;

/** The instant a WIB calendar date (YYYY-MM-DD, valid) begins, 00:00 UTC+7, as an ISO timestamp in UTC. */
export const wibMidnightIso: (ymd: string) => string = memoized((ymd) => new Date(`${ymd}T00:00:00+07:00`).toISOString());

/** The WIB month (YYYY-MM) of an instant given as an ISO timestamp; '' when it is not one. */
export const wibMonthOf: (isoTime: string) => string = memoized((iso) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '' : new Date(t + WIB_OFFSET_MS).toISOString().slice(0, 7);
});
