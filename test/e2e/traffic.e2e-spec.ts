import { jobsService } from '../../services/jobs/src/jobs.module';
import type { RunningService } from '@siapkerja/service-kit';
import { sandboxAuth } from '@siapkerja/testing';
import { nib, post as postAs } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/** Idempotency-Key and rate limits through the gateway against the real jobs service (in this process). */
describe('gateway traffic with the jobs service', () => {
  let platform: InProcessPlatform;
  let jobs: RunningService;
  let base: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    platform = await startInProcessPlatform('tr', [jobsService]);
    [jobs] = platform.services;
    base = platform.base;
    auth = await sandboxAuth(base);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const employer = (n = nib()) => ({
    nib: n,
    legalName: 'PT Maju Jaya',
    employerType: 'PRIVATE',
    kbliCodes: ['62019'],
    regionCode: '33.73',
  });
  const post = (body: unknown, key?: string) =>
    postAs(base, '/v1/employers', body, { ...auth, ...(key ? { 'idempotency-key': key } : {}) });
  const employersWithNib = async (n: string) =>
    (await jobs.dataSource.query(`SELECT count(*)::int AS n FROM employers WHERE nib = $1`, [n]))[0].n as number;

  it('replays a create with the same key and body: same response, one employer', async () => {
    const body = employer();
    const key = `emp-${body.nib}`;
    const a = await post(body, key);
    expect(a.status).toBe(201);
    expect(a.headers.get('ratelimit-limit')).toMatch(/^\d+$/);
    const created = await a.json();
    const b = await post(body, key);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    expect(b.headers.get('location')).toBe(`/v1/employers/${created.id}`);
    expect(await b.json()).toEqual(created);
    expect(await employersWithNib(body.nib)).toBe(1);
    const read = await fetch(`${base}/v1/employers/${created.id}`, { headers: auth });
    expect(await read.json()).toEqual(created);
  });

  it('refuses the same key with a different body (422) and creates nothing', async () => {
    const key = `emp-reuse-${nib()}`;
    expect((await post(employer(), key)).status).toBe(201);
    const other = employer();
    const res = await post(other, key);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await employersWithNib(other.nib)).toBe(0);
  });

  it('judges a refused create again on retry: the service keeps a key only with the record it made', async () => {
    const body = employer();
    expect((await post(body)).status).toBe(201);
    const key = `emp-dup-${body.nib}`;
    const d1 = await post(body, key);
    expect(d1.status).toBe(409);
    const d2 = await post(body, key);
    expect(d2.status).toBe(409);
    expect(d2.headers.get('idempotent-replayed')).toBeNull();
    expect((await d2.json()).detail).toBe((await d1.json()).detail);
    expect(await employersWithNib(body.nib)).toBe(1);
  });

  it("replays a route's stored answer from the gateway's key store, a 4xx included (PATCH)", async () => {
    const made = await (await post(employer())).json();
    const key = `emp-patch-${made.id}`;
    const patch = (body: unknown) =>
      fetch(`${base}/v1/employers/${made.id}`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
    const refused = await patch({ legalName: '' });
    expect(refused.status).toBe(400);
    const again = await patch({ legalName: '' });
    expect(again.status).toBe(400);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.json()).toEqual(await refused.json());
    const other = await patch({ legalName: 'PT Maju Terus' });
    expect(other.status).toBe(422);
    expect(await other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('creates once when the same request races itself', async () => {
    const body = employer();
    const key = `emp-race-${body.nib}`;
    const results = await Promise.all([post(body, key), post(body, key), post(body, key)]);
    // the later ones wait for the first one's transaction and answer its record
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(results.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
    const ids = new Set(await Promise.all(results.map(async (r) => (await r.json()).id as string)));
    expect(ids.size).toBe(1);
    expect(await employersWithNib(body.nib)).toBe(1);
  });
});
