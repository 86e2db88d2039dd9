import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import type { RunningService } from '@siapkerja/service-kit';
import { sandboxAuth, waitFor } from '@siapkerja/testing';
import { expectProblem as expectProblemOf, get, nib, post } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { lspBody } from './sertihub-setup';

/** Gateway over HTTP against the five real services (gRPC, PostgreSQL, Kafka) in this process. */
describe('gateway', () => {
  let platform: InProcessPlatform;
  let services: RunningService[];
  let base: string;

  beforeAll(async () => {
    platform = await startInProcessPlatform('gw', [
      jobsService,
      trainingService,
      certificationService,
      placementService,
      entrepreneurshipService,
    ]);
    ({ services, base } = platform);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const employerBody = () => ({
    nib: nib(),
    legalName: 'PT Maju Jaya',
    employerType: 'PRIVATE',
    kbliCodes: ['62019'],
    regionCode: '33.73',
  });
  const vacancyBody = (employerId: string) => ({
    employerId,
    positionName: 'Teknisi Listrik',
    kbjiCode: '7411',
    regionCode: '33.74',
    numberNeeded: 2,
    validFrom: '2026-11-01',
    validUntil: '2026-12-31',
  });

  /** A problem+json answer that also names the request's correlation id. */
  async function expectProblem(res: Response, status: number, fields: string[] = []) {
    const body = await expectProblemOf(res, status, fields);
    expect(body).toMatchObject({ title: expect.any(String) });
    expect(body.correlationId).toBe(res.headers.get('x-correlation-id'));
    return body;
  }

  it('creates employers and vacancies with 201 + Location and reads them back', async () => {
    const res = await post(base, '/v1/employers', employerBody(), { 'x-correlation-id': 'corr-gateway-test-1' });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-correlation-id')).toBe('corr-gateway-test-1');
    const e = await res.json();
    expect(res.headers.get('location')).toBe(`/v1/employers/${e.id}`);
    expect(e).toMatchObject({ employerType: 'PRIVATE', regionCode: '33.73' });
    expect(await (await get(base, `/v1/employers/${e.id}`)).json()).toEqual(e);
    const v = await (await post(base, '/v1/vacancies', vacancyBody(e.id))).json();
    expect(v).toMatchObject({ state: 'PUBLISHED', employerId: e.id });
    expect((await get(base, `/v1/vacancies/${v.id}`)).status).toBe(200);
  });

  it('runs the vacancy lifecycle over HTTP: draft, publish, fill, illegal transitions as 409, paged listing', async () => {
    const e = await (await post(base, '/v1/employers', employerBody())).json();
    const draft = await (await post(base, '/v1/vacancies', { ...vacancyBody(e.id), draft: true, numberNeeded: 3 })).json();
    expect(draft).toMatchObject({ state: 'DRAFT', publishedAt: null, numberHired: 0 });
    const published = await post(base, `/v1/vacancies/${draft.id}/publish`, {});
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ state: 'PUBLISHED', publishedAt: expect.any(String) });
    const again = await expectProblem(await post(base, `/v1/vacancies/${draft.id}/publish`, {}), 409);
    expect(again.detail).toMatch(/PUBLISHED/);
    await expectProblem(await post(base, `/v1/vacancies/${draft.id}/report-filled`, { numberHired: 4 }), 400);
    await expectProblem(await post(base, `/v1/vacancies/${draft.id}/report-filled`, { numberHired: 'two' }), 400, ['numberHired']);
    const filled = await post(base, `/v1/vacancies/${draft.id}/report-filled`, { numberHired: 2 });
    expect(await filled.json()).toMatchObject({ state: 'FILLED', numberHired: 2 });
    await expectProblem(await post(base, `/v1/vacancies/${draft.id}/close`, {}), 409);
    await expectProblem(await post(base, '/v1/vacancies/00000000-0000-4000-8000-000000000000/publish', {}), 404);
    for (let i = 0; i < 3; i++) expect((await post(base, '/v1/vacancies', vacancyBody(e.id))).status).toBe(201);
    const seen: string[] = [];
    let token = '';
    do {
      const page = await (
        await get(base, `/v1/vacancies?employerId=${e.id}&pageSize=2${token ? `&pageToken=${encodeURIComponent(token)}` : ''}`)
      ).json();
      expect(page.vacancies.length).toBeLessThanOrEqual(2);
      seen.push(...page.vacancies.map((v: { id: string }) => v.id));
      token = page.nextPageToken;
    } while (token);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);
    const filledOnly = await (await get(base, `/v1/vacancies?employerId=${e.id}&state=FILLED`)).json();
    expect(filledOnly.vacancies.map((v: { id: string }) => v.id)).toEqual([draft.id]);
    await expectProblem(await get(base, '/v1/vacancies?pageSize=500&state=GONE'), 400, ['pageSize', 'state']);
  });

  it('replays a POST with the same Idempotency-Key instead of creating twice', async () => {
    const body = employerBody();
    const a = await post(base, '/v1/employers', body, { 'idempotency-key': `key-${body.nib}` });
    const b = await post(base, '/v1/employers', body, { 'idempotency-key': `key-${body.nib}` });
    expect(a.status).toBe(201);
    expect((await b.json()).id).toBe((await a.json()).id);
    await expectProblem(await post(base, '/v1/employers', body), 409);
    await expectProblem(await post(base, '/v1/employers', employerBody(), { 'idempotency-key': 'has spaces' }), 400);
  });

  it('answers bad input with problem+json naming the problem, never 500, storing nothing', async () => {
    const jobs = services.find((s) => s.name === 'jobs')!;
    const count = async () =>
      (await jobs.dataSource.query('SELECT (SELECT count(*) FROM employers)::int + (SELECT count(*) FROM vacancies)::int AS n'))[0].n;
    const before = await count();
    const malformed = await expectProblem(await post(base, '/v1/employers', '{"nib": "912000', {}), 400);
    expect(malformed.code).toBe('MALFORMED_JSON');
    await expectProblem(await post(base, '/v1/employers', { ...employerBody(), isAdmin: true }), 400, ['isAdmin']);
    await expectProblem(await post(base, '/v1/employers', { ...employerBody(), kbliCodes: '62019', legalName: 42 }), 400, [
      'kbliCodes',
      'legalName',
    ]);
    await expectProblem(await post(base, '/v1/employers', { ...employerBody(), nib: '12345' }), 400, ['nib']);
    await expectProblem(await post(base, '/v1/employers', { ...employerBody(), regionCode: '99.99' }), 400, ['regionCode']);
    await expectProblem(await post(base, '/v1/employers', { ...employerBody(), employerType: 'ALIEN' }), 400, ['employerType']);
    await expectProblem(await post(base, '/v1/employers', []), 400);
    await expectProblem(
      await post(base, '/v1/vacancies', {
        ...vacancyBody('00000000-0000-4000-8000-000000000000'),
        numberNeeded: '2',
        validFrom: '2026-02-30',
      }),
      400,
      ['numberNeeded', 'validFrom'],
    );
    // a body the gateway accepts but the service refuses: the service's field violations come through
    await expectProblem(
      await post(base, '/v1/vacancies', { ...vacancyBody('00000000-0000-4000-8000-000000000000'), validUntil: '2026-10-01' }),
      400,
      ['validUntil'],
    );
    await expectProblem(await post(base, '/v1/vacancies', vacancyBody('00000000-0000-4000-8000-000000000000')), 404);
    await expectProblem(await get(base, `/v1/vacancies/00000000-0000-4000-8000-000000000000`), 404);
    await expectProblem(await get(base, `/v1/employers/not-an-id`), 404);
    await expectProblem(await get(base, `/v1/nothing-here`), 404);
    await expectProblem(await get(base, `/v1/reports/vacancies?region=3373&month=2026-1`), 400, ['region', 'month']);
    await expectProblem(await get(base, `/v1/reports/vacancies?region=99&month=2026-11`), 400, ['regionCode']);
    await expectProblem(
      await fetch(`${base}/v1/employers`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...(await sandboxAuth(base)) },
        body: 'x',
      }),
      400,
    );
    expect(await count()).toBe(before);
  });

  it('walks the skeleton: vacancy -> Kafka -> placement report; training, certification, TKM create + get', async () => {
    const month = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 7);
    const reportOf = async (region: string) => await (await get(base, `/v1/reports/vacancies?region=${region}&month=${month}`)).json();
    const before = (await reportOf('34.71')).registered;
    const e = await (await post(base, '/v1/employers', { ...employerBody(), regionCode: '34.71' })).json();
    for (let i = 0; i < 3; i++) expect((await post(base, '/v1/vacancies', { ...vacancyBody(e.id), regionCode: '34.71' })).status).toBe(201);
    await waitFor(async () => (await reportOf('34.71')).registered === before + 3, { what: 'report count' });
    expect((await reportOf('34')).rows.find((r: { regionCode: string }) => r.regionCode === '34.71').registered).toBe(before + 3);

    const program = await post(base, '/v1/training-programs', {
      providerName: 'BLK Yogyakarta',
      title: 'Instalasi Listrik',
      regionCode: '34.71',
      kbjiCode: '7411',
      competencyUnits: ['F.439900.001.01'],
      durationDays: 40,
      capacity: 16,
    });
    expect(program.status).toBe(201);
    const p = await program.json();
    expect((await (await get(base, `/v1/training-programs/${p.id}`)).json()).title).toBe('Instalasi Listrik');
    // a scheme is owned by a licensed LSP (issue 12)
    const lsp = await (await post(base, '/v1/lsps', lspBody('LSP Ketenagalistrikan'))).json();
    const scheme = await post(base, '/v1/certification-schemes', {
      code: `SKM-${Date.now()}`,
      name: 'Teknisi Listrik',
      schemeType: 'KKNI',
      kkniLevel: 3,
      competencyUnits: ['F.439900.001.01'],
      lspId: lsp.id,
    });
    expect(scheme.status).toBe(201);
    const s = await scheme.json();
    expect((await (await get(base, `/v1/certification-schemes/${s.id}`)).json()).schemeType).toBe('KKNI');
    const group = await post(base, '/v1/tkm-groups', {
      name: 'KUB Sejahtera',
      programKind: 'PEMULA',
      regionCode: '34.71',
      memberCount: 10,
    });
    expect(group.status).toBe(201);
    const g = await group.json();
    expect((await (await get(base, `/v1/tkm-groups/${g.id}`)).json()).programKind).toBe('PEMULA');
    // each service's event was consumed by placement
    await waitFor(
      async () => {
        const a = await (await get(base, `/v1/reports/activity?region=34.71&month=${month}`)).json();
        const types = a.counts.map((c: { eventType: string }) => c.eventType);
        return [
          'siapkerja.training.program.published',
          'siapkerja.entrepreneurship.group.registered',
          'siapkerja.jobs.vacancy.registered',
        ].every((t) => types.includes(t));
      },
      { what: 'activity counts' },
    );
    await waitFor(
      async () =>
        (await (await get(base, `/v1/reports/activity?region=00&month=${month}`)).json()).counts.some(
          (c: { eventType: string }) => c.eventType === 'siapkerja.certification.scheme.registered',
        ),
      { what: 'scheme count' },
    );
  });

  it('serves OpenAPI 3.1, Swagger UI, metrics and truthful health', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const p of [
      '/v1/employers',
      '/v1/vacancies',
      '/v1/reports/vacancies',
      '/v1/training-programs',
      '/v1/certification-schemes',
      '/v1/tkm-groups',
    ])
      expect(doc.paths[p]).toBeDefined();
    expect(doc.components.schemas.ProblemDto).toBeDefined();
    expect((await fetch(`${base}/docs`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('http_server_request_duration_seconds_bucket');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    const training = services.find((s) => s.name === 'training')!;
    await training.stop();
    // one service down does not take the API out of rotation: the gateway stays ready and reports it; its routes answer 503
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toMatchObject({ database: { ok: true }, training: { ok: false }, jobs: { ok: true } });
    const res = await post(base, '/v1/training-programs', {
      providerName: 'BLK',
      title: 'X',
      regionCode: '34.71',
      kbjiCode: '7411',
      competencyUnits: ['F.439900.001.01'],
      durationDays: 4,
      capacity: 16,
    });
    await expectProblem(res, 503);
  });

  it('the committed SDK (libs/sdk) matches the OpenAPI document the gateway serves', async () => {
    const doc = await (await fetch(`${base}/openapi.json`)).text();
    const root = path.resolve(__dirname, '../..');
    // openapi-typescript loads ES modules, so it runs in plain node rather than inside jest
    const generated = execFileSync(
      process.execPath,
      [
        '-e',
        "require('./tools/gen-sdk.js').openapiToTs(JSON.parse(require('fs').readFileSync(0, 'utf8'))).then((s) => process.stdout.write(s))",
      ],
      { cwd: root, input: doc, maxBuffer: 64 * 1024 * 1024 },
    ).toString();
    const committed = fs.readFileSync(path.join(root, 'libs/sdk/src/schema.ts'), 'utf8');
    expect(generated).toBe(committed); // run `node tools/gen-sdk.js` after changing the API
  });
});
