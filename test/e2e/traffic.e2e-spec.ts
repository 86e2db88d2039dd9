import { jobsService } from '../../services/jobs/src/jobs.module';
import type { RunningService } from '@siapkerja/service-kit';
import { sandboxAuth } from '@siapkerja/testing';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/** Idempotency-Key and rate limits through the gateway against the real jobs service (in this process). */
describe('gateway traffic with the jobs service', () => {
  let platform: InProcessPlatform;
  let jobs: RunningService;
  let base: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    platform = await startInProcessPlatform('tr', [jobsService]);
    jobs = platform.services[0];
    base = platform.base;
    auth = await sandboxAuth(base);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
  const employer = (n = nib()) => ({
    nib: n,
    legalName: 'PT Maju Jaya',
    employerType: 'PRIVATE',
    kbliCodes: ['62019'],
    regionCode: '33.73',
  });
  const post = (body: unknown, key?: string) =>
    fetch(`${base}/v1/employers`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    });
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

  it('replays the stored 409 of a duplicate NIB, and creates normally without a key', async () => {
    const body = employer();
    expect((await post(body)).status).toBe(201);
    const key = `emp-dup-${body.nib}`;
    const d1 = await post(body, key);
    expect(d1.status).toBe(409);
    const d2 = await post(body, key);
    expect(d2.status).toBe(409);
    expect(d2.headers.get('idempotent-replayed')).toBe('true');
    expect((await d2.json()).detail).toBe((await d1.json()).detail);
    expect(await employersWithNib(body.nib)).toBe(1);
  });

  it('creates once when the same request races itself', async () => {
    const body = employer();
    const key = `emp-race-${body.nib}`;
    const results = await Promise.all([post(body, key), post(body, key), post(body, key)]);
    const statuses = results.map((r) => r.status);
    expect(statuses).toContain(201);
    for (const s of statuses) expect([201, 409]).toContain(s);
    for (const r of results) await r.arrayBuffer();
    expect(await employersWithNib(body.nib)).toBe(1);
  });
});
