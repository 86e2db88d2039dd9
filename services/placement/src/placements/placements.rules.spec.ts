import { dedupWindowDays, findDuplicate, type PlacementFact } from './placements.rules';

const fact = (over: Partial<PlacementFact>): PlacementFact =>
  ({ sourceKey: 'k', source: 'DISNAKER', personId: 'p_a', employerKey: 'e1', placedOn: '2026-10-12', ...over }) as PlacementFact;

describe('placement de-duplication', () => {
  const existing = [{ placementId: 'x', personId: 'p_a', employerKey: 'e1', placedOn: '2026-10-10' }];
  it('matches the same person and employer within the window only', () => {
    expect(findDuplicate(fact({}), existing, 31)?.placementId).toBe('x');
    expect(findDuplicate(fact({ placedOn: '2026-12-01' }), existing, 31)).toBeUndefined();
    expect(findDuplicate(fact({ employerKey: 'e2' }), existing, 31)).toBeUndefined();
    expect(findDuplicate(fact({ personId: 'unknown:tkm:1' }), [{ ...existing[0], personId: 'unknown:tkm:1' }], 31)).toBeUndefined();
  });
  it('reads the window from the configuration', () => {
    expect(dedupWindowDays({})).toBe(31);
    expect(dedupWindowDays({ PLACEMENT_DEDUP_WINDOW_DAYS: '7' })).toBe(7);
    expect(dedupWindowDays({ PLACEMENT_DEDUP_WINDOW_DAYS: 'x' })).toBe(31);
  });
});
