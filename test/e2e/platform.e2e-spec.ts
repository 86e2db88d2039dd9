import { status } from '@grpc/grpc-js';
import { Client } from 'pg';
import { redundantIndexes } from '@siapkerja/persistence';
import { signCaller } from '@siapkerja/authz';
import { createServiceClient } from '@siapkerja/grpc';
import { collectTopic, createTestDatabase, kafkaBrokers, sandboxAuth, TEST_CALLER_SECRET, waitFor } from '@siapkerja/testing';
import { createSiapkerjaClient, fetchClientToken } from '@siapkerja/sdk';
import { get, nib, post } from './http';
import { SERVICES, startPlatform, type Platform } from './support';
import { lspBody } from './sertihub-setup';

/** All six services as separate processes on real PostgreSQL and Kafka, driven over HTTP. */
describe('platform end to end', () => {
  let platform: Platform;
  const drops: (() => Promise<void>)[] = [];
  const databases: Record<string, string> = {};

  beforeAll(async () => {
    for (const s of [...SERVICES, 'integration']) {
      const db = await createTestDatabase(`e2e_${s}`);
      databases[s] = db.url;
      drops.push(db.drop);
    }
    const gwDb = await createTestDatabase('e2e_gateway');
    databases.gateway = gwDb.url;
    drops.push(gwDb.drop);
    platform = await startPlatform({ gatewayDatabase: gwDb.url, databases, kafkaBrokers: kafkaBrokers().join(',') });
  });
  afterAll(async () => {
    await platform?.stop();
    for (const d of drops) await d();
  });

  it("is ready on its own database and reports every service's gRPC health", async () => {
    const base = platform.gatewayUrl;
    await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200, { what: 'gateway ready', timeoutMs: 60000 });
    const { checks } = await (await fetch(`${base}/health/ready`)).json();
    expect(checks.database).toEqual({ ok: true, status: 'UP' });
    for (const s of SERVICES) expect(checks[s]).toEqual({ ok: true, status: 'SERVING' });
    for (const s of SERVICES) {
      const m = await (await fetch(`http://127.0.0.1:${platform.opsPorts[s]}/metrics`)).text();
      expect(m).toContain(`service="${s}"`);
    }
    expect(await (await fetch(`${base}/metrics`)).text()).toContain('service="gateway"');
  });

  it("keeps no index in any service's database that another index of its table begins with", async () => {
    // (each write pays for both, the planner prices both: redundantIndexes) the schemas as the services' migrations left them
    await waitFor(async () => (await fetch(`${platform.gatewayUrl}/health/ready`)).status === 200, {
      what: 'gateway ready',
      timeoutMs: 60000,
    });
    const found: Record<string, unknown[]> = {};
    for (const [name, url] of Object.entries(databases)) {
      const c = new Client({ connectionString: url });
      await c.connect();
      try {
        const tables = await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
        expect(tables.rows[0].n).toBeGreaterThan(0);
        found[name] = await redundantIndexes(c);
      } finally {
        await c.end();
      }
    }
    expect(Object.keys(found)).toEqual([...SERVICES, 'integration', 'gateway']);
    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });

  it('services refuse callers that the gateway did not sign (missing, forged, stale), and serve signed ones', async () => {
    const jobs = createServiceClient('jobs', platform.grpcUrls.jobs);
    const admin = JSON.stringify({ sub: 'intruder', roles: ['MINISTRY_ADMIN'] });
    const req = { pageSize: 1 };
    try {
      await expect(jobs.listEmployers(req)).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      await expect(jobs.listEmployers(req, { metadata: { 'x-caller': admin } })).rejects.toMatchObject({
        code: status.UNAUTHENTICATED,
      });
      const forged = signCaller(admin, 'not-the-secret-but-32-characters-long!');
      await expect(jobs.listEmployers(req, { metadata: { 'x-caller': admin, 'x-caller-sig': forged } })).rejects.toMatchObject({
        code: status.UNAUTHENTICATED,
      });
      const stale = signCaller(admin, TEST_CALLER_SECRET, Date.now() - 10 * 60_000);
      await expect(jobs.listEmployers(req, { metadata: { 'x-caller': admin, 'x-caller-sig': stale } })).rejects.toMatchObject({
        code: status.UNAUTHENTICATED,
      });
      // a signature is bound to the caller it signed: swapping in another caller fails
      const officer = JSON.stringify({ sub: 'o', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
      await expect(
        jobs.listEmployers(req, { metadata: { 'x-caller': admin, 'x-caller-sig': signCaller(officer, TEST_CALLER_SECRET) } }),
      ).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      const signed = createServiceClient('jobs', platform.grpcUrls.jobs, {
        callerSecret: TEST_CALLER_SECRET,
        callerName: 'e2e',
      });
      expect(await signed.listEmployers(req, { metadata: { 'x-caller': admin } })).toMatchObject({ employers: expect.any(Array) });
      signed.close();
    } finally {
      jobs.close();
    }
  });

  it('walks the skeleton through the gateway and the report counts exactly', async () => {
    const base = platform.gatewayUrl;
    const month = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 7);
    // the typed SDK generated from the OpenAPI document (libs/sdk) drives this walk
    const api = createSiapkerjaClient(base, {
      token: await fetchClientToken(base, 'sandbox-admin', 'sandbox-admin-secret-0000000000000001'),
    });
    const employer = await api.POST('/v1/employers', {
      body: {
        nib: nib(),
        legalName: 'PT Karya Nusantara',
        employerType: 'STATE_OWNED',
        kbliCodes: ['35101'],
        regionCode: '64.72',
        address: 'Samarinda',
      },
    });
    expect(employer.response.status).toBe(201);
    const e = employer.data!;
    const N = 5;
    for (let i = 0; i < N; i++) {
      const r = await api.POST('/v1/vacancies', {
        body: {
          employerId: e.id,
          positionName: `Operator Pembangkit ${i}`,
          kbjiCode: '3131',
          regionCode: i < 3 ? '64.72' : '64.71',
          numberNeeded: 1 + i,
          validFrom: '2026-11-01',
          validUntil: '2027-01-31',
        },
      });
      expect(r.response.status).toBe(201);
    }
    const report = async (region: string) => (await api.GET('/v1/reports/vacancies', { params: { query: { region, month } } })).data!;
    await waitFor(async () => (await report('64')).registered === N, { what: `${N} vacancies in the report`, timeoutMs: 60000 });
    expect(await report('64.72')).toMatchObject({ registered: 3, positions: 1 + 2 + 3 });
    expect(await report('64')).toMatchObject({
      registered: 5,
      positions: 15,
      rows: [
        { regionCode: '64.71', registered: 2 },
        { regionCode: '64.72', registered: 3 },
      ],
    });

    const p = await post(base, '/v1/training-programs', {
      providerName: 'BLK Samarinda',
      title: 'Operator Pembangkit Listrik',
      regionCode: '64.72',
      kbjiCode: '3131',
      competencyUnits: ['D.351100.001.01'],
      durationDays: 40,
      capacity: 16,
    });
    // a scheme is owned by a licensed LSP (issue 12)
    const lsp = await (await post(base, '/v1/lsps', lspBody('LSP Energi', '64.72'))).json();
    const s = await post(base, '/v1/certification-schemes', {
      code: `SKM-OPL-${Date.now()}`,
      name: 'Operator Pembangkit',
      schemeType: 'OKUPASI',
      competencyUnits: ['D.351100.001.01'],
      lspId: lsp.id,
    });
    const g = await post(base, '/v1/tkm-groups', { name: 'KUB Mahakam', programKind: 'LANJUTAN', regionCode: '64.72', memberCount: 12 });
    for (const r of [p, s, g]) expect(r.status).toBe(201);
    const [pp, ss, gg] = await Promise.all([p.json(), s.json(), g.json()]);
    expect((await get(base, `/v1/training-programs/${pp.id}`)).status).toBe(200);
    expect((await get(base, `/v1/certification-schemes/${ss.id}`)).status).toBe(200);
    expect((await get(base, `/v1/tkm-groups/${gg.id}`)).status).toBe(200);
    await waitFor(
      async () => {
        const a = await (await get(base, `/v1/reports/activity?region=64.72&month=${month}`)).json();
        const byType = Object.fromEntries(a.counts.map((c: { eventType: string; count: number }) => [c.eventType, c.count]));
        return (
          byType['siapkerja.jobs.vacancy.registered'] === 3 &&
          byType['siapkerja.training.program.published'] === 1 &&
          byType['siapkerja.entrepreneurship.group.registered'] === 1
        );
      },
      { what: 'events of every service consumed', timeoutMs: 60000 },
    );
  });

  it('carries the correlation id from the HTTP request through gRPC into the Kafka headers', async () => {
    const base = platform.gatewayUrl;
    const corr = `e2e-corr-${Date.now()}`;
    const e = await (
      await post(base, '/v1/employers', {
        nib: nib(),
        legalName: 'PT Jejak',
        employerType: 'PRIVATE',
        kbliCodes: ['62019'],
        regionCode: '33.73',
      })
    ).json();
    const res = await fetch(`${base}/v1/vacancies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-correlation-id': corr, ...(await sandboxAuth(base)) },
      body: JSON.stringify({
        employerId: e.id,
        positionName: 'Analis Data',
        kbjiCode: '2120',
        regionCode: '33.73',
        numberNeeded: 1,
        validFrom: '2026-11-01',
        validUntil: '2026-12-31',
      }),
    });
    expect(res.headers.get('x-correlation-id')).toBe(corr);
    const v = await res.json();
    const topic = await collectTopic(['siapkerja.jobs.vacancy.v1']);
    try {
      const m = await waitFor(async () => topic.messages.find((x) => x.value.subject === v.id), {
        what: 'vacancy event',
        timeoutMs: 60000,
      });
      expect(m.headers['x-correlation-id']).toBe(corr);
      expect(JSON.stringify(m.value)).not.toMatch(/PT Jejak/);
    } finally {
      await topic.stop();
    }
  });
});
