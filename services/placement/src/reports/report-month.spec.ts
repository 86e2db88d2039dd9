import { isReportMonth, reportMonth } from './report-month';

describe('reportMonth', () => {
  it('uses WIB (UTC+7) month boundaries', () => {
    expect(reportMonth('2026-11-30T16:59:59Z')).toBe('2026-11');
    expect(reportMonth('2026-11-30T17:00:00Z')).toBe('2026-12');
    expect(reportMonth('2026-12-31T17:00:00.000Z')).toBe('2027-01');
    expect(() => reportMonth('nope')).toThrow();
  });
  it('validates YYYY-MM', () => {
    expect(isReportMonth('2026-11')).toBe(true);
    expect(isReportMonth('2026-13')).toBe(false);
    expect(isReportMonth('26-11')).toBe(false);
  });
});
