import { quotaRefusal, trancheRefusal, verificationViolations } from './proposals.rules';

describe('TKM proposal rules', () => {
  it('verifies only with a checklist that passed; rejects only with reasons', () => {
    expect(verificationViolations('VERIFIED', [{ code: 'KTP', passed: true, note: '' }], []).any).toBe(false);
    expect(verificationViolations('VERIFIED', [], []).any).toBe(true);
    expect(verificationViolations('VERIFIED', [{ code: 'KTP', passed: false, note: '' }], []).any).toBe(true);
    expect(verificationViolations('REJECTED', [], []).any).toBe(true);
    expect(verificationViolations('REJECTED', [], ['Tidak lengkap']).any).toBe(false);
    expect(verificationViolations('APPROVED', [], []).any).toBe(true);
  });

  it('keeps every applicable quota (regency and province), and needs one', () => {
    const rows = [
      { regionCode: '33', maxGroups: 10, approvedGroups: 9 },
      { regionCode: '33.73', maxGroups: 5, approvedGroups: 0 },
    ];
    expect(
      quotaRefusal(
        ['33.73'],
        new Map([
          ['33', 1],
          ['33.73', 1],
        ]),
        rows,
        'program P 2026',
      ),
    ).toBeUndefined();
    expect(
      quotaRefusal(
        ['33.73'],
        new Map([
          ['33', 2],
          ['33.73', 2],
        ]),
        rows,
        'program P 2026',
      ),
    ).toMatch(/^Quota: program P 2026 allows 10 groups in region 33; 9 are approved, 2 more/);
    expect(
      quotaRefusal(
        ['34.01'],
        new Map([
          ['34', 1],
          ['34.01', 1],
        ]),
        rows,
        'program P 2026',
      ),
    ).toMatch(/no quota for region 34.01/);
  });

  it('never disburses more than approved', () => {
    const p = { id: 'p', state: 'APPROVED' as const, approvedAmount: 100, disbursedAmount: 60 };
    expect(trancheRefusal(p, 40)).toBeUndefined();
    expect(trancheRefusal(p, 41)).toMatch(/^Tranche above approval: 41 exceeds .*remaining 40/);
    expect(trancheRefusal({ ...p, state: 'VERIFIED' }, 1)).toMatch(/VERIFIED/);
  });
});
