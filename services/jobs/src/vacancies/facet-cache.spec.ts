import { FacetCache } from './vacancy-search.service';

describe('FacetCache', () => {
  const value = (n: number) => ({ facets: { provinces: [], kbjiMajorGroups: [], kbliCategories: [], minEducations: [], employmentTypes: [], overseas: [] }, totalSize: n });

  it('reuses counts within the time to live, then counts again', () => {
    let now = 1000;
    const c = new FacetCache(30_000, 10, () => now);
    c.set('a', value(1));
    now += 29_999;
    expect(c.get('a')?.totalSize).toBe(1);
    now += 2;
    expect(c.get('a')).toBeUndefined();
  });

  it('drops the least recently used search when full, and keeps nothing with a zero ttl', () => {
    const c = new FacetCache(60_000, 2);
    c.set('a', value(1));
    c.set('b', value(2));
    c.get('a');
    c.set('c', value(3));
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')?.totalSize).toBe(1);
    expect(c.get('c')?.totalSize).toBe(3);
    const off = new FacetCache(0, 10);
    off.set('a', value(1));
    expect(off.get('a')).toBeUndefined();
  });
});
