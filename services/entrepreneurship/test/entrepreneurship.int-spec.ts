import { status } from '@grpc/grpc-js';
import { TkmGroupRegistered } from '@siapkerja/contracts';
import { DomainError } from '@siapkerja/errors';
import { TransactionalOutbox } from '@siapkerja/events';
import { HealthClient, createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { runWithContext, type RequestContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  uniqueSuffix,
  waitFor,
  violatedFields,
} from '@siapkerja/testing';
import { entrepreneurshipService } from '../src/entrepreneurship.module';
import { GroupsService } from '../src/groups/groups.service';
import type { IdentityClient } from '../src/identity.client';
import { ProgramsService } from '../src/programs/programs.service';

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

  describe('a key retried with another request (request hashes)', () => {
    const caller = { sub: 'min', roles: ['MINISTRY_ADMIN'] };
    const hashed = (hash: string): RequestContext => ({ correlationId: 'x', caller, idempotency: { hash } });
    const services = () => {
      const outbox = new TransactionalOutbox(svc.dataSource, '/siapkerja/entrepreneurship');
      const programs = new ProgramsService(svc.dataSource, outbox);
      // identity is asked only when a mentor is assigned, which these tests do not do
      const identity = { subjectStanding: () => Promise.reject(new Error('identity is not asked here')) } as unknown as IdentityClient;
      return { programs, groups: new GroupsService(svc.dataSource, outbox, new PersonIdentity(TEST_PERSON_SECRET), programs, identity) };
    };
    const rowCount = async (table: string) => (await svc.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
    const refusal = (run: () => Promise<unknown>) =>
      run().then(
        () => {
          throw new Error('expected a refusal');
        },
        (e: unknown) => e,
      );

    it('stores the hash of a program create, replays the same request and refuses another with the same key', async () => {
      const { programs } = services();
      const requestId = `req-${uniqueSuffix()}`;
      const code = `H${uniqueSuffix()
        .replace(/[^A-Za-z0-9]/g, '')
        .toUpperCase()
        .slice(0, 20)}`;
      const input = {
        code,
        name: 'TKM Hash',
        year: 2026,
        fundingBasis: 'PER_GROUP' as const,
        amount: 10_000_000,
        workDays: 0,
        minMembers: 1,
        maxMembers: 10,
        minAge: 18,
        maxAge: 60,
        eligibleStatuses: ['JOB_SEEKER'],
        residenceRule: 'ANY' as const,
        requiresTraining: false,
        trainingProgramIds: [],
      };
      const first = hashed('a'.repeat(64));
      const a = await runWithContext(first, () => programs.create(input, requestId));
      expect(first.idempotency?.replayed).toBeUndefined();
      const [row] = await svc.dataSource.query(`SELECT request_id, request_hash FROM tkm_programs WHERE id = $1`, [a.program.id]);
      expect(row).toEqual({ request_id: `account:min|${requestId}`, request_hash: 'a'.repeat(64) });

      const same = hashed('a'.repeat(64));
      const b = await runWithContext(same, () => programs.create(input, requestId));
      expect(b.program.id).toBe(a.program.id);
      expect(same.idempotency?.replayed).toBe(true);

      const before = await rowCount('tkm_programs');
      const other = hashed('b'.repeat(64));
      const err = await refusal(() => runWithContext(other, () => programs.create({ ...input, name: 'Another' }, requestId)));
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).details.reason).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(other.idempotency?.replayed).toBeUndefined();
      expect(await rowCount('tkm_programs')).toBe(before);

      // a call that carries no hash (a direct gRPC caller) is taken as the same request
      const c = await runWithContext({ correlationId: 'x', caller }, () => programs.create(input, requestId));
      expect(c.program.id).toBe(a.program.id);
      expect(await rowCount('tkm_programs')).toBe(before);
    });

    it('stores the hash of a group registration and refuses the key reused for another group', async () => {
      const { groups } = services();
      const requestId = `req-${uniqueSuffix()}`;
      const input = { name: 'KUB Hash', programKind: 'PEMULA', regionCode: '33.73', memberCount: 5 };
      const a = await runWithContext(hashed('a'.repeat(64)), () => groups.register(input, [], requestId));
      const [row] = await svc.dataSource.query(`SELECT request_hash FROM tkm_groups WHERE id = $1`, [a.group.id]);
      expect(row.request_hash).toBe('a'.repeat(64));
      const same = hashed('a'.repeat(64));
      expect((await runWithContext(same, () => groups.register(input, [], requestId))).group.id).toBe(a.group.id);
      expect(same.idempotency?.replayed).toBe(true);
      const before = await counts();
      const err = await refusal(() =>
        runWithContext(hashed('b'.repeat(64)), () => groups.register({ ...input, memberCount: 6 }, [], requestId)),
      );
      expect((err as DomainError).details.reason).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await counts()).toEqual(before);
      // without a key nothing is stored beside the row
      const d = await runWithContext(hashed('c'.repeat(64)), () => groups.register(input, []));
      expect((await svc.dataSource.query(`SELECT request_id, request_hash FROM tkm_groups WHERE id = $1`, [d.group.id]))[0]).toEqual({
        request_id: null,
        request_hash: null,
      });
    });
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
