import { randomBytes } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { serviceDefinition, type trainingV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  gatewayCaller,
  grpcCode,
  grpcDetails,
  refusal,
  serviceTestEnv,
  startFakeAccessLog,
  testNik,
  uniqueSuffix,
  violatedFields,
  waitFor,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

// callers as the gateway forwards them, with their tokens' scopes
const as = (c: Record<string, unknown>) => gatewayCaller(c, 'training');
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
/** partner platforms not (yet) bound to a provider: each publishes for the provider standing for its client */
const partnerA = as({ sub: 'client:ha', roles: ['PARTNER'], clientId: 'ha' });
const partnerB = as({ sub: 'client:hb', roles: ['PARTNER'], clientId: 'hb' });
const legacyProvider = as({ sub: 'acc-lpk-lama', roles: ['TRAINING_PROVIDER'] });
const seeker = as({ sub: 'acc-seeker', roles: ['JOB_SEEKER'], personId: 'person-hostile-0001' });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73', purpose: 'SUPERVISION' });
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Training read as a hostile caller would: other tenants' ids, one-line fields, repeated items, import envelopes, races. */
describe('training: hostile input (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('training_hostile');
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

  const programBody = (extra: Partial<trainingV1.Program> = {}): trainingV1.Program => ({
    providerName: 'BLK Salatiga',
    title: 'Junior Web Developer',
    regionCode: '33.73',
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01'],
    durationDays: 40,
    capacity: 16,
    ...extra,
  });
  const batchBody = (extra: Partial<trainingV1.Batch> = {}): trainingV1.Batch => ({
    startDate: day(10),
    endDate: day(12),
    registrationOpens: day(0),
    registrationCloses: day(5),
    mode: 'BATCH_MODE_OFFLINE',
    ...extra,
  });
  async function openBatch(owner = partnerA, capacity = 0) {
    const program = await client.createProgram({ program: programBody() }, owner);
    const batch = await client.createBatch({ programId: program.id, batch: batchBody({ capacity }) }, owner);
    await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, owner);
    return { program, batch };
  }

  it("publishes a program only as the caller's own provider: another provider's id is NOT_FOUND like an unknown one", async () => {
    const blk = await client.createTrainingProvider(
      { provider: { kind: 'PROVIDER_KIND_BLK_UPTD', name: `BLK Salatiga ${uniqueSuffix()}`, regionCode: '33.73' } },
      ministry,
    );
    const unknown = await refusal(client.createProgram({ program: programBody({ providerId: UNKNOWN }) }, partnerA));
    expect(grpcCode(unknown)).toBe(status.NOT_FOUND);
    // a partner platform, a provider account without an organization and a person each name the BLK's id
    for (const who of [partnerA, legacyProvider, seeker]) {
      const err = await refusal(client.createProgram({ program: programBody({ providerId: blk.id }) }, who));
      expect(grpcCode(err)).toBe(status.NOT_FOUND);
      expect(grpcDetails(err)).toBe(`Training provider ${blk.id} was not found`);
    }
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM programs WHERE provider_id = $1`, [blk.id]);
    expect(n).toBe(0);
    // the partner's own provider (as an earlier program of it names it) is his to name; the ministry and the BLK's officer name any
    const own = await client.createProgram({ program: programBody() }, partnerB);
    expect((await client.createProgram({ program: programBody({ providerId: own.providerId }) }, partnerB)).providerId).toBe(
      own.providerId,
    );
    expect(grpcCode(await refusal(client.createProgram({ program: programBody({ providerId: own.providerId }) }, partnerA)))).toBe(
      status.NOT_FOUND,
    );
    for (const who of [ministry, officer3373])
      expect((await client.createProgram({ program: programBody({ providerId: blk.id }) }, who)).providerId).toBe(blk.id);
  });

  it('keeps names, titles and session topics on one line (tab or line break: 400 naming the field)', async () => {
    const provider = await refusal(
      client.createTrainingProvider({ provider: { kind: 'PROVIDER_KIND_LPK', name: 'LPK\nMaju', regionCode: '33.73' } }, ministry),
    );
    expect(grpcCode(provider)).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(provider)).toEqual(['name']);
    const created = await refusal(
      client.createProgram({ program: programBody({ title: 'Junior\tWeb', providerName: 'BLK\r\nX' }) }, partnerA),
    );
    expect(grpcCode(created)).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(created)).toEqual(['title', 'providerName']);
    const { program, batch } = await openBatch();
    const updated = await refusal(
      client.updateProgram({ program: { id: program.id, title: 'A\nB' }, updateMask: { paths: ['title'] } }, partnerA),
    );
    expect(violatedFields(updated)).toEqual(['title']);
    const scheduled = await refusal(
      client.createBatch({ programId: program.id, batch: batchBody({ sessions: [{ date: day(10), topic: 'HTML\ndan CSS' }] }) }, partnerA),
    );
    expect(violatedFields(scheduled)).toEqual(['sessions[0].topic']);
    const enrolled = await refusal(
      client.createEnrolment(
        { batchId: batch.id, nik: testNik('3373', '1998-04-12', 1), name: 'Budi\tSantoso', birthDate: '1998-04-12' },
        partnerA,
      ),
    );
    expect(grpcCode(enrolled)).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(enrolled)).toEqual(['name']);
    // around the text is trimmed, as before
    expect((await client.createProgram({ program: programBody({ title: '\tJunior Web Developer\n' }) }, partnerA)).title).toBe(
      'Junior Web Developer',
    );
  });

  it('lists each SKKNI unit of a program once (create and update)', async () => {
    const units = ['J.620100.001.01', 'J.620100.002.01', 'J.620100.001.01'];
    const created = await refusal(client.createProgram({ program: programBody({ competencyUnits: units }) }, partnerA));
    expect(grpcCode(created)).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(created)).toEqual(['competencyUnits[2]']);
    const p = await client.createProgram({ program: programBody() }, partnerA);
    const updated = await refusal(
      client.updateProgram({ program: { id: p.id, competencyUnits: units }, updateMask: { paths: ['competency_units'] } }, partnerA),
    );
    expect(violatedFields(updated)).toEqual(['competencyUnits[2]']);
    expect((await client.getProgram({ id: p.id }, partnerA)).competencyUnits).toEqual(['J.620100.001.01']);
  });

  it("answers a DRAFT program's batches to a stranger as NOT_FOUND, like an unknown program (not an empty page)", async () => {
    const draft = await client.createProgram({ program: programBody({ state: 'PROGRAM_STATE_DRAFT' }) }, partnerA);
    const unknown = await refusal(client.listBatches({ programId: UNKNOWN }, partnerB));
    const stranger = await refusal(client.listBatches({ programId: draft.id }, partnerB));
    expect(grpcCode(stranger)).toBe(grpcCode(unknown));
    expect(grpcCode(stranger)).toBe(status.NOT_FOUND);
    expect(grpcDetails(stranger)).toBe(`Program ${draft.id} was not found`);
    expect((await client.listBatches({ programId: draft.id }, partnerA)).batches).toEqual([]);
  });

  it('refuses import lines out of range (400 naming records[i].line) and answers records with unstorable keys or kinds without a 500', async () => {
    const rec = (line: string, kind: string, key: string): trainingV1.ImportRecord => ({ line, key, kind, json: '{}' });
    for (const line of ['9223372036854775807', '-1', '9007199254740993']) {
      const err = await refusal(
        client.applyImportBatch({ importId: 'h', records: [rec('1', 'enrolment', 'ok'), rec(line, 'enrolment', 'k')] }, partnerA),
      );
      expect(grpcCode(err)).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(err)).toEqual(['records[1].line']);
    }
    // random text does not compress: a key or kind of 10,000 characters of it is past what the receipts' index holds
    const noise = () => randomBytes(7500).toString('base64');
    const records = [
      rec('1', 'enrolment', noise()),
      rec('2', 'no-such-kind', noise()),
      rec('3', noise(), 'k-kind'),
      rec('4', 'enrolment', ''),
    ];
    const { receipts } = await client.applyImportBatch({ importId: 'h', records }, partnerA);
    expect(receipts.map((r) => [r.line, r.accepted, JSON.parse(r.problemJson).errors[0].field])).toEqual([
      ['1', false, 'key'],
      ['2', false, 'kind'],
      ['3', false, 'kind'],
      ['4', false, 'key'],
    ]);
    // answered the same again (nothing was kept for them)
    expect((await client.applyImportBatch({ importId: 'h', records }, partnerA)).receipts.map((r) => r.accepted)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('does not register an enrolment in a batch cancelled while it was being taken (the cancellation commits first)', async () => {
    const { batch } = await openBatch();
    // the cancellation holds the batch row (as BatchesService.transition does: FOR UPDATE), has made it CANCELLED and
    // ended its open enrolments, and has not committed yet when the enrolment comes in
    const cancel = svc.dataSource.createQueryRunner();
    await cancel.connect();
    try {
      await cancel.startTransaction();
      const [{ pid: cancelPid }] = await cancel.query(`SELECT pg_backend_pid() AS pid`);
      await cancel.query(`SELECT id FROM batches WHERE id = $1 FOR UPDATE`, [batch.id]);
      await cancel.query(`UPDATE batches SET state = 'CANCELLED', cancel_reason = 'instruktur sakit' WHERE id = $1`, [batch.id]);
      const enrolling = client
        .createEnrolment(
          { batchId: batch.id, nik: testNik('3373', '1997-03-02', 2), name: 'Siti Rahayu', birthDate: '1997-03-02' },
          partnerA,
        )
        .then(
          (e) => ({ ok: e.state }),
          (e: unknown) => ({ code: grpcCode(e) }),
        );
      // the enrolment waits for the cancellation, wherever it first needs the batch row
      await waitFor(
        async () => {
          const [{ n }] = await svc.dataSource.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))`,
            [cancelPid],
          );
          return n > 0;
        },
        { timeoutMs: 4000, intervalMs: 10, what: 'the enrolment to wait for the cancellation' },
      );
      await cancel.commitTransaction();
      expect(await enrolling).toEqual({ code: status.FAILED_PRECONDITION });
    } finally {
      if (cancel.isTransactionActive) await cancel.rollbackTransaction();
      await cancel.release();
    }
    const rows = await svc.dataSource.query(`SELECT state FROM enrolments WHERE batch_id = $1`, [batch.id]);
    expect(rows).toEqual([]);
  });
});
