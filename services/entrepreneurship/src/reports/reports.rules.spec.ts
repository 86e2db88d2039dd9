import { placementsOf, reportViolations } from './reports.rules';

const group = { id: 'g1', programId: 'p1', kbliCode: '10710', regionCode: '33.73', locationRegionCode: '33.73.04' };
const member = (personId: string, active = true) => ({ personId, sex: 2, birthDate: '1990-02-02', educationLevel: 'SMA', active });

describe('TKM report rules', () => {
  it('makes one placement per active member and per hired worker, with stable keys, in the business regency', () => {
    const out = placementsOf(group, [member('pa'), member('pb', false)], 2, '2026-06-01', 'now');
    expect(out.map((p) => p.placementKey)).toEqual(['g1:member:pa', 'g1:worker:1', 'g1:worker:2']);
    expect(out[0]).toEqual({
      placementKey: 'g1:member:pa',
      groupId: 'g1',
      tkmProgramId: 'p1',
      role: 'MEMBER',
      personId: 'pa',
      kbliCode: '10710',
      kbliMainGroup: '10',
      regionCode: '33.73',
      sex: 2,
      ageBand: '30-44',
      educationLevel: 'SMA',
      channel: 'AKL',
      employerType: 'INDIVIDUAL',
      placedAt: '2026-06-01',
      occurredAt: 'now',
    });
    expect(out[1]).toMatchObject({ role: 'HIRED_WORKER', personId: '', sex: 0, ageBand: '', educationLevel: '' });
  });

  it('checks a report', () => {
    const ok = { kind: 'PERIODIC', period: '2026-05', revenue: 1, activeMembers: 3, workersHired: 0, notes: '' };
    expect(reportViolations(ok, '2026-06-01').any).toBe(false);
    expect(reportViolations({ ...ok, period: '2026-07' }, '2026-06-01').any).toBe(true);
    expect(reportViolations({ ...ok, kind: 'X', revenue: -1 }, '2026-06-01').any).toBe(true);
  });
});
