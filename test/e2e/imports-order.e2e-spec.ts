import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, openTrainingBatches, serviceTestEnv, type CallerOptions } from '@siapkerja/testing';
import { integrationService } from '../../services/integration/src/integration.module';
import { trainingService } from '../../services/training/src/training.module';

const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const nikOf = (i: number) => `317101${String(10 + (i % 18)).padStart(2, '0')}0${1 + (i % 9)}9${i % 10}${String(5000 + i).padStart(4, '0')}`;
const PEOPLE = 60;

/**
 * Chunks of one upload in flight at once, applied by the training service through the integration service (real gRPC,
 * PostgreSQL, Kafka): a chunk waits for every earlier chunk it shares an enrolment with, and only for those. Each
 * participant's attendance and completion straddle two chunks, the completion needs the attendance (threshold 100 %), and
 * every chunk is sent at once, the last first: a chunk applied before the earlier chunk it depends on would have its
 * completions refused for missing attendance.
 */
describe('integration service: chunks in flight applied in dependency order (training records)', () => {
  let training: RunningService;
  let integration: RunningService;
  let trainingClient: ServiceClient<'training'>;
  let client: ServiceClient<'integration'>;
  const drops: (() => Promise<void>)[] = [];
  let partner: CallerOptions;
  let batchId: string;

  beforeAll(async () => {
    const tDb = await createTestDatabase('imports_order_training');
    const iDb = await createTestDatabase('imports_order_integration');
    drops.push(tDb.drop, iDb.drop);
    training = await startService(trainingService, serviceTestEnv(tDb.url));
    const trainingUrl = `127.0.0.1:${training.grpcPort}`;
    integration = await startService(
      integrationService,
      serviceTestEnv(iDb.url, { TRAINING_GRPC_URL: trainingUrl, JOBS_GRPC_URL: '127.0.0.1:1', PLACEMENT_GRPC_URL: '127.0.0.1:1' }),
    );
    trainingClient = createServiceClient('training', trainingUrl, { deadlineMs: 60_000 });
    client = createServiceClient('integration', `127.0.0.1:${integration.grpcPort}`, { deadlineMs: 60_000 });

    // a partner platform's batch of PEOPLE accepted participants, running (dates moved into the past)
    const setup = await openTrainingBatches(trainingClient, { clientId: 'pintar', providerName: 'Pintar', capacity: PEOPLE });
    partner = setup.caller;
    [batchId] = setup.batchIds;
    const enrolments = Array.from({ length: PEOPLE }, (_, i) => {
      const nik = nikOf(i);
      const birthDate = `19${nik.slice(10, 12)}-${nik.slice(8, 10)}-${nik.slice(6, 8)}`;
      const json = JSON.stringify({ kind: 'enrolment', key: `e-${i}`, batchId, nik, name: `Peserta ${i}`, birthDate });
      return { line: String(i + 1), key: `e-${i}`, kind: 'enrolment', json };
    });
    const enrolled = await trainingClient.applyImportBatch({ importId: 'setup', records: enrolments }, partner);
    expect(enrolled.receipts.filter((r) => !r.accepted).map((r) => r.problemJson)).toEqual([]);
    await setup.run(training.dataSource);
  }, 120_000);
  afterAll(async () => {
    trainingClient?.close();
    client?.close();
    await integration?.stop();
    await training?.stop();
    for (const d of drops) await d();
  });

  it('applies every completion after its attendance in the chunk before, with all chunks sent at once, the last first', async () => {
    const records: Record<string, unknown>[] = [];
    for (let i = 0; i < PEOPLE; i++) {
      records.push({ kind: 'attendance', key: `a-${i}`, enrolmentKey: `e-${i}`, sessionNumber: 1, present: true });
      records.push({
        kind: 'completion',
        key: `c-${i}`,
        enrolmentKey: `e-${i}`,
        outcome: 'COMPLETED',
        finalScore: 80,
        outcomeDate: day(-1),
      });
    }
    const lines = records.map((r, i) => {
      const data = Buffer.from(JSON.stringify(r));
      return { line: String(i + 1), data, size: String(data.length) };
    });
    // chunks of 3 lines: a participant's completion is in the chunk after the one holding his attendance, every other time
    const chunks: { afterLine: string; lines: typeof lines }[] = [];
    for (let at = 0; at < lines.length; at += 3) chunks.push({ afterLine: String(at), lines: lines.slice(at, at + 3) });
    expect(chunks.length).toBe(40);
    // the partner's token holds training:write: it may import attendance and completion records
    const uploader = {
      metadata: {
        [CALLER_METADATA_KEY]: JSON.stringify({ ...JSON.parse(partner.metadata![CALLER_METADATA_KEY]), scopes: ['training:write'] }),
      },
    };
    const imp = await client.startImport({ idempotencyKey: '', async: false }, uploader);
    const answers = await Promise.all(
      [...chunks].reverse().map((c) => client.appendImportLines({ importId: imp.id, afterLine: c.afterLine, lines: c.lines }, uploader)),
    );
    const receipts = answers.reverse().flatMap((a) => a.receipts);
    expect(receipts.map((r) => Number(r.line))).toEqual(lines.map((l) => Number(l.line)));
    expect(receipts.filter((r) => !r.accepted).map((r) => [r.key, r.problemJson])).toEqual([]);
    const [{ completed }] = await training.dataSource.query(
      `SELECT count(*)::int AS completed FROM enrolments WHERE batch_id = $1 AND state = 'COMPLETED'`,
      [batchId],
    );
    expect(completed).toBe(PEOPLE);
    // the import is applied through its last line
    const [{ applied_through }] = await integration.dataSource.query(`SELECT applied_through FROM imports WHERE id = $1`, [imp.id]);
    expect(Number(applied_through)).toBe(lines.length);
  }, 120_000);
});
