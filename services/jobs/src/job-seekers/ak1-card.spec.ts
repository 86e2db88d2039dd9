import { addMonths, cardValidUntil, checkReport, nextReportWindow, reportWindows } from './ak1-card';

describe('AK/1 card dates', () => {
  it('adds months clamping to the end of shorter months, and is valid two years', () => {
    expect(addMonths('2026-01-15', 6)).toBe('2026-07-15');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(cardValidUntil('2026-03-10')).toBe('2028-03-10');
    expect(cardValidUntil('2028-02-29')).toBe('2030-02-28');
  });

  it('has three report windows of 30 days either side of 6, 12 and 18 months', () => {
    expect(reportWindows('2026-01-15')).toEqual([
      { period: 1, due: '2026-07-15', from: '2026-06-15', until: '2026-08-14' },
      { period: 2, due: '2027-01-15', from: '2026-12-16', until: '2027-02-14' },
      { period: 3, due: '2027-07-15', from: '2027-06-15', until: '2027-08-14' },
    ]);
    expect(nextReportWindow('2026-01-15', 0, '2026-01-20')?.period).toBe(1);
    expect(nextReportWindow('2026-01-15', 1, '2026-07-20')?.period).toBe(2);
    expect(nextReportWindow('2026-01-15', 0, '2026-09-01')?.period).toBe(2);
    expect(nextReportWindow('2026-01-15', 3, '2027-07-20')).toBeUndefined();
  });

  it('accepts a report inside an open window and refuses too early, too late, twice and after expiry', () => {
    const card = { issueDate: '2026-01-15', validUntil: '2028-01-15', lastReportedPeriod: 0 };
    expect(checkReport(card, '2026-07-01')).toMatchObject({ ok: true, window: { period: 1 } });
    expect(checkReport(card, '2026-06-15')).toMatchObject({ ok: true });
    expect(checkReport(card, '2026-08-14')).toMatchObject({ ok: true });
    expect(checkReport(card, '2026-03-01')).toMatchObject({
      ok: false,
      reason: 'TOO_EARLY',
      detail: expect.stringContaining('opens on 2026-06-15'),
    });
    expect(checkReport(card, '2026-09-01')).toMatchObject({
      ok: false,
      reason: 'TOO_LATE',
      detail: expect.stringContaining('closed on 2026-08-14'),
    });
    expect(checkReport({ ...card, lastReportedPeriod: 1 }, '2026-07-20')).toMatchObject({ ok: false, reason: 'ALREADY_REPORTED' });
    expect(checkReport({ ...card, lastReportedPeriod: 1 }, '2026-09-01')).toMatchObject({ ok: false, reason: 'TOO_EARLY' });
    expect(checkReport({ ...card, lastReportedPeriod: 3 }, '2027-12-01')).toMatchObject({ ok: false, reason: 'NONE_DUE' });
    expect(checkReport(card, '2028-01-16')).toMatchObject({ ok: false, reason: 'EXPIRED' });
  });
});
