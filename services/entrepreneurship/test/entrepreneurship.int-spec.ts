import { status } from '@grpc/grpc-js';
import { TkmGroupRegistered } from '@siapkerja/contracts';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { runWithContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, uniqueSuffix, waitFor } from '@siapkerja/testing';
import { entrepreneurshipService } from '../src/entrepreneurship.module';

describe('entrepreneurship service (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'entrepreneurship'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('entrepreneurship');
    drop = db.drop;
    topic = await collectTopic([TkmGroupRegistered.topic]);
    svc = await startService(entrepreneurshipService, serviceTestEnv(db.url));
    client = createServiceClient('entrepreneurship', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const group = () => ({
    name: 'KUB Maju Bersama',
    programKind: 'PROGRAM_KIND_PEMULA' as const,
    regionCode: '33.73',
    memberCount: 10,
    businessField: 'Konveksi',
  });
  const counts = async () =>
    (await svc.dataSource.query(`SELECT (SELECT count(*) FROM tkm_groups)::int AS g, (SELECT count(*) FROM outbox_events)::int AS o`))[0];
  const violatedFields = (err: { metadata: { get(k: string): unknown[] } }) =>
    JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);

  it('serves grpc.health.v1 as SERVING once database and broker are up', async () => {
    const h = new HealthClient(`127.0.0.1:${svc.grpcPort}`);
    expect(
      await waitFor(async () => (await h.check('siapkerja.entrepreneurship.v1.EntrepreneurshipService')) === 'SERVING', {
        what: 'SERVING',
      }),
    ).toBe(true);
    h.close();
    const ready = await fetch(`http://127.0.0.1:${svc.opsPort}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${svc.opsPort}/metrics`)).text()).toContain('outbox_pending_events');
  });

  it('registers a TKM group, persisted and published to Kafka with the correlation id', async () => {
    const corr = `corr-${uniqueSuffix()}`;
    const g = await runWithContext({ correlationId: corr }, () =>
      client.createGroup({ group: group(), requestId: `req-${uniqueSuffix()}` }),
    );
    expect(g).toMatchObject({
      name: 'KUB Maju Bersama',
      programKind: 'PROGRAM_KIND_PEMULA',
      regionCode: '33.73',
      memberCount: 10,
      businessField: 'Konveksi',
    });
    expect(await client.getGroup({ id: g.id })).toEqual(g);
    const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === g.id), { what: 'group event on Kafka' });
    expect(msg.topic).toBe('siapkerja.entrepreneurship.group.v1');
    expect(msg.key).toBe(g.id);
    expect(msg.headers['x-correlation-id']).toBe(corr);
    expect(msg.value).toMatchObject({
      specversion: '1.0',
      type: 'siapkerja.entrepreneurship.group.registered',
      source: '/siapkerja/entrepreneurship',
      regioncode: '33.73',
      dataschema: 'siapkerja:siapkerja.entrepreneurship.group.v1/siapkerja.entrepreneurship.group.registered',
      data: { groupId: g.id, programKind: 'PEMULA', regionCode: '33.73', memberCount: 10 },
    });
    // the group's name and business are not part of the event
    expect(Object.keys(msg.value.data).sort()).toEqual(['groupId', 'memberCount', 'programKind', 'regionCode', 'registeredAt']);
    await waitFor(async () => (await svc.relay.pending()) === 0, { what: 'outbox drained' });
  });

  it('accepts a group without a business field', async () => {
    const g = await client.createGroup({
      group: { ...group(), programKind: 'PROGRAM_KIND_PADAT_KARYA', memberCount: 30, businessField: '' },
    });
    expect(g).toMatchObject({ programKind: 'PROGRAM_KIND_PADAT_KARYA', memberCount: 30, businessField: '' });
  });

  it('is idempotent on requestId', async () => {
    const requestId = `req-${uniqueSuffix()}`;
    const a = await client.createGroup({ group: group(), requestId });
    const b = await client.createGroup({ group: group(), requestId });
    expect(b.id).toBe(a.id);
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [a.id]);
    expect(n).toBe(1);
  });

  it('rejects bad input naming each field and stores nothing', async () => {
    const before = await counts();
    const err = await client
      .createGroup({
        group: { name: '  ', programKind: 'PROGRAM_KIND_UNSPECIFIED', regionCode: '99.99', memberCount: 0, businessField: 'x'.repeat(201) },
      })
      .catch((x) => x);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(err)).toEqual(['name', 'programKind', 'regionCode', 'memberCount', 'businessField']);
    const province = await client.createGroup({ group: { ...group(), regionCode: '33', memberCount: 101 } }).catch((x) => x);
    expect(violatedFields(province)).toEqual(['regionCode', 'memberCount']);
    expect(await counts()).toEqual(before);
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    await expect(client.getGroup({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(client.getGroup({ id: 'not-a-uuid' })).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('enforces the rules in the database as well', async () => {
    // programs are data since TKM complete: a row names its program (the seeded first-release PEMULA program)
    const [{ id: programId }] = await svc.dataSource.query(`SELECT id FROM tkm_programs WHERE code = 'PEMULA' AND year = 2025`);
    const insert = (over: Record<string, unknown>) => {
      const row = {
        name: 'G',
        program_kind: 'PEMULA',
        region_code: '33.73',
        member_count: 10,
        business_field: '',
        program_id: programId,
        ...over,
      };
      return svc.dataSource.query(
        `INSERT INTO tkm_groups (name, program_kind, region_code, member_count, business_field, program_id, program_year) VALUES ($1, $2, $3, $4, $5, $6, 2025)`,
        Object.values(row),
      );
    };
    const before = await counts();
    for (const bad of [
      { name: '' },
      { program_kind: 'other kind' },
      { region_code: '33' },
      { member_count: 0 },
      { member_count: 101 },
      { business_field: 'x'.repeat(201) },
    ]) {
      await expect(insert(bad)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    }
    expect(await counts()).toEqual(before);
  });
});
