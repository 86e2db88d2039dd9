import { status } from '@grpc/grpc-js';
import { ProgramPublished } from '@siapkerja/contracts';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { runWithContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, uniqueSuffix, waitFor } from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

describe('training service (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('training');
    drop = db.drop;
    topic = await collectTopic([ProgramPublished.topic]);
    svc = await startService(trainingService, serviceTestEnv(db.url));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const program = () => ({
    providerName: 'BLK Salatiga',
    title: 'Junior Web Developer',
    regionCode: '33.73',
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01', 'J.620100.002.01', 'TIK.PR02.001.01'],
    durationDays: 40,
    capacity: 16,
  });
  const counts = async () =>
    (await svc.dataSource.query(`SELECT (SELECT count(*) FROM programs)::int AS p, (SELECT count(*) FROM outbox_events)::int AS o`))[0];

  it('serves grpc.health.v1 as SERVING once database and broker are up', async () => {
    const h = new HealthClient(`127.0.0.1:${svc.grpcPort}`);
    expect(await waitFor(async () => (await h.check('siapkerja.training.v1.TrainingService')) === 'SERVING', { what: 'SERVING' })).toBe(
      true,
    );
    h.close();
    const ready = await fetch(`http://127.0.0.1:${svc.opsPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text()).toContain('outbox_pending_events');
  });

  it('publishes a program, persisted and published to Kafka with the correlation id', async () => {
    const corr = `corr-${uniqueSuffix()}`;
    const p = await runWithContext({ correlationId: corr }, () =>
      client.createProgram({ program: program(), requestId: `req-${uniqueSuffix()}` }),
    );
    expect(p).toMatchObject({
      providerName: 'BLK Salatiga',
      title: 'Junior Web Developer',
      regionCode: '33.73',
      kbjiCode: '2512',
      durationDays: 40,
      capacity: 16,
    });
    expect(p.competencyUnits).toEqual(['J.620100.001.01', 'J.620100.002.01', 'TIK.PR02.001.01']);
    expect(Date.parse(p.createTime)).not.toBeNaN();
    expect(await client.getProgram({ id: p.id })).toEqual(p);
    const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === p.id), { what: 'program event on Kafka' });
    expect(msg.topic).toBe('siapkerja.training.program.v1');
    expect(msg.key).toBe(p.id);
    expect(msg.headers['x-correlation-id']).toBe(corr);
    expect(msg.value).toMatchObject({
      specversion: '1.0',
      type: 'siapkerja.training.program.published',
      source: '/siapkerja/training',
      regioncode: '33.73',
      dataschema: 'siapkerja:siapkerja.training.program.v1/siapkerja.training.program.published',
      data: {
        programId: p.id,
        title: 'Junior Web Developer',
        regionCode: '33.73',
        kbjiCode: '2512',
        capacity: 16,
        competencyUnits: p.competencyUnits,
      },
    });
    expect(typeof msg.value.id).toBe('string');
    expect(Date.parse(msg.value.time)).not.toBeNaN();
    expect(Date.parse(msg.value.data.publishedAt)).not.toBeNaN();
    await waitFor(async () => (await svc.relay.pending()) === 0, { what: 'outbox drained' });
  });

  it('is idempotent on requestId', async () => {
    const requestId = `req-${uniqueSuffix()}`;
    const a = await client.createProgram({ program: program(), requestId });
    const b = await client.createProgram({ program: program(), requestId });
    expect(b.id).toBe(a.id);
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [a.id]);
    expect(n).toBe(1);
    const [{ rows }] = await svc.dataSource.query(`SELECT count(*)::int AS rows FROM programs WHERE request_id = $1`, [
      `system|${requestId}`,
    ]);
    expect(rows).toBe(1);
  });

  it('scopes a request id to its caller: two partners with one key get two programs, each its own back', async () => {
    const as = (clientId: string) => ({
      metadata: { 'x-caller': JSON.stringify({ sub: `acc-${clientId}`, roles: ['PARTNER'], clientId }) },
    });
    const [a, b] = [`partner-a-${uniqueSuffix()}`, `partner-b-${uniqueSuffix()}`];
    const requestId = `shared-${uniqueSuffix()}`;
    const pa = await client.createProgram({ program: program(), requestId }, as(a));
    const pb = await client.createProgram({ program: { ...program(), title: 'Operator Las' }, requestId }, as(b));
    expect(pb.id).not.toBe(pa.id);
    expect(pb.title).toBe('Operator Las');
    expect((await client.createProgram({ program: { ...program(), title: 'Lain' }, requestId }, as(a))).id).toBe(pa.id);
    expect((await client.createProgram({ program: program(), requestId }, as(b))).id).toBe(pb.id);
    const rows: { request_id: string }[] = await svc.dataSource.query(
      `SELECT request_id FROM programs WHERE id = ANY($1) ORDER BY request_id`,
      [[pa.id, pb.id]],
    );
    expect(rows.map((r) => r.request_id)).toEqual([`client:${a}|${requestId}`, `client:${b}|${requestId}`]);
  });

  it('rejects bad input naming each field and stores nothing', async () => {
    const before = await counts();
    const err = await client
      .createProgram({
        program: {
          providerName: ' ',
          title: 'x'.repeat(201),
          regionCode: '33',
          kbjiCode: 'abc',
          competencyUnits: ['J.620100.001.01', 'J-620100'],
          durationDays: 0,
          capacity: 1001,
        },
      })
      .catch((x) => x);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    const fields = JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['providerName', 'title', 'regionCode', 'kbjiCode', 'competencyUnits[1]', 'durationDays', 'capacity']),
    );
    expect(fields).not.toContain('competencyUnits[0]');
    const unknownRegency = await client
      .createProgram({ program: { ...program(), regionCode: '99.99', competencyUnits: [] } })
      .catch((x) => x);
    expect(unknownRegency.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(unknownRegency.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field)).toEqual([
      'regionCode',
      'competencyUnits',
    ]);
    const tooMany = await client
      .createProgram({ program: { ...program(), competencyUnits: Array.from({ length: 101 }, () => 'J.620100.001.01') } })
      .catch((x) => x);
    expect(tooMany.code).toBe(status.INVALID_ARGUMENT);
    expect(await counts()).toEqual(before);
  });

  it('lists programs teaching any of the given SKKNI units, newest first, by region, in cursor pages', async () => {
    const unit = `J.${String(600000 + Math.floor(Math.random() * 99999)).padStart(6, '0')}.001.01`;
    const a = await client.createProgram({ program: { ...program(), competencyUnits: [unit, 'J.620100.002.01'] } });
    const b = await client.createProgram({
      program: { ...program(), regionCode: '32.73', competencyUnits: ['J.620100.002.01', unit] },
    });
    await client.createProgram({ program: program() });
    const page1 = await client.listPrograms({ competencyUnits: [unit, 'K.000000.000.00'], pageSize: 1 });
    expect(page1.programs.map((p) => p.id)).toEqual([b.id]);
    const page2 = await client.listPrograms({
      competencyUnits: ['K.000000.000.00', unit],
      pageSize: 1,
      pageToken: page1.nextPageToken,
    });
    expect(page2.programs.map((p) => p.id)).toEqual([a.id]);
    expect(page2.nextPageToken).toBe('');
    expect((await client.listPrograms({ competencyUnits: [unit], regionCode: '33' })).programs.map((p) => p.id)).toEqual([a.id]);
    const bad = await client.listPrograms({ competencyUnits: ['nope'], regionCode: '99' }).catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(bad.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field)).toEqual([
      'competencyUnits[0]',
      'regionCode',
    ]);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expect(client.getProgram({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(client.getProgram({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it("refuses an officer outside the region before looking at anything else, naming the regionCode (the gateway's refusal)", async () => {
    const as = (c: Record<string, unknown>) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
    const ministry = as({ sub: 'ministry', roles: ['MINISTRY_ADMIN'] });
    const semarang = as({ sub: 'officer-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
    const outside = { code: status.PERMISSION_DENIED, details: "regionCode 33.73 is outside the caller's region 33.74" };
    // a create naming a region outside his own: refused although its title is invalid too
    await expect(client.createProgram({ program: { ...program(), title: '' } }, semarang)).rejects.toMatchObject(outside);
    const p = await client.createProgram({ program: program(), requestId: `req-${uniqueSuffix()}` }, ministry);
    await expect(client.getProgram({ id: p.id }, semarang)).rejects.toMatchObject(outside);
    await expect(client.getProgram({ id: p.id }, ministry)).resolves.toMatchObject({ id: p.id });
    // a batch of a program outside his region: refused before its dates are looked at; an unknown program is NOT_FOUND first
    await expect(client.createBatch({ programId: p.id, batch: { startDate: 'soon' } }, semarang)).rejects.toMatchObject(outside);
    await expect(
      client.createBatch({ programId: '00000000-0000-4000-8000-000000000000', batch: { startDate: 'soon' } }, semarang),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
    // a provider of another region: refused before its accreditation is looked at
    const provider = await client.createTrainingProvider(
      { provider: { kind: 'PROVIDER_KIND_LPK', name: `LPK ${uniqueSuffix()}`, regionCode: '33.73' } },
      ministry,
    );
    await expect(
      client.verifyTrainingProvider({ id: provider.id, accreditation: { grade: 'Z', validUntil: '' } }, semarang),
    ).rejects.toMatchObject(outside);
    // an officer without a region is refused everything
    await expect(client.getProgram({ id: p.id }, as({ sub: 'o', roles: ['DISNAKER_REGENCY'] }))).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: 'This officer credential is not bound to a region',
    });
  });

  it('enforces the rules in the database as well', async () => {
    const insert = async (over: Record<string, unknown>) => {
      const row = {
        provider_name: 'BLK',
        title: 'T',
        region_code: '33.73',
        kbji_code: '2512',
        competency_units: ['J.620100.001.01'],
        duration_days: 10,
        capacity: 10,
        ...over,
      };
      // every program belongs to a provider (issue 11)
      const [{ id: providerId }] = await svc.dataSource.query(
        `INSERT INTO training_providers (kind, name, region_code) VALUES ('LPK', 'LPK Uji', '33.73') RETURNING id`,
      );
      return svc.dataSource.query(
        `INSERT INTO programs (provider_name, title, region_code, kbji_code, competency_units, duration_days, capacity, provider_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [...Object.values(row), providerId],
      );
    };
    const before = await counts();
    for (const bad of [
      { provider_name: ' ' },
      { region_code: '33' },
      { kbji_code: 'x' },
      { competency_units: [] },
      { competency_units: ['J.620100.001.01', 'bad'] },
      { competency_units: ['J.620100.001.01', null] },
      { duration_days: 366 },
      { capacity: 0 },
    ]) {
      await expect(insert(bad)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    }
    expect(await counts()).toEqual(before);
  });
});
