import type { OutcomeFact } from '../outcomes/outcomes.rules';
import { mergeSupplyDemand, recentGraduates } from './lmi.rules';

const grad = (over: Partial<OutcomeFact>): OutcomeFact => ({
  providerId: 'p',
  programId: 'A',
  programTitle: 'A',
  regionCode: '33.74',
  cohortMonth: '2026-03',
  outcome: 'COMPLETED',
  outcomeDate: '2026-03-15',
  kbjiCode: '2514',
  certified: false,
  ...over,
});

describe('labour-market information', () => {
  it('computes the gap and sorts the largest shortage first', () => {
    const rows = mergeSupplyDemand([
      { kbjiGroup: '25', openPositions: 12, openVacancies: 1 },
      { kbjiGroup: '25', recentGraduates: 8 },
      { kbjiGroup: '51', jobSeekers: 3 },
    ]);
    expect(rows.map((r) => [r.kbjiGroup, r.gap, r.shortage])).toEqual([
      ['25', 4, true],
      ['51', -3, false],
    ]);
  });
  it('counts recent unplaced graduates of publishable groups only', () => {
    const facts = [
      ...Array.from({ length: 10 }, (_, i) =>
        grad(i < 2 ? { firstPlacedOn: '2026-05-01' } : i === 2 ? { firstPlacedOn: '2026-12-01' } : {}),
      ),
      ...Array.from({ length: 9 }, () => grad({ programId: 'B', kbjiCode: '5120' })),
      ...Array.from({ length: 10 }, () => grad({ programId: 'C', cohortMonth: '2025-09', outcomeDate: '2025-09-10' })),
    ];
    expect([...recentGraduates(facts, '2026-10', 10)]).toEqual([['25', 8]]);
  });
});
