import { VacancySearchService } from './vacancy-search.service';

/** Facet counts read every match: the service counts them once for concurrent and repeated identical searches, within the TTL. */
describe('facet counts reuse', () => {
  const fakeDs = () => {
    const counted: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const ds = {
      query: async (text: string) => {
        if (!text.includes('GROUPING SETS')) return [];
        counted.push(text);
        await gate;
        return [{ g: 31, value: '33', n: 7 }, { g: 62, value: 'false', n: 7 }];
      },
    };
    return { ds, counted, release: () => release() };
  };

  it('counts once for concurrent identical searches and again for another search', async () => {
    const f = fakeDs();
    const svc = new VacancySearchService(f.ds as never, { facetCacheMs: 30_000 });
    const same = Promise.all([svc.search({ region: '33' }), svc.search({ region: '33' }), svc.search({ region: '33', sort: 'date' })]);
    f.release();
    const results = await same;
    expect(f.counted).toHaveLength(1);
    for (const r of results) expect(r).toMatchObject({ totalSize: 7, facets: { provinces: [{ value: '33', count: 7 }] } });
    await svc.search({ region: '33' });
    expect(f.counted).toHaveLength(1);
    await svc.search({ region: '34' });
    expect(f.counted).toHaveLength(2);
  });

  it('counts every time with a zero TTL', async () => {
    const f = fakeDs();
    f.release();
    const svc = new VacancySearchService(f.ds as never, { facetCacheMs: 0 });
    await svc.search({ region: '33' });
    await svc.search({ region: '33' });
    expect(f.counted).toHaveLength(2);
  });
});
