import { todayWib } from '@siapkerja/codes';
import { type trainingV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, openTrainingBatches, serviceTestEnv } from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
/** A NIK of the 16-digit format with a serial of our own (testNik's shared counter could run past 9999 over thousands). */
const nikOf = (regency4: string, birthDate: string, sex: 1 | 2, serial: number) => {
  const [y, m, d] = birthDate.split('-');
  return `${regency4}01${String(sex === 2 ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${String(serial).padStart(4, '0')}`;
};
const BATCHES = 5;
const PER = 1000;

/**
 * Throughput of ApplyImportBatch (training's side of the bulk push) beside a raw multi-row INSERT of the same rows into a
 * copy of the enrolments table, in the same run: 5 x 1,000 enrolment records, then 5 x 1,000 completions. The figures are
 * printed (the target, 25% of raw, is for the whole pipeline through the gateway: see the report).
 */
describe('training: ApplyImportBatch throughput (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('training_import_rate');
    drop = db.drop;
    svc = await startService(trainingService, serviceTestEnv(db.url));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`, { deadlineMs: 120_000 });
  }, 60_000);
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  it('applies 5,000 enrolments and 5,000 completions and reports records/s beside raw INSERT', async () => {
    const {
      caller: pintar,
      providerId,
      programId,
      batchIds: batches,
      run,
    } = await openTrainingBatches(client, {
      clientId: 'pintar',
      providerName: 'Pintar',
      capacity: PER,
      batches: BATCHES,
      program: { attendanceThresholdPercent: 1, passingScore: undefined },
    });
    const rec = (line: number, kind: string, key: string, o: Record<string, unknown>): trainingV1.ImportRecord => ({
      line: String(line),
      key,
      kind,
      json: JSON.stringify({ kind, key, ...o }),
    });
    const people = batches.map((batchId, b) =>
      Array.from({ length: PER }, (_, i) => {
        const birthDate = `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`;
        return { batchId, key: `e-${b}-${i}`, nik: nikOf('3171', birthDate, 1, b * PER + i + 1), name: `Peserta ${i}`, birthDate };
      }),
    );

    let t = process.hrtime.bigint();
    for (const group of people)
      await client.applyImportBatch({ importId: 'enrol', records: group.map((p, i) => rec(i + 1, 'enrolment', p.key, p)) }, pintar);
    const enrolSeconds = Number(process.hrtime.bigint() - t) / 1e9;

    await run(svc.dataSource);
    await svc.dataSource.query(
      `INSERT INTO attendance (enrolment_id, batch_id, session_number, present, recorded_by) SELECT id, batch_id, 1, true, 't' FROM enrolments`,
    );

    t = process.hrtime.bigint();
    let accepted = 0;
    for (const group of people) {
      const r = await client.applyImportBatch(
        {
          importId: 'complete',
          records: group.map((p, i) =>
            rec(i + 1, 'completion', `c-${p.key}`, { enrolmentKey: p.key, finalScore: 80, outcomeDate: day(-1) }),
          ),
        },
        pintar,
      );
      accepted += r.receipts.filter((x) => x.accepted).length;
      if (r.receipts.some((x) => !x.accepted)) throw new Error(r.receipts.find((x) => !x.accepted)!.problemJson);
    }
    const completeSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    expect(accepted).toBe(BATCHES * PER);

    // raw: the same rows as multi-row INSERTs of 1,000 into a copy of the table with its indexes (no foreign keys, no
    // events, no receipts); `npm run bench:training-import` measures the whole pipeline through the gateway
    await svc.dataSource.query(`CREATE TABLE raw_enrolments (LIKE enrolments INCLUDING DEFAULTS INCLUDING INDEXES)`);
    t = process.hrtime.bigint();
    for (const group of people) {
      const values = group.map(
        (_, i) =>
          `(gen_random_uuid(), $1, $2, $3, $${4 + i * 3}, $${5 + i * 3}, 'Peserta', $${6 + i * 3}::date, 1, '31.71', 'REGISTERED', 'PARTNER', 'pintar')`,
      );
      await svc.dataSource.query(
        `INSERT INTO raw_enrolments (id, batch_id, program_id, provider_id, person_id, nik, name, birth_date, sex, region_code, state, registrant, registered_by) VALUES ${values.join(',')}`,
        [group[0].batchId, programId, providerId, ...group.flatMap((p) => [p.key, p.nik, p.birthDate])],
      );
    }
    const rawSeconds = Number(process.hrtime.bigint() - t) / 1e9;
    const rate = (s: number) => Math.round((BATCHES * PER) / s);
    console.log(
      `ApplyImportBatch: enrolments ${rate(enrolSeconds)}/s, completions ${rate(completeSeconds)}/s; raw multi-row INSERT ${rate(rawSeconds)}/s ` +
        `(enrolments ${Math.round((100 * rawSeconds) / enrolSeconds)}% of raw, completions ${Math.round((100 * rawSeconds) / completeSeconds)}%)`,
    );
  }, 300_000);
});
