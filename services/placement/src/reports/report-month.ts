import { wibMonthOf } from '@siapkerja/codes';
/** IPK reports are monthly in Western Indonesia Time (WIB, UTC+7), the ministry's reference zone. */
const WIB_OFFSET_MS = 7 * 3600 * 1000;

export function reportMonth(isoTime: string): string {
  const month = wibMonthOf(isoTime);
  if (!month) throw new Error(`invalid time ${isoTime}`);
  return month;
}

/** A month YYYY-MM of the years 0001-9999 (a year 0000 has no 12 months before it to trend over, or to count from). */
export function isReportMonth(m: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(m) && m.slice(0, 4) !== '0000';
}

/** The WIB calendar date (YYYY-MM-DD) of an instant. */
export function wibDate(isoTime: string): string {
  const t = Date.parse(isoTime);
  if (Number.isNaN(t)) throw new Error(`invalid time ${isoTime}`);
  return new Date(t + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** The month after YYYY-MM, and before. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const i = y * 12 + (m - 1) + n;
  // always YYYY-MM (months are compared as text: '999-12' would sort after '1000-01'), also before the year 1000
  const year = Math.floor(i / 12);
  return `${String(year).padStart(4, '0')}-${String(i - year * 12 + 1).padStart(2, '0')}`;
}
