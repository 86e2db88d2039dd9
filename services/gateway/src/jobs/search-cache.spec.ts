import { buildEvent } from '@siapkerja/events';
import { EmployerUpdated, mayMatch, VacancyClosed, VacancyPublished, VacancyRegistered } from '@siapkerja/contracts';
import { createRegistry } from '@siapkerja/observability';
import { SearchCache, searchAnswer } from './search-cache';

describe('SearchCache', () => {
  const make = (ttl = 30) => new SearchCache({ SEARCH_CACHE_TTL_S: ttl, SEARCH_CACHE_MAX_MB: 1 }, createRegistry('test'), {} as never);
  const message = (topic: string, value: string) => ({ topic, key: 'k', value, headers: {}, partition: 0, offset: '0' });
  const fill = async (c: SearchCache) => {
    for (const [key, region] of [
      ['jateng', '33'],
      ['semarang', '33.74'],
      ['bali', '51'],
      ['all', undefined],
    ] as const)
      await c.answer(key, region, undefined, async () => searchAnswer(key));
  };
  const held = (c: SearchCache) => ['jateng', 'semarang', 'bali', 'all'].filter((k) => c.answers.get(k));

  it("a vacancy event drops its province's answers and the national ones, nothing else", async () => {
    const c = make();
    await fill(c);
    const closed = buildEvent(VacancyClosed, 'jobs', {
      subject: 'v1',
      data: {
        vacancyId: 'v1',
        employerId: 'e',
        regionCode: '33.71',
        fromState: 'PUBLISHED',
        state: 'CLOSED',
        numberNeeded: 1,
        closedAt: '2026-11-23T00:00:00Z',
      },
    });
    c.onEvent(message(VacancyClosed.topic, JSON.stringify(closed)));
    expect(held(c)).toEqual(['bali']);
    // a malformed message changes nothing
    c.onEvent(message(VacancyClosed.topic, '{not json'));
    expect(held(c)).toEqual(['bali']);
  });

  it('a publication drops its answers on its VacancyPublished; the VacancyRegistered before it is not read', async () => {
    const c = make();
    await fill(c);
    const facts = { vacancyId: 'v1', employerId: 'e', regionCode: '51.71', kbjiCode: '5120', publishedAt: '2026-11-23T00:00:00Z' };
    const registered = buildEvent(VacancyRegistered, 'jobs', { subject: 'v1', data: facts as never });
    const published = buildEvent(VacancyPublished, 'jobs', { subject: 'v1', data: facts as never });
    const as = (e: { type: string }) => ({ ...message(VacancyPublished.topic, JSON.stringify(e)), headers: { 'ce-type': e.type } });
    c.onEvent(as(registered));
    expect(held(c)).toEqual(['jateng', 'semarang', 'bali', 'all']);
    c.onEvent(as(published));
    expect(held(c)).toEqual(['jateng', 'semarang']);
  });

  it("an employer's new legal name drops every answer; its other changes none", async () => {
    const c = make();
    await fill(c);
    const updated = (changed: string[]) =>
      JSON.stringify(
        buildEvent(EmployerUpdated, 'jobs', {
          subject: 'e',
          data: {
            employerId: 'e',
            nib: '1',
            employerType: 'X',
            kbliCodes: [],
            regionCode: '33.74',
            legalName: 'PT Baru',
            verificationStatus: 'VERIFIED',
            changed,
          },
        }),
      );
    c.onEvent(message(EmployerUpdated.topic, updated(['verificationStatus'])));
    expect(held(c)).toHaveLength(4);
    c.onEvent(message(EmployerUpdated.topic, updated(['legalName'])));
    expect(held(c)).toEqual([]);
  });

  it('no-cache loads and refreshes the stored answer, no-store loads and leaves it; a hit carries its age', async () => {
    const c = make();
    let n = 0;
    const load = async () => searchAnswer(`v${++n}`);
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: { body: 'v1' }, hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: { body: 'v1' }, hit: true });
    expect(await c.answer('k', '33', 'no-store', load)).toMatchObject({ value: { body: 'v2' }, hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: { body: 'v1' }, hit: true });
    expect(await c.answer('k', '33', 'max-age=0', load)).toMatchObject({ value: { body: 'v3' }, hit: false });
    expect(await c.answer('k', '33', 'No-Cache', load)).toMatchObject({ value: { body: 'v4' }, hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: { body: 'v4' }, hit: true });
    const off = make(0);
    await off.answer('k', '33', undefined, load);
    expect(await off.answer('k', '33', undefined, load)).toMatchObject({ value: { body: 'v6' }, hit: false });
  });
});

describe('mayMatch: which cached searches a changed vacancy can alter', () => {
  const nurse = {
    regionCode: '33.74',
    kbjiCode: '2221',
    kbliCode: '86101',
    minEducation: 'D3',
    employmentType: 'FULL_TIME',
    overseas: false,
    publishedAt: '2026-11-20T03:00:00Z',
  };

  it('keeps searches whose filters exclude the vacancy', () => {
    for (const r of [
      { regionCode: '31' },
      { regionCode: '33.73' },
      { kbjiCode: '25' },
      { kbjiCode: '2222' },
      { kbli: 'C' },
      { kbli: '62' },
      { minEducation: 'S1' },
      { employmentType: 'CONTRACT' },
      { overseas: true },
      { postedSince: '2026-11-21' },
      { postedSince: '2026-11-20T04:00:00Z' },
    ])
      expect({ r, may: mayMatch(r, nurse) }).toEqual({ r, may: false });
  });

  it('drops searches it passes, every search with words or a wage filter, and any filter whose fact is unknown', () => {
    for (const r of [
      {},
      { regionCode: '33' },
      { regionCode: '33.74' },
      { kbjiCode: '2' },
      { kbjiCode: '222' },
      { kbjiCode: '2221' },
      { kbli: 'Q' },
      { kbli: 'q' },
      { kbli: '86' },
      { minEducation: 'D3' },
      { employmentType: 'FULL_TIME' },
      { overseas: false },
      { postedSince: '2026-11-20' },
      { query: 'programmer', regionCode: '33' },
      { wageMin: '9000000', kbjiCode: '25' },
    ])
      expect({ r, may: mayMatch(r, nurse) }).toEqual({ r, may: true });
    // an event without the facts (published before they existed): any search of the province may have changed
    expect(mayMatch({ kbjiCode: '25', minEducation: 'S1' }, { regionCode: '33.74' })).toBe(true);
    // no KBLI on the vacancy: a KBLI filter excludes it
    expect(mayMatch({ kbli: 'Q' }, { ...nurse, kbliCode: '' })).toBe(false);
  });

  // the route stores each answer with its search (no key parsed on a change); an answer without it is judged by its key
  it.each([
    ['the search stored with the answer (keys that are not JSON)', true],
    ['the search parsed from the key', false],
  ])('on a vacancy event, drops only the answers of its province and the national ones that it can alter: %s', async (_, stored) => {
    const c = new SearchCache({ SEARCH_CACHE_TTL_S: 30, SEARCH_CACHE_MAX_MB: 1 }, createRegistry('test'), {} as never);
    const keyOf = (name: string, r: object) => (stored ? `search ${name}` : JSON.stringify(r));
    const keys = {
      nurses33: { regionCode: '33', kbjiCode: '2221', query: '' },
      programmers33: { regionCode: '33', kbjiCode: '2512', query: '' },
      words33: { regionCode: '33', query: 'admin' },
      nurses31: { regionCode: '31', kbjiCode: '2221', query: '' },
      s1National: { regionCode: '', minEducation: 'S1', query: '' },
      d3National: { regionCode: '', minEducation: 'D3', query: '' },
    };
    for (const [name, r] of Object.entries(keys))
      await c.answer(keyOf(name, r), r.regionCode || undefined, undefined, async () => searchAnswer(name, stored ? r : undefined));
    const published = buildEvent(VacancyClosed, 'jobs', {
      subject: 'v',
      data: {
        vacancyId: 'v',
        employerId: 'e',
        fromState: 'PUBLISHED',
        state: 'CLOSED',
        numberNeeded: 1,
        closedAt: '2026-11-23T00:00:00Z',
        ...nurse,
      },
    });
    c.onEvent({ topic: VacancyClosed.topic, key: 'v', value: JSON.stringify(published), headers: {}, partition: 0, offset: '1' });
    const left = Object.entries(keys)
      .filter(([name, r]) => c.answers.get(keyOf(name, r)))
      .map(([name]) => name);
    expect(left).toEqual(['programmers33', 'nurses31', 's1National']);
  });
});
