import { status } from '@grpc/grpc-js';
import { SchemeRegistered } from '@siapkerja/contracts';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { DomainError } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { runWithContext, type RequestContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, uniqueSuffix, waitFor, violatedFields } from '@siapkerja/testing';
import { certificationService } from '../src/certification.module';
import { LspsService } from '../src/lsps/lsps.service';
import { SchemesService } from '../src/schemes/schemes.service';

describe('certification service (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'certification'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  let lspId = '';

  beforeAll(async () => {
    const db = await createTestDatabase('certification');
    drop = db.drop;
    topic = await collectTopic([SchemeRegistered.topic]);
    svc = await startService(certificationService, serviceTestEnv(db.url));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    // a scheme is owned by a licensed LSP (issue 12): the platform itself (no caller) registers it
    lspId = (
      await client.createLsp({
        lsp: {
          name: 'LSP Teknologi Digital',
          lspType: 'LSP_TYPE_P3',
          licenceNumber: `BNSP-LSP-${uniqueSuffix()}`,
          licenceValidUntil: '2030-12-31',
          regionCode: '31',
        },
      })
    ).id;
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const scheme = (code = `SKM-TIK-${uniqueSuffix()}`) => ({
    code,
    name: 'Junior Web Developer',
    schemeType: 'SCHEME_TYPE_KKNI' as const,
    kkniLevel: 3,
    competencyUnits: ['J.620100.001.01', 'J.620100.002.01'],
    kbjiCode: '2512',
    lspId,
  });
  const counts = async () =>
    (await svc.dataSource.query(`SELECT (SELECT count(*) FROM schemes)::int AS s, (SELECT count(*) FROM outbox_events)::int AS o`))[0];

  it('serves grpc.health.v1 as SERVING once database and broker are up', async () => {
    const h = new HealthClient(`127.0.0.1:${svc.grpcPort}`);
    expect(
      await waitFor(async () => (await h.check('siapkerja.certification.v1.CertificationService')) === 'SERVING', { what: 'SERVING' }),
    ).toBe(true);
    h.close();
    const ready = await fetch(`http://127.0.0.1:${svc.opsPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text()).toContain('outbox_pending_events');
  });

  it('registers a scheme, persisted and published to Kafka with the correlation id and no region', async () => {
    const corr = `corr-${uniqueSuffix()}`;
    const body = scheme();
    const s = await runWithContext({ correlationId: corr }, () =>
      client.createScheme({ scheme: body, requestId: `req-${uniqueSuffix()}` }),
    );
    expect(s).toMatchObject({
      code: body.code,
      name: 'Junior Web Developer',
      schemeType: 'SCHEME_TYPE_KKNI',
      kkniLevel: 3,
      kbjiCode: '2512',
      lspName: 'LSP Teknologi Digital',
    });
    expect(s.competencyUnits).toEqual(['J.620100.001.01', 'J.620100.002.01']);
    expect(await client.getScheme({ id: s.id })).toEqual(s);
    const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === s.id), { what: 'scheme event on Kafka' });
    expect(msg.topic).toBe('siapkerja.certification.scheme.v1');
    expect(msg.key).toBe(s.id);
    expect(msg.headers['x-correlation-id']).toBe(corr);
    expect(msg.value).toMatchObject({
      specversion: '1.0',
      type: 'siapkerja.certification.scheme.registered',
      source: '/siapkerja/certification',
      dataschema: 'siapkerja:siapkerja.certification.scheme.v1/siapkerja.certification.scheme.registered',
      data: { schemeId: s.id, code: body.code, schemeType: 'KKNI', kkniLevel: 3, competencyUnits: s.competencyUnits },
    });
    expect(msg.value).not.toHaveProperty('regioncode');
    expect(Date.parse(msg.value.data.registeredAt)).not.toBeNaN();
    await waitFor(async () => (await svc.relay.pending()) === 0, { what: 'outbox drained' });
  });

  it('accepts a non-KKNI scheme with level 0 and no KBJI code', async () => {
    const s = await client.createScheme({ scheme: { ...scheme(), schemeType: 'SCHEME_TYPE_OKUPASI', kkniLevel: 0, kbjiCode: '' } });
    expect(s).toMatchObject({ schemeType: 'SCHEME_TYPE_OKUPASI', kkniLevel: 0, kbjiCode: '' });
  });

  it('is idempotent on requestId and refuses a second scheme with the same code', async () => {
    const requestId = `req-${uniqueSuffix()}`;
    const body = scheme();
    const a = await client.createScheme({ scheme: body, requestId });
    const b = await client.createScheme({ scheme: body, requestId });
    expect(b.id).toBe(a.id);
    await expect(client.createScheme({ scheme: { ...body, code: ` ${body.code} ` } })).rejects.toMatchObject({
      code: status.ALREADY_EXISTS,
    });
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [a.id]);
    expect(n).toBe(1);
  });

  it('stores the request hash with a keyed create: the same request is a replay, another request under the key is refused', async () => {
    const schemes = new SchemesService(svc.dataSource, new TransactionalOutbox(svc.dataSource, '/siapkerja/certification', svc.relay));
    const caller = { sub: 'acc-bnsp', roles: ['BNSP'] };
    const requestId = `req-${uniqueSuffix()}`;
    // the service's own values (the gRPC controller maps SCHEME_TYPE_KKNI to KKNI)
    const body = { ...scheme(), schemeType: 'KKNI' };
    const ctx = (hash?: string): RequestContext => ({ correlationId: 'x', caller, ...(hash ? { idempotency: { hash } } : {}) });
    const hashOf = async (id: string) =>
      (await svc.dataSource.query(`SELECT request_hash FROM schemes WHERE id = $1`, [id]))[0].request_hash as string | null;

    const first = ctx('a'.repeat(64));
    const a = await runWithContext(first, () => schemes.register(body, requestId));
    expect(first.idempotency!.replayed).toBeUndefined();
    expect(await hashOf(a.id)).toBe('a'.repeat(64));
    const before = await counts();

    const same = ctx('a'.repeat(64));
    const b = await runWithContext(same, () => schemes.register(body, requestId));
    expect(b.id).toBe(a.id);
    expect(same.idempotency!.replayed).toBe(true);

    const other = ctx('b'.repeat(64));
    const err = await runWithContext(other, () => schemes.register({ ...body, code: `${body.code}-B` }, requestId)).catch((x) => x);
    expect(err).toBeInstanceOf(DomainError);
    expect(err.details.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.idempotency!.replayed).toBeUndefined();

    // a caller that sends no hash (a direct gRPC call, an import) is answered the first record
    const c = await runWithContext(ctx(), () => schemes.register(body, requestId));
    expect(c.id).toBe(a.id);
    expect(await counts()).toEqual(before);

    // the LSPs keep the hash as well; another request under the key is refused there too
    const lsps = new LspsService(svc.dataSource);
    const lsp = {
      name: 'LSP Hash',
      lspType: 'P3',
      licenceNumber: `BNSP-LSP-${uniqueSuffix()}`,
      licenceValidUntil: '2030-12-31',
      regionCode: '31',
    };
    const lspKey = `req-${uniqueSuffix()}`;
    const l = await runWithContext(ctx('a'.repeat(64)), () => lsps.create(lsp, lspKey));
    const [{ request_hash }] = await svc.dataSource.query(`SELECT request_hash FROM lsps WHERE id = $1`, [l.lsp.id]);
    expect(request_hash).toBe('a'.repeat(64));
    await expect(runWithContext(ctx('b'.repeat(64)), () => lsps.create(lsp, lspKey))).rejects.toMatchObject({
      details: { reason: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('rejects bad input naming each field and stores nothing', async () => {
    const before = await counts();
    const err = await client
      .createScheme({
        scheme: {
          code: ' ',
          name: '',
          schemeType: 'SCHEME_TYPE_UNSPECIFIED',
          kkniLevel: 0,
          competencyUnits: ['J.620100.001.01', 'nope'],
          kbjiCode: 'abc',
          lspId: '',
        },
      })
      .catch((x) => x);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(err)).toEqual(expect.arrayContaining(['code', 'name', 'schemeType', 'competencyUnits[1]', 'kbjiCode', 'lspId']));
    expect(violatedFields(err)).not.toContain('competencyUnits[0]');
    const kkniWithoutLevel = await client.createScheme({ scheme: { ...scheme(), kkniLevel: 10, competencyUnits: [] } }).catch((x) => x);
    expect(kkniWithoutLevel.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(kkniWithoutLevel)).toEqual(['kkniLevel', 'competencyUnits']);
    const levelOnCluster = await client
      .createScheme({ scheme: { ...scheme(), schemeType: 'SCHEME_TYPE_KLASTER', kkniLevel: 2 } })
      .catch((x) => x);
    expect(violatedFields(levelOnCluster)).toEqual(['kkniLevel']);
    const tooMany = await client
      .createScheme({ scheme: { ...scheme(), competencyUnits: Array.from({ length: 201 }, () => 'J.620100.001.01') } })
      .catch((x) => x);
    expect(violatedFields(tooMany)).toEqual(['competencyUnits']);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expect(client.getScheme({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(client.getScheme({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('enforces the rules in the database as well', async () => {
    const insert = (over: Record<string, unknown>) => {
      const row = {
        code: `DB-${uniqueSuffix()}`,
        name: 'N',
        scheme_type: 'KKNI',
        kkni_level: 2,
        competency_units: ['J.620100.001.01'],
        kbji_code: '',
        lsp_name: 'LSP',
        lsp_id: lspId,
        ...over,
      };
      return svc.dataSource.query(
        `INSERT INTO schemes (code, name, scheme_type, kkni_level, competency_units, kbji_code, lsp_name, lsp_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        Object.values(row),
      );
    };
    const before = await counts();
    for (const bad of [
      { code: '' },
      { name: ' ' },
      { scheme_type: 'OTHER' },
      { kkni_level: 0 },
      { scheme_type: 'OKUPASI', kkni_level: 3 },
      { competency_units: [] },
      { competency_units: ['x'] },
      { kbji_code: 'abc' },
      { lsp_name: '' },
    ]) {
      await expect(insert(bad)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    }
    expect(await counts()).toEqual(before);
  });
});
