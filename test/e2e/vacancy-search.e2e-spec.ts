import { type jobsV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import http from 'node:http';
import { hostname } from 'node:os';
import { Kafka, logLevel } from 'kafkajs';
import { createTestDatabase, kafkaBrokers, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET, waitFor } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import type { RunningGateway } from '../../services/gateway/src/app';
import { startGateway } from './in-process';
import { expectProblem, get as getAs, wibDate } from './http';

/** GET /v1/vacancies/search and /v1/vacancies/{id}/job-posting over HTTP: in-process gateway + real jobs service (gRPC, PostgreSQL). */
describe('gateway: vacancy search and JobPosting JSON-LD', () => {
  let jobs: RunningService;
  let gw: RunningGateway;
  let base: string;
  let client: ServiceClient<'jobs'>;
  const drops: (() => Promise<void>)[] = [];
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = await createTestDatabase('gw_search_jobs');
    drops.push(db.drop);
    jobs = await startService(jobsService, serviceTestEnv(db.url));
    const gwDb = await createTestDatabase('gw_search');
    drops.push(gwDb.drop);
    const dead = '127.0.0.1:1';
    gw = await startGateway({
      DATABASE_URL: gwDb.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      // answers live 10 minutes here: anything fresher than that below comes from an invalidation, not the TTL
      SEARCH_CACHE_TTL_S: '600',
      GRPC_DEADLINE_MS: '5000',
      JOBS_GRPC_URL: `127.0.0.1:${jobs.grpcPort}`,
      TRAINING_GRPC_URL: dead,
      CERTIFICATION_GRPC_URL: dead,
      PLACEMENT_GRPC_URL: dead,
      ENTREPRENEURSHIP_GRPC_URL: dead,
    });
    base = gw.url;
    client = createServiceClient('jobs', `127.0.0.1:${jobs.grpcPort}`);
    const e = await client.createEmployer({
      employer: {
        nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
        legalName: 'RS Sehat Sentosa',
        employerType: 'EMPLOYER_TYPE_PRIVATE',
        kbliCodes: ['86101'],
        regionCode: '33.74',
      },
    });
    employerId = e.id;
    const v = (extra: Partial<jobsV1.Vacancy>): jobsV1.Vacancy => ({
      employerId: e.id,
      kbjiCode: '2221',
      kbliCode: '86101',
      regionCode: '33.74',
      numberNeeded: 2,
      validFrom: wibDate(0),
      validUntil: wibDate(60),
      positionName: 'x',
      ...extra,
    });
    ids.nurse = (
      await client.createVacancy({
        vacancy: v({
          positionName: 'Perawat Pelaksana',
          description: 'Rawat inap',
          minEducation: 'EDUCATION_LEVEL_D3',
          wageMin: 5_000_000,
          wageMax: 7_000_000,
          wageHidden: false,
          latitude: -6.99,
          longitude: 110.42,
        }),
      })
    ).id;
    ids.hidden = (
      await client.createVacancy({
        vacancy: v({
          positionName: 'Perawat IGD',
          wageMin: 6_000_000,
          wageHidden: true,
          regionCode: '31.71',
          employmentType: 'EMPLOYMENT_TYPE_CONTRACT',
        }),
      })
    ).id;
    ids.prog = (await client.createVacancy({ vacancy: v({ positionName: 'Programmer', kbjiCode: '2512', kbliCode: '62019' }) })).id;
    ids.draft = (await client.createVacancy({ vacancy: v({ positionName: 'Perawat Draf' }), draft: true })).id;
  });
  afterAll(async () => {
    client?.close();
    await gw?.close();
    await jobs?.stop();
    for (const d of drops) await d();
  });

  let employerId = '';
  const get = (path: string, auth?: Record<string, string>) => getAs(base, path, auth);

  it('searches the published catalogue with facets, hides hidden wages, pages with nextPageToken', async () => {
    const res = await get('/v1/vacancies/search?q=perawat');
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page).toMatchObject({ match: 'FULL_TEXT', totalSize: 2, totalSizeIsLowerBound: false, nextPageToken: '' });
    expect(page.results.map((r: { id: string }) => r.id).sort()).toEqual([ids.nurse, ids.hidden].sort());
    const nurse = page.results.find((r: { id: string }) => r.id === ids.nurse);
    expect(nurse).toMatchObject({
      positionName: 'Perawat Pelaksana',
      employerName: 'RS Sehat Sentosa',
      minEducation: 'D3',
      wageMin: 5000000,
      wageMax: 7000000,
      wageHidden: false,
      overseas: false,
    });
    expect(page.results.find((r: { id: string }) => r.id === ids.hidden)).toMatchObject({
      wageMin: null,
      wageMax: null,
      wageHidden: true,
      employmentType: 'CONTRACT',
    });
    expect(page.facets.provinces).toEqual(
      expect.arrayContaining([
        { value: '33', label: 'JAWA TENGAH', count: 1 },
        { value: '31', label: 'DKI JAKARTA', count: 1 },
      ]),
    );
    // filters and a page walk
    const filtered = await (
      await get('/v1/vacancies/search?q=perawat&region=33&minEducation=D3&wageMin=4000000&overseas=false&sort=wage')
    ).json();
    expect(filtered.results.map((r: { id: string }) => r.id)).toEqual([ids.nurse]);
    const seen: string[] = [];
    let token = '';
    do {
      const p = await (
        await get(`/v1/vacancies/search?pageSize=1&sort=date${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`)
      ).json();
      expect(p.facets === null).toBe(!!token);
      seen.push(...p.results.map((r: { id: string }) => r.id));
      token = p.nextPageToken;
    } while (token);
    expect(seen.sort()).toEqual([ids.nurse, ids.hidden, ids.prog].sort());
    expect(seen).not.toContain(ids.draft);
    const typo = await (await get('/v1/vacancies/search?q=progamer&facets=false')).json();
    expect(typo).toMatchObject({ match: 'TYPO_TOLERANT', facets: null, totalSize: null, totalSizeIsLowerBound: null });
    expect(typo.results.map((r: { id: string }) => r.id)).toEqual([ids.prog]);
  });

  it('answers bad parameters with problem+json naming them, and needs jobs:read', async () => {
    await expectProblem(
      await get(
        '/v1/vacancies/search?region=3&kbji=x&kbli=Z&minEducation=PHD&employmentType=GIG&overseas=maybe&postedSince=kemarin&sort=best&pageSize=0&wageMin=-1&extra=1',
      ),
      400,
      ['region', 'kbji', 'kbli', 'minEducation', 'employmentType', 'overseas', 'postedSince', 'sort', 'pageSize', 'wageMin', 'extra'],
    );
    await expectProblem(await get('/v1/vacancies/search?region=99'), 400, ['region']);
    await expectProblem(await get('/v1/vacancies/search?wageMin=9000000&wageMax=1000000'), 400, ['wageMax']);
    await expectProblem(await get('/v1/vacancies/search?q=perawat&pageToken=bm9wZQ'), 400, ['pageToken']);
    expect((await get('/v1/vacancies/search', {})).status).toBe(401);
    await expectProblem(await get('/v1/vacancies/search', await sandboxAuth(base, 'admin', 'reports:read')), 403);
  });

  it('serves a published vacancy as schema.org JobPosting JSON-LD; anything unpublished is 404', async () => {
    const res = await get(`/v1/vacancies/${ids.nurse}/job-posting`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/ld+json');
    const ld = await res.json();
    expect(ld).toMatchObject({
      '@context': 'https://schema.org/',
      '@type': 'JobPosting',
      title: 'Perawat Pelaksana',
      validThrough: `${wibDate(60)}T23:59:59+07:00`,
      hiringOrganization: { '@type': 'Organization', name: 'RS Sehat Sentosa' },
      employmentType: 'FULL_TIME',
      identifier: { '@type': 'PropertyValue', value: ids.nurse },
      jobLocation: {
        address: { addressLocality: 'Kota Semarang', addressRegion: 'Jawa Tengah', addressCountry: 'ID' },
        geo: { latitude: -6.99, longitude: 110.42 },
      },
      baseSalary: { currency: 'IDR', value: { minValue: 5000000, maxValue: 7000000, unitText: 'MONTH' } },
    });
    expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await (await get(`/v1/vacancies/${ids.hidden}/job-posting`)).json()).baseSalary).toBeUndefined();
    await expectProblem(await get(`/v1/vacancies/${ids.draft}/job-posting`), 404);
    await client.closeVacancy({ id: ids.prog, reason: '' });
    await expectProblem(await get(`/v1/vacancies/${ids.prog}/job-posting`), 404);
    await expectProblem(await get('/v1/vacancies/00000000-0000-4000-8000-000000000000/job-posting'), 404);
    // 'search' is a route of its own, never taken for a vacancy id
    expect((await get('/v1/vacancies/search?q=perawat')).status).toBe(200);
  });

  it('shares answers between callers (Age), drops the answers of a province when one of its vacancies changes, on this instance at once and from the event on every instance', async () => {
    const ids = (page: { results: { id: string }[] }) => page.results.map((r) => r.id).sort();
    const search = async (path: string, headers: Record<string, string> = {}) => {
      const res = await fetch(base + path, { headers: { ...(await sandboxAuth(base)), ...headers } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/json');
      return { age: res.headers.get('age'), page: await res.json() };
    };
    // the gateway's own consumer group (this process runs it) has joined: events published from now on reach it
    const kafka = new Kafka({ clientId: 'search-cache-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect();
    try {
      const prefix = `gateway.search-cache.${hostname()}.${process.pid}.`;
      await waitFor(
        async () => {
          const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(prefix));
          // (groups of gateways that earlier test files ran in this worker process are Empty: ours is the Stable one)
          return groups.length > 0 && (await admin.describeGroups(groups)).groups.some((g) => g.state === 'Stable');
        },
        { timeoutMs: 30000, intervalMs: 300, what: 'the search cache consumer group' },
      );
    } finally {
      await admin.disconnect();
    }

    const first = await search('/v1/vacancies/search?q=bidan&region=33');
    expect(first).toMatchObject({ age: null, page: { totalSize: 0 } });
    const again = await search('/v1/vacancies/search?q=bidan&region=33');
    expect(again.age).toMatch(/^\d+$/);
    expect(again.page).toEqual(first.page);
    // a client holding the answer asks whether it changed: 304, no body
    const tagged = await fetch(`${base}/v1/vacancies/search?q=bidan&region=33`, { headers: await sandboxAuth(base) });
    const etag = tagged.headers.get('etag');
    expect(etag).toMatch(/^W\/"/);
    await tagged.arrayBuffer();
    // (node:http: fetch adds Cache-Control: no-cache to a conditional request, which asks for a fresh answer)
    const notModified = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      void sandboxAuth(base).then((auth) =>
        http
          .get(`${base}/v1/vacancies/search?q=bidan&region=33`, { headers: { ...auth, 'if-none-match': etag! } }, (res) => {
            let body = '';
            res.on('data', (d) => (body += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
          .on('error', reject),
      );
    });
    expect(notModified).toEqual({ status: 304, body: '' });
    const elsewhere = await search('/v1/vacancies/search?q=bidan&region=51');
    const national = await search('/v1/vacancies/search?q=bidan');
    // searches without words: only those whose filters the new vacancy passes are dropped (the event carries its facts)
    const midwives = await search('/v1/vacancies/search?region=33&kbji=2222');
    const programmers = await search('/v1/vacancies/search?region=33&kbji=2512');
    expect(midwives.page.totalSize).toBe(0);

    // a vacancy published straight in the jobs service (another instance, the expiry job...): this gateway learns it from Kafka
    const vac = (extra: Partial<jobsV1.Vacancy>): jobsV1.Vacancy => ({
      employerId,
      kbjiCode: '2222',
      kbliCode: '86101',
      regionCode: '33.74',
      numberNeeded: 1,
      validFrom: wibDate(0),
      validUntil: wibDate(30),
      positionName: 'Bidan Desa',
      ...extra,
    });
    const midwife = (await client.createVacancy({ vacancy: vac({}) })).id;
    const seen = await waitFor(
      async () => {
        const r = await search('/v1/vacancies/search?q=bidan&region=33');
        return r.page.results.length ? r : undefined;
      },
      { timeoutMs: 20000, intervalMs: 200, what: 'the new vacancy in the cached search of its province' },
    );
    expect(ids(seen.page)).toEqual([midwife]);
    expect((await search('/v1/vacancies/search?q=bidan')).page.results.map((r: { id: string }) => r.id)).toEqual([midwife]);
    expect(ids((await search('/v1/vacancies/search?region=33&kbji=2222')).page)).toEqual([midwife]);
    const otherOccupation = await search('/v1/vacancies/search?region=33&kbji=2512');
    expect(otherOccupation.age).toMatch(/^\d+$/);
    expect(otherOccupation.page).toEqual(programmers.page);
    // another province's answer was kept
    const kept = await search('/v1/vacancies/search?q=bidan&region=51');
    expect(kept.age).toMatch(/^\d+$/);
    expect(kept.page).toEqual(elsewhere.page);
    expect(national.page.totalSize).toBe(0);

    // no-cache reads the catalogue now (and refreshes the answer for everyone)
    const quiet = (await client.createVacancy({ vacancy: vac({ regionCode: '51.71', positionName: 'Bidan Klinik' }) })).id;
    const fresh = await search('/v1/vacancies/search?q=bidan&region=51', { 'cache-control': 'no-cache' });
    expect(fresh.age).toBeNull();
    expect(ids(fresh.page)).toEqual([quiet]);
    expect(ids((await search('/v1/vacancies/search?q=bidan&region=51')).page)).toEqual([quiet]);

    // a change made through this gateway is in its next answer at once (read-your-writes), without waiting for the event
    const auth = await sandboxAuth(base, 'province33');
    await search('/v1/vacancies/search?q=bidan&region=33');
    const closed = await fetch(`${base}/v1/vacancies/${midwife}/close`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(closed.status).toBe(200);
    expect((await search('/v1/vacancies/search?q=bidan&region=33')).page.results).toEqual([]);
  });
});
