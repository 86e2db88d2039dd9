import { daysInMonth, formatYmd, parseYmd } from '@siapkerja/codes';

/** An AK/1 card is valid this many years from its issue date. */
export const CARD_VALIDITY_YEARS = 2;
/** The holder reports every this many months after the issue date... */
export const REPORT_INTERVAL_MONTHS = 6;
/** ...periods 1..3 (at 6, 12 and 18 months); the card ends at 24 months, when no report is due. */
export const REPORT_PERIODS = 3;
/** A report is accepted from this many days before its due date... */
export const REPORT_WINDOW_DAYS_BEFORE = 30;
/** ...to this many days after it. */
export const REPORT_WINDOW_DAYS_AFTER = 30;

/** `YYYY-MM-DD` plus whole months; the day is clamped to the end of a shorter month (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(ymd: string, months: number): string {
  const d = parseYmd(ymd);
  if (!d) throw new Error(`not a date: ${ymd}`);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return formatYmd({ year, month, day: Math.min(d.day, daysInMonth(year, month)) });
}

export function addDays(ymd: string, days: number): string {
  const t = new Date(`${ymd}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** Last day of validity of a card issued on `issueDate`. */
export function cardValidUntil(issueDate: string): string {
  return addMonths(issueDate, CARD_VALIDITY_YEARS * 12);
}

export interface ReportWindow {
  period: number;
  due: string;
  from: string;
  until: string;
}

/** The report windows of a card issued on `issueDate` (period 1..3). */
export function reportWindows(issueDate: string): ReportWindow[] {
  const out: ReportWindow[] = [];
  for (let period = 1; period <= REPORT_PERIODS; period++) {
    const due = addMonths(issueDate, period * REPORT_INTERVAL_MONTHS);
    out.push({ period, due, from: addDays(due, -REPORT_WINDOW_DAYS_BEFORE), until: addDays(due, REPORT_WINDOW_DAYS_AFTER) });
  }
  return out;
}

/** The next window the holder can still report in (not yet reported, not yet closed), if any. */
export function nextReportWindow(issueDate: string, lastReportedPeriod: number, today: string): ReportWindow | undefined {
  return reportWindows(issueDate).find((w) => w.period > lastReportedPeriod && w.until >= today);
}

export type ReportCheck =
  | { ok: true; window: ReportWindow }
  | { ok: false; reason: 'EXPIRED' | 'ALREADY_REPORTED' | 'TOO_EARLY' | 'TOO_LATE' | 'NONE_DUE'; detail: string };

/**
 * Whether a report made on `today` is accepted: it must fall inside a window not reported yet, and the card must still be
 * valid. Refusals explain which window applies (too early: when it opens; too late: when it closed and when the next opens).
 */
export function checkReport(card: { issueDate: string; validUntil: string; lastReportedPeriod: number }, today: string): ReportCheck {
  if (today > card.validUntil) return { ok: false, reason: 'EXPIRED', detail: `the AK/1 card expired on ${card.validUntil}` };
  const windows = reportWindows(card.issueDate);
  const current = windows.find((w) => w.from <= today && today <= w.until);
  if (current) {
    if (current.period <= card.lastReportedPeriod) {
      const next = windows.find((w) => w.period > current.period);
      return {
        ok: false,
        reason: 'ALREADY_REPORTED',
        detail: `the report of period ${current.period} (due ${current.due}) was already made${next ? `; the next window opens on ${next.from}` : ''}`,
      };
    }
    return { ok: true, window: current };
  }
  const next = windows.find((w) => w.from > today);
  const missed = [...windows].reverse().find((w) => w.until < today && w.period > card.lastReportedPeriod);
  if (missed) {
    return {
      ok: false,
      reason: 'TOO_LATE',
      detail: `too late: the window of period ${missed.period} (due ${missed.due}) closed on ${missed.until}${next ? `; the next window opens on ${next.from} and closes on ${next.until}` : '; no further report is due'}`,
    };
  }
  if (next) {
    return {
      ok: false,
      reason: 'TOO_EARLY',
      detail: `too early: the window of period ${next.period} (due ${next.due}) opens on ${next.from} and closes on ${next.until}`,
    };
  }
  return { ok: false, reason: 'NONE_DUE', detail: `no report is due any more; the card is valid until ${card.validUntil}` };
}
