import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { serviceDefinition, type trainingV1 } from '@siapkerja/contracts';
import { DomainError, errorDetailsOf } from '@siapkerja/errors';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { runWithContext, type RequestContext } from '@siapkerja/logging';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  gatewayCaller,
  serviceTestEnv,
  startFakeAccessLog,
  testNik,
  uniqueSuffix,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { ProvidersService } from '../src/providers/providers.service';
import { trainingService } from '../src/training.module';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);
const ministryCaller = { sub: 'min', roles: ['MINISTRY_ADMIN'] };
const partner = gatewayCaller({ sub: 'client:ph', roles: ['PARTNER'], clientId: 'ph' }, 'training');
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const code = (e: unknown) => (e as { code: number }).code;

/**
 * A create made once per client key stores the request's hash (libs/persistence onceByRequestId): a retry of the same
 * request is answered as a replay, the same key reused for another request is refused (IDEMPOTENCY_KEY_REUSED).
 */
describe('training: request hashes of creates made once per key (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('training_request_hashes');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(trainingService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const providerInput = (name: string) => ({
    kind: 'LPK',
    name,
    regionCode: '33.73',
    accreditationGrade: '',
    accreditationValidUntil: '',
    contactEmail: '',
    contactPhone: '',
    contactWebsite: '',
  });
  const programBody = (title = 'Junior Web Developer'): trainingV1.Program => ({
    providerName: 'BLK Salatiga',
    title,
    regionCode: '33.73',
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01'],
    durationDays: 40,
    capacity: 16,
  });
  /** the gateway's context of a request with an Idempotency-Key: its hash is forwarded, a replay comes back */
  const gateway = (hash: string): RequestContext => ({ correlationId: `corr-${uniqueSuffix()}`, idempotency: { hash, forward: true } });

  it('stores the hash of a provider, replays the same request, refuses the key reused for another one', async () => {
    const providers = new ProvidersService(svc.dataSource);
    const key = `req-${uniqueSuffix()}`;
    const name = `LPK Hash ${uniqueSuffix()}`;
    const count = async () =>
      (await svc.dataSource.query(`SELECT count(*)::int AS n FROM training_providers WHERE name LIKE 'LPK Hash%'`))[0].n as number;

    const first: RequestContext = { correlationId: 'x', caller: ministryCaller, idempotency: { hash: HASH_A } };
    const created = await runWithContext(first, () => providers.create(providerInput(name), key));
    expect(first.idempotency?.replayed).toBeUndefined();
    const [row] = await svc.dataSource.query(`SELECT request_id, request_hash FROM training_providers WHERE id = $1`, [created.id]);
    expect(row).toEqual({ request_id: `account:min|${key}`, request_hash: HASH_A });

    const retry: RequestContext = { correlationId: 'x', caller: ministryCaller, idempotency: { hash: HASH_A } };
    const again = await runWithContext(retry, () => providers.create(providerInput(name), key));
    expect(again.id).toBe(created.id);
    expect(retry.idempotency?.replayed).toBe(true);

    const other: RequestContext = { correlationId: 'x', caller: ministryCaller, idempotency: { hash: HASH_B } };
    const refused = await runWithContext(other, () => providers.create(providerInput(`${name} lain`), key)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).details.reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.idempotency?.replayed).toBeUndefined();
    expect(await count()).toBe(1);

    // a caller that sends no hash (a direct gRPC caller) is taken as the same request
    const plain = await runWithContext({ correlationId: 'x', caller: ministryCaller }, () => providers.create(providerInput(name), key));
    expect(plain.id).toBe(created.id);
    expect(await count()).toBe(1);
  });

  it('over gRPC: a program keeps the hash the gateway forwards; a replay is marked, a reused key is FAILED_PRECONDITION', async () => {
    const key = `req-${uniqueSuffix()}`;
    const first = gateway(HASH_A);
    const p = await runWithContext(first, () => client.createProgram({ program: programBody(), requestId: key }, partner));
    expect(first.idempotency?.replayed).toBeUndefined();
    const [row] = await svc.dataSource.query(`SELECT request_id, request_hash FROM programs WHERE id = $1`, [p.id]);
    expect(row).toEqual({ request_id: `client:ph|${key}`, request_hash: HASH_A });

    const retry = gateway(HASH_A);
    expect((await runWithContext(retry, () => client.createProgram({ program: programBody(), requestId: key }, partner))).id).toBe(p.id);
    expect(retry.idempotency?.replayed).toBe(true);

    const other = gateway(HASH_B);
    const err = await runWithContext(other, () =>
      client.createProgram({ program: programBody('Operator Las'), requestId: key }, partner),
    ).catch((e: unknown) => e);
    expect(code(err)).toBe(status.FAILED_PRECONDITION);
    expect(errorDetailsOf(err).reason).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.idempotency?.replayed).toBeUndefined();
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM programs WHERE title = 'Operator Las'`);
    expect(n).toBe(0);

    // without any hash (a direct gRPC caller): the first program, as before
    expect((await client.createProgram({ program: programBody(), requestId: key }, partner)).id).toBe(p.id);
  });

  it('stores the hash of a batch and of an enrolment (a multi-row insert), none without a key', async () => {
    const program = await client.createProgram({ program: programBody() }, partner);
    const batchKey = `req-${uniqueSuffix()}`;
    const batchBody: trainingV1.Batch = {
      startDate: day(10),
      endDate: day(50),
      registrationOpens: day(0),
      registrationCloses: day(5),
      mode: 'BATCH_MODE_OFFLINE',
    };
    const batch = await runWithContext(gateway(HASH_A), () =>
      client.createBatch({ programId: program.id, batch: batchBody, requestId: batchKey }, partner),
    );
    await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, partner);
    const nik = testNik('3373', '1998-04-12', 1);
    const enrolKey = `req-${uniqueSuffix()}`;
    const enrolment = () =>
      client.createEnrolment({ batchId: batch.id, nik, name: 'Budi Santoso', birthDate: '1998-04-12', requestId: enrolKey }, partner);
    const e = await runWithContext(gateway(HASH_B), enrolment);
    const retry = gateway(HASH_B);
    expect((await runWithContext(retry, enrolment)).id).toBe(e.id);
    expect(retry.idempotency?.replayed).toBe(true);
    const reused = await runWithContext(gateway(HASH_A), enrolment).catch((err: unknown) => err);
    expect(errorDetailsOf(reused).reason).toBe('IDEMPOTENCY_KEY_REUSED');

    const rows = await svc.dataSource.query(
      `SELECT 'batch' AS t, request_hash FROM batches WHERE id = $1
       UNION ALL SELECT 'enrolment', request_hash FROM enrolments WHERE id = $2
       UNION ALL SELECT 'program', request_hash FROM programs WHERE id = $3`,
      [batch.id, e.id, program.id],
    );
    expect(rows).toEqual([
      { t: 'batch', request_hash: HASH_A },
      { t: 'enrolment', request_hash: HASH_B },
      { t: 'program', request_hash: null },
    ]);
  });
});
