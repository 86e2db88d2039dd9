import { buildEvent } from '@siapkerja/events';
import { EmployerUpdated, VacancyClosed } from '@siapkerja/contracts';
import { createRegistry } from '@siapkerja/observability';
import { SearchCache } from './search-cache';

describe('SearchCache', () => {
  const make = (ttl = 30) => new SearchCache({ SEARCH_CACHE_TTL_S: ttl, SEARCH_CACHE_MAX_MB: 1 }, createRegistry('test'), {} as never);
  const message = (topic: string, value: string) => ({ topic, key: 'k', value, headers: {}, partition: 0, offset: '0' });
  const fill = async (c: SearchCache) => {
    for (const [key, region] of [['jateng', '33'], ['semarang', '33.74'], ['bali', '51'], ['all', undefined]] as const) await c.answer(key, region, undefined, async () => key);
  };
  const held = (c: SearchCache) => ['jateng', 'semarang', 'bali', 'all'].filter((k) => c.answers.get(k));

  it("a vacancy event drops its province's answers and the national ones, nothing else", async () => {
    const c = make();
    await fill(c);
    const closed = buildEvent(VacancyClosed, 'jobs', { subject: 'v1', data: { vacancyId: 'v1', employerId: 'e', regionCode: '33.71', fromState: 'PUBLISHED', state: 'CLOSED', numberNeeded: 1, closedAt: '2026-11-23T00:00:00Z' } });
    c.onEvent(message(VacancyClosed.topic, JSON.stringify(closed)));
    expect(held(c)).toEqual(['bali']);
    // a malformed message changes nothing
    c.onEvent(message(VacancyClosed.topic, '{not json'));
    expect(held(c)).toEqual(['bali']);
  });

  it("an employer's new legal name drops every answer; its other changes none", async () => {
    const c = make();
    await fill(c);
    const updated = (changed: string[]) =>
      JSON.stringify(buildEvent(EmployerUpdated, 'jobs', { subject: 'e', data: { employerId: 'e', nib: '1', employerType: 'X', kbliCodes: [], regionCode: '33.74', legalName: 'PT Baru', verificationStatus: 'VERIFIED', changed } }));
    c.onEvent(message(EmployerUpdated.topic, updated(['verificationStatus'])));
    expect(held(c)).toHaveLength(4);
    c.onEvent(message(EmployerUpdated.topic, updated(['legalName'])));
    expect(held(c)).toEqual([]);
  });

  it('no-cache loads and refreshes the stored answer, no-store loads and leaves it; a hit carries its age', async () => {
    const c = make();
    let n = 0;
    const load = async () => `v${++n}`;
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: 'v1', hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: 'v1', hit: true });
    expect(await c.answer('k', '33', 'no-store', load)).toMatchObject({ value: 'v2', hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: 'v1', hit: true });
    expect(await c.answer('k', '33', 'max-age=0', load)).toMatchObject({ value: 'v3', hit: false });
    expect(await c.answer('k', '33', 'No-Cache', load)).toMatchObject({ value: 'v4', hit: false });
    expect(await c.answer('k', '33', undefined, load)).toMatchObject({ value: 'v4', hit: true });
    const off = make(0);
    await off.answer('k', '33', undefined, load);
    expect(await off.answer('k', '33', undefined, load)).toMatchObject({ value: 'v6', hit: false });
  });
});
