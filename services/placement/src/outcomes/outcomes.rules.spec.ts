import { measure, median, outcomeView, withinMonths, type OutcomeFact } from './outcomes.rules';

const grad = (over: Partial<OutcomeFact> = {}): OutcomeFact => ({
  providerId: 'prov',
  programId: 'A',
  programTitle: 'Las',
  regionCode: '33.74',
  cohortMonth: '2026-03',
  outcome: 'COMPLETED',
  outcomeDate: '2026-03-15',
  kbjiCode: '7212',
  certified: false,
  ...over,
});

describe('graduate outcomes', () => {
  it('counts a placement within n calendar months on or after completion, never before', () => {
    expect(withinMonths('2026-03-15', '2026-06-15', 3)).toBe(true);
    expect(withinMonths('2026-03-15', '2026-06-16', 3)).toBe(false);
    expect(withinMonths('2026-03-15', '2026-03-14', 12)).toBe(false);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('measures placed 3/6/12, rate once 6 months old, median days and matched share', () => {
    const facts = [
      grad({ firstPlacedOn: '2026-05-01', firstPlacedKbji: '7212', certified: true }),
      grad({ firstPlacedOn: '2026-08-01', firstPlacedKbji: '' }),
      grad({ firstPlacedOn: '2026-10-10', firstPlacedKbji: '7215' }),
      grad(),
      grad({ outcome: 'FAILED' }),
    ];
    const m = measure(facts, '2026-11', ['2026-03']);
    expect([m.graduates.value, m.failed.value, m.certified.value, m.placed3m.value, m.placed6m.value, m.placed12m.value]).toEqual([
      4, 1, 1, 1, 2, 3,
    ]);
    expect(m.employmentRate).toEqual({ value: 0.5, status: 'SHOWN' });
    expect(m.medianDaysToPlacement.value).toBe(139);
    expect(m.matchedShare.value).toBeCloseTo(2 / 3);
    expect(measure(facts, '2026-09', ['2026-03']).employmentRate.status).toBe('NOT_MEASURABLE');
  });

  it('withholds a group under the minimum and leaves it out of the total (no recovery by subtraction)', () => {
    const ten = Array.from({ length: 10 }, () => grad({ programId: 'A' }));
    const nine = Array.from({ length: 9 }, () => grad({ programId: 'B' }));
    const v = outcomeView([...ten, ...nine], '2026-11', 10);
    const a = v.groups.find((g) => g.programId === 'A')!;
    const b = v.groups.find((g) => g.programId === 'B')!;
    expect(a.cells.graduates).toEqual({ value: 10, status: 'SHOWN' });
    expect(b.cells.graduates).toEqual({ value: 0, status: 'SUPPRESSED' });
    expect(Object.values(b.cells).every((c) => c.status === 'SUPPRESSED' && c.value === 0)).toBe(true);
    expect(v.total.graduates.value).toBe(10);
    expect(v.withheldGroups).toBe(1);
    // the view of B alone: its total is withheld too
    expect(outcomeView(nine, '2026-11', 10).total.graduates.status).toBe('SUPPRESSED');
  });
});
