import { status } from '@grpc/grpc-js';
import { serviceDefinition, TrainingCompleted, type trainingV1 } from '@siapkerja/contracts';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  openTrainingBatches,
  serviceTestEnv,
  testNik,
  waitFor,
  gatewayCaller,
  startFakeAccessLog,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

// the caller as the gateway signs it: with its token's scopes (a person's token reads and enrols himself only)
const as = (c: Record<string, unknown>) => gatewayCaller(c, 'training');
const code = (e: unknown) => (e as { code: number }).code;
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
/** A NIK of the 16-digit format with a serial of our own (testNik's shared counter could run past 9999 over thousands). */
const nikOf = (regency4: string, birthDate: string, sex: 1 | 2, serial: number) => {
  const [y, m, d] = birthDate.split('-');
  return `${regency4}01${String(sex === 2 ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
};
const N = 1000;

/**
 * Training's side of the partner bulk push (IMPORTS-CONTRACT.md): ApplyImportBatch applies enrolment, attendance and
 * completion records of the caller's own batches, one receipt per record naming the field or rule of a refusal; a replay
 * changes nothing and answers the same receipts; each accepted completion emits exactly one TrainingCompleted.
 */
describe('training: ApplyImportBatch (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  let pintar: ReturnType<typeof as>;
  let other: ReturnType<typeof as>;
  let batchId: string;
  let foreignEnrolment: string;

  beforeAll(async () => {
    const db = await createTestDatabase('training_imports');
    drop = db.drop;
    topic = await collectTopic([TrainingCompleted.topic]);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(trainingService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`, { deadlineMs: 120_000 });
  }, 60_000);
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const rec = (line: number, kind: string, key: string, o: Record<string, unknown>): trainingV1.ImportRecord => ({
    line: String(line),
    key,
    kind,
    json: JSON.stringify({ kind, key, ...o }),
  });
  const apply = (records: trainingV1.ImportRecord[], caller = pintar, importId = 'imp-1') =>
    client.applyImportBatch({ importId, records }, caller);
  const problemOf = (r: trainingV1.ImportReceipt__Output) => JSON.parse(r.problemJson);

  it('refuses a caller who may not import at all (PERMISSION_DENIED); a bad record is rejected alone', async () => {
    const person = as({ sub: 'acc', roles: ['JOB_SEEKER'], personId: 'p-aaaaaaaaaaaaaaaa' });
    expect(code(await client.applyImportBatch({ importId: 'x', records: [] }, person).catch((e) => e))).toBe(status.PERMISSION_DENIED);
  });

  it("applies 1,000 enrolments and their attendance for the caller's own batch; another provider's batch is refused per record", async () => {
    const a = await openTrainingBatches(client, { clientId: 'pintar', capacity: N, program: { durationDays: 3 } });
    pintar = a.caller;
    [batchId] = a.batchIds;
    const b = await openTrainingBatches(client, { clientId: 'lain', capacity: 1, program: { durationDays: 3 } });
    // the other provider's client as the gateway signs it, with its token's scopes (it registers a participant itself)
    other = as(JSON.parse(b.caller.metadata!['x-caller'] as string) as Record<string, unknown>);
    const [otherBatch] = b.batchIds;
    const enrolments = Array.from({ length: N }, (_, i) =>
      rec(i + 1, 'enrolment', `e-${i}`, {
        batchId,
        nik: nikOf('3171', `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`, ((i % 2) + 1) as 1 | 2, i + 1),
        name: `Peserta ${i}`,
        birthDate: `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`,
      }),
    );
    const foreign = rec(N + 1, 'enrolment', 'e-foreign', {
      batchId: otherBatch,
      nik: testNik('3171', '1990-01-01', 1),
      name: 'X',
      birthDate: '1990-01-01',
    });
    const receipts = (await apply([...enrolments, foreign])).receipts;
    expect(receipts.filter((r) => r.accepted)).toHaveLength(N);
    const refused = receipts[N];
    expect(refused).toMatchObject({ line: String(N + 1), key: 'e-foreign', accepted: false, resourceId: '' });
    expect(problemOf(refused)).toMatchObject({ status: 404 });
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE batch_id = $1`, [otherBatch]);
    expect(n).toBe(0);
    // the other provider's own participant, for the completion test below
    foreignEnrolment = (
      await client.createEnrolment(
        { batchId: otherBatch, nik: testNik('3171', '1991-01-01', 1), name: 'Y', birthDate: '1991-01-01' },
        other,
      )
    ).id;

    // selection and the start of the training (dates moved into the past to simulate it)
    await a.run(svc.dataSource);
    await b.run(svc.dataSource);

    const attendance = Array.from({ length: N }, (_, i) =>
      rec(i + 1, 'attendance', `a-${i}`, { enrolmentKey: `e-${i}`, sessionNumber: 1, present: true }),
    );
    const ar = (await apply(attendance)).receipts;
    expect(ar.filter((r) => r.accepted)).toHaveLength(N);
    expect(ar[0].resourceId).toBe(receipts[0].resourceId);
  }, 180_000);

  it('1,000 completions with 10 bad records: 990 accepted, 10 rejected naming the field or rule; a replay changes nothing; one TrainingCompleted per accepted completion', async () => {
    const completion = (i: number, o: Record<string, unknown> = {}) =>
      rec(i + 1, 'completion', `c-${i}`, { enrolmentKey: `e-${i}`, outcome: 'COMPLETED', finalScore: 80, outcomeDate: day(-1), ...o });
    const records = Array.from({ length: N }, (_, i) => completion(i));
    const at = (i: number) => i * 97 + 3;
    const bad: [number, trainingV1.ImportRecord, string | number][] = [
      [0, completion(at(0), { finalScore: 50 }), 'finalScore'],
      [1, completion(at(1), { finalScore: 101 }), 'finalScore'],
      [2, completion(at(2), { finalScore: '80' }), 'finalScore'],
      [3, completion(at(3), { outcomeDate: undefined }), 'outcomeDate'],
      [4, completion(at(4), { outcomeDate: day(2) }), 'outcomeDate'],
      [5, completion(at(5), { enrolmentKey: 'e-unknown' }), 'enrolmentKey'],
      [6, completion(at(6), { enrolmentKey: undefined, enrolmentId: foreignEnrolment }), 404],
      [7, completion(at(7), { outcome: 'GRADUATED' }), 'outcome'],
      [8, { ...completion(at(8)), json: '{"kind":"completion","key":"c-x",' }, 'json'],
      [9, completion(at(9), { note: 'a\u0000b' }), 'note'],
    ];
    for (const [i, r] of bad) records[at(i)] = r;
    const badAt = new Map(bad.map(([i, , why]) => [at(i), why]));

    const first = (await apply(records, pintar, 'imp-2')).receipts;
    expect(first).toHaveLength(N);
    expect(first.map((r) => r.line)).toEqual(records.map((r) => r.line));
    expect(first.filter((r) => r.accepted)).toHaveLength(990);
    for (const [index, why] of badAt) {
      const r = first[index];
      expect(r.accepted).toBe(false);
      const p = problemOf(r);
      if (typeof why === 'number') expect(p.status).toBe(why);
      else expect(p.errors.map((e: { field: string }) => e.field)).toContain(why);
    }
    const count = async () =>
      (
        await svc.dataSource.query(
          `SELECT (SELECT count(*)::int FROM enrolments WHERE batch_id = $1 AND state = 'COMPLETED') AS completed,
                  (SELECT count(*)::int FROM outbox_events WHERE payload->>'type' = 'siapkerja.training.completed' AND payload->'data'->>'batchId' = $1::text) AS events`,
          [batchId],
        )
      )[0];
    expect(await count()).toEqual({ completed: 990, events: 990 });

    const replay = (await apply(records, pintar, 'imp-3')).receipts;
    expect(replay).toEqual(first);
    expect(await count()).toEqual({ completed: 990, events: 990 });

    const delivered = await waitFor(
      async () => {
        const mine = topic.messages.filter((m) => m.value.data?.batchId === batchId);
        return mine.length >= 990 ? mine : undefined;
      },
      { what: '990 TrainingCompleted', timeoutMs: 60_000 },
    );
    expect(new Set(delivered.map((m) => m.value.data.enrolmentId)).size).toBe(990);
    // the person id only: no NIK (16 digits) and no name in the events
    expect(delivered.every((m) => m.value.type === TrainingCompleted.type && !/\d{16}|Peserta/.test(JSON.stringify(m.value.data)))).toBe(
      true,
    );
  }, 180_000);
  it('refuses an enrolmentKey longer than 200 characters as too long, before looking it up, without echoing it', async () => {
    const partner = as({ sub: 'client:long-keys', roles: ['PARTNER'], clientId: 'long-keys' });
    const receipts = (
      await apply(
        [
          rec(1, 'attendance', 'a-long', { enrolmentKey: 'k'.repeat(10_000), sessionNumber: 1, present: true }),
          rec(2, 'completion', 'c-long', { enrolmentKey: 'e'.repeat(201), outcome: 'COMPLETED', finalScore: 80, outcomeDate: day(-1) }),
        ],
        partner,
        'imp-long',
      )
    ).receipts;
    expect(receipts).toHaveLength(2);
    for (const r of receipts) {
      expect(r.accepted).toBe(false);
      expect(problemOf(r)).toMatchObject({ status: 400, errors: [{ field: 'enrolmentKey', description: 'at most 200 characters' }] });
      expect(r.problemJson.length).toBeLessThan(1000);
    }
  });
  it('refuses an enrolmentId that is not a uuid with 400 naming enrolmentId (was 404 naming nothing)', async () => {
    const partner = as({ sub: 'client:bad-ids', roles: ['PARTNER'], clientId: 'bad-ids' });
    const receipts = (
      await apply(
        [
          rec(1, 'attendance', 'a-bad-id', { enrolmentId: 'a\u0001b\r\n', sessionNumber: 1, present: true }),
          rec(2, 'completion', 'c-bad-id', { enrolmentId: 'not-a-uuid', outcome: 'COMPLETED', finalScore: 80, outcomeDate: day(-1) }),
        ],
        partner,
        'imp-bad-ids',
      )
    ).receipts;
    expect(receipts.map((r) => [r.accepted, problemOf(r).status, problemOf(r).errors?.[0]?.field])).toEqual([
      [false, 400, 'enrolmentId'],
      [false, 400, 'enrolmentId'],
    ]);
  });
});
