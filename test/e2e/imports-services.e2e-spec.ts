import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import type { integrationV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, jobSeekerRecord, serviceTestEnv, waitFor } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { integrationService } from '../../services/integration/src/integration.module';

const caller = (c: Record<string, unknown>) => ({ metadata: { [CALLER_METADATA_KEY]: JSON.stringify(c) } });
/** A Disnaker system of Kota Salatiga (33.73), another of Kota Semarang, the ministry: tokens that may import every kind. */
const ALL_KINDS = ['jobs:write', 'training:write'];
const salatiga = caller({
  sub: 'client:disnaker-3373',
  roles: ['DISNAKER_REGENCY'],
  regionCode: '33.73',
  clientId: 'disnaker-3373',
  scopes: ALL_KINDS,
});
const semarang = caller({
  sub: 'client:disnaker-3374',
  roles: ['DISNAKER_REGENCY'],
  regionCode: '33.74',
  clientId: 'disnaker-3374',
  scopes: ALL_KINDS,
});
const ministry = caller({ sub: 'admin', roles: ['MINISTRY_ADMIN'], scopes: ALL_KINDS });
/** Salatiga's system with a token for training kinds only (training:write): job seekers and vacancies are not its to import. */
const salatigaTraining = caller({
  sub: 'client:disnaker-3373',
  roles: ['DISNAKER_REGENCY'],
  regionCode: '33.73',
  clientId: 'disnaker-3373',
  scopes: ['training:write'],
});
const UNKNOWN_EMPLOYER = randomUUID();

type Receipt = integrationV1.ImportLineReceipt__Output;

/**
 * Bulk imports end to end below the gateway: the integration service parses the lines and fans the records out to the
 * jobs service's ApplyImportBatch (real gRPC, PostgreSQL, Kafka outbox) with the uploader's caller. TRAINING_GRPC_URL
 * points at the jobs service, which does not serve TrainingService: its kinds must come back rejected (UNIMPLEMENTED),
 * never as an error of the upload; the placement service is not running at all (UNAVAILABLE).
 */
describe('integration service: bulk imports applied by the jobs service', () => {
  let jobs: RunningService;
  let integration: RunningService;
  let client: ServiceClient<'integration'>;
  const drops: (() => Promise<void>)[] = [];
  let employerId: string;

  beforeAll(async () => {
    const jobsDb = await createTestDatabase('integration_imports_jobs');
    const intDb = await createTestDatabase('integration_imports');
    drops.push(jobsDb.drop, intDb.drop);
    jobs = await startService(jobsService, serviceTestEnv(jobsDb.url));
    const jobsUrl = `127.0.0.1:${jobs.grpcPort}`;
    integration = await startService(
      integrationService,
      serviceTestEnv(intDb.url, {
        JOBS_GRPC_URL: jobsUrl,
        TRAINING_GRPC_URL: jobsUrl,
        PLACEMENT_GRPC_URL: '127.0.0.1:1',
        IMPORT_POLL_MS: '50',
      }),
    );
    client = createServiceClient('integration', `127.0.0.1:${integration.grpcPort}`, { deadlineMs: 60000 });
    const jobsClient = createServiceClient('jobs', jobsUrl);
    const employer = await jobsClient.createEmployer(
      {
        employer: {
          nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
          legalName: 'PT Las Salatiga',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['25111'],
          regionCode: '33.73',
        },
      },
      ministry,
    );
    employerId = employer.id;
    jobsClient.close();
  }, 120000);
  afterAll(async () => {
    client?.close();
    await integration?.stop();
    await jobs?.stop();
    for (const d of drops) await d();
  });

  const vacancy = (i: number, extra: Record<string, unknown> = {}) => ({
    kind: 'vacancy',
    key: `loker-${i}`,
    employerId,
    positionName: 'Juru Las',
    kbjiCode: '7212',
    regionCode: '33.73',
    numberNeeded: 2,
    validFrom: new Date().toISOString().slice(0, 10),
    validUntil: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    ...extra,
  });

  /** 1,000 lines: 980 job seekers and 10 vacancies of Salatiga, and 10 bad lines (which, and the field or rule each names). */
  function upload(): { lines: Buffer[]; bad: Map<number, { field: string; status: number }> } {
    const lines: Buffer[] = [];
    const bad = new Map<number, { field: string; status: number }>();
    const add = (x: unknown, expect?: { field: string; status: number }) => {
      lines.push(Buffer.isBuffer(x) ? x : Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)));
      if (expect) bad.set(lines.length, expect);
    };
    for (let i = 0; i < 990; i++) {
      if (i % 99 === 50) add(vacancy(i));
      else add(jobSeekerRecord(i));
      if (i % 100 === 7 && bad.size < 10) {
        const n = bad.size;
        const seeker = jobSeekerRecord(100_000 + n, { key: `bad-${n}` });
        const rows: [unknown, { field: string; status: number }][] = [
          ['{"kind":"job-seeker","key":"bad-0",', { field: 'line', status: 400 }], // malformed JSON
          [
            { ...seeker, key: undefined },
            { field: 'key', status: 400 },
          ], // missing key
          [
            { ...seeker, name: undefined },
            { field: 'name', status: 400 },
          ], // missing field (jobs names it)
          [jobSeekerRecord(100_003, { key: 'bad-3', regionCode: '33.74' }), { field: '', status: 403 }], // another region
          [
            { ...seeker, name: 'Budi\u0000' },
            { field: 'name', status: 400 },
          ], // NUL character
          [
            { ...seeker, kind: 'cuti' },
            { field: 'kind', status: 400 },
          ], // unknown kind
          [Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), { field: 'line', status: 400 }], // not UTF-8
          [
            { ...jobSeekerRecord(0), key: 'bad-7' },
            { field: '', status: 409 },
          ], // the NIK of line 1 again, another key
          [vacancy(9999, { key: 'bad-8', employerId: UNKNOWN_EMPLOYER }), { field: '', status: 404 }], // unknown employer
          [
            { kind: 'completion', key: 'bad-9', enrolmentId: UNKNOWN_EMPLOYER },
            { field: 'kind', status: 501 },
          ], // owner lacks the rpc
        ];
        add(rows[n][0], rows[n][1]);
      }
    }
    return { lines, bad };
  }

  async function send(
    lines: Buffer[],
    opts: { key?: string; async?: boolean; who?: ReturnType<typeof caller> } = {},
  ): Promise<{ imp: integrationV1.Import__Output; receipts: Receipt[] }> {
    const who = opts.who ?? salatiga;
    const imp = await client.startImport({ idempotencyKey: opts.key ?? '', async: !!opts.async }, who);
    const receipts: Receipt[] = [];
    for (let i = 0; i < lines.length; i += 400) {
      const chunk = lines.slice(i, i + 400).map((data, k) => ({ line: String(i + k + 1), data, size: String(data.length) }));
      receipts.push(...(await client.appendImportLines({ importId: imp.id, lines: chunk }, who)).receipts);
    }
    return { imp: await client.completeImport({ importId: imp.id }, who), receipts };
  }

  const count = async (table: string) => Number((await jobs.dataSource.query(`SELECT count(*) AS n FROM ${table}`))[0].n);

  let first: Receipt[];
  let firstImport: integrationV1.Import__Output;

  it('answers 1,000 lines with 990 accepted and 10 rejected receipts, each naming the field or rule', async () => {
    const { lines, bad } = upload();
    expect(lines).toHaveLength(1000);
    const { imp, receipts } = await send(lines, { key: 'salatiga-2026-11' });
    expect(receipts.map((r) => Number(r.line))).toEqual(lines.map((_, i) => i + 1));
    const rejected = receipts.filter((r) => !r.accepted);
    expect(receipts.filter((r) => r.accepted)).toHaveLength(990);
    expect(rejected.map((r) => Number(r.line))).toEqual([...bad.keys()]);
    for (const r of rejected) {
      const want = bad.get(Number(r.line))!;
      const problem = JSON.parse(r.problemJson);
      expect({ line: r.line, status: problem.status }).toEqual({ line: r.line, status: want.status });
      if (want.field) expect(problem.errors.map((e: { field: string }) => e.field)).toContain(want.field);
      expect(problem.detail).toEqual(expect.any(String));
    }
    expect(JSON.parse(rejected[3].problemJson).detail).toMatch(/outside the caller's region 33.73/);
    expect(JSON.parse(rejected[4].problemJson).errors[0].description).toMatch(/NUL/);
    expect(JSON.parse(rejected[9].problemJson).code).toBe('KIND_NOT_SUPPORTED');
    expect(receipts.filter((r) => r.accepted).every((r) => /^[0-9a-f-]{36}$/.test(r.resourceId))).toBe(true);
    expect(imp).toMatchObject({
      state: 'COMPLETED',
      received: '1000',
      accepted: '990',
      rejected: '10',
      idempotencyKey: 'salatiga-2026-11',
    });
    expect(await count('job_seekers')).toBe(980);
    expect(await count('vacancies')).toBe(10);
    // the same events as the single-record use cases, through the outbox: one per accepted record
    const events: { type: string; n: string }[] = await jobs.dataSource.query(
      `SELECT payload->>'type' AS type, count(*) AS n FROM outbox_events GROUP BY 1 ORDER BY 1`,
    );
    expect(events.map((e) => [e.type, Number(e.n)])).toEqual(
      expect.arrayContaining([
        [expect.stringMatching(/job-?seeker.*registered/i), 980],
        [expect.stringMatching(/vacancy.*(registered|published)/i), 10],
      ]),
    );
    first = receipts;
    firstImport = imp;
  }, 180000);

  it('replaying the upload changes nothing and answers the same receipts (same import for the same Idempotency-Key)', async () => {
    const outbox = await count('outbox_events');
    const { imp, receipts } = await send(upload().lines, { key: 'salatiga-2026-11' });
    expect(imp.id).toBe(firstImport.id);
    expect(receipts).toEqual(first);
    expect(await count('job_seekers')).toBe(980);
    expect(await count('vacancies')).toBe(10);
    expect(await count('outbox_events')).toBe(outbox);
    // without the key: a new import, the very same receipts
    const again = await send(upload().lines);
    expect(again.imp.id).not.toBe(firstImport.id);
    expect(again.receipts).toEqual(first);
    expect(await count('outbox_events')).toBe(outbox);
  }, 180000);

  it('an async import keeps its receipts for its uploader, who polls it; anyone else gets NOT_FOUND', async () => {
    const records = [...Array(50)].map((_, i) => Buffer.from(JSON.stringify(jobSeekerRecord(5000 + i))));
    records.push(Buffer.from('not json'));
    const { imp } = await send(records, { async: true, key: 'async-1' });
    expect(imp.state).toMatch(/QUEUED|RUNNING|COMPLETED/);
    const done = await waitFor(
      async () => {
        const r = await client.getImport({ id: imp.id }, salatiga);
        return r.state === 'COMPLETED' ? r : undefined;
      },
      { timeoutMs: 60000, what: 'the async import completed' },
    );
    expect(done).toMatchObject({ received: '51', accepted: '50', rejected: '1' });
    const p1 = await client.listImportReceipts({ importId: imp.id, pageSize: 30, pageToken: '' }, salatiga);
    const p2 = await client.listImportReceipts({ importId: imp.id, pageSize: 30, pageToken: p1.nextPageToken }, salatiga);
    expect([...p1.receipts, ...p2.receipts].map((r) => Number(r.line))).toEqual([...Array(51)].map((_, i) => i + 1));
    expect(p2.nextPageToken).toBe('');
    expect(p2.receipts[20]).toMatchObject({ accepted: false, line: '51' });
    // the same key again: the same import, nothing staged again
    const replay = await client.startImport({ idempotencyKey: 'async-1', async: true }, salatiga);
    expect(replay).toMatchObject({ id: imp.id, replayed: true, state: 'COMPLETED' });
    // another Disnaker system cannot see it, nor append to it
    await expect(client.getImport({ id: imp.id }, semarang)).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(client.listImportReceipts({ importId: imp.id, pageSize: 10, pageToken: '' }, semarang)).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(
      client.appendImportLines({ importId: firstImport.id, lines: [{ line: '1', data: Buffer.from('{}'), size: '2' }] }, semarang),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
  }, 120000);

  it('reads a block of lines (the bulk form): receipts as NDJSON; a block with lines, before afterLine or with a false cut line is refused', async () => {
    const imp = await client.startImport({ idempotencyKey: '', async: false }, salatiga);
    const block = Buffer.from(`${JSON.stringify(jobSeekerRecord(8100))}\r\n\n{"kind":"job-seeker"}\n`);
    const answer = await client.appendImportLines({ importId: imp.id, block, firstLine: '1', ndjsonReceipts: true }, salatiga);
    expect(answer.receipts).toEqual([]);
    const receipts = answer.receiptsNdjson
      .toString()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(receipts).toEqual([
      expect.objectContaining({ line: 1, kind: 'job-seeker', accepted: true, resourceId: expect.any(String) }),
      expect.objectContaining({ line: 3, accepted: false, problem: expect.objectContaining({ status: 400 }) }),
    ]);
    const refused = (req: object) =>
      expect(client.appendImportLines({ importId: imp.id, afterLine: '3', ...req }, salatiga)).rejects.toMatchObject({
        code: status.INVALID_ARGUMENT,
      });
    await refused({ block: Buffer.from('{}\n'), firstLine: '3' });
    await refused({ block: Buffer.from('{}\n'), firstLine: '4', lines: [{ line: '5', data: Buffer.from('{}'), size: '2' }] });
    await refused({ block: Buffer.from('{}\n'), firstLine: '4', cutLines: [{ line: '4', size: '2' }] });
    await refused({ block: Buffer.from('{}\n'), firstLine: '4', cutLines: [{ line: '9', size: '90000' }] });
  }, 60000);

  it('receives an async upload again from the start when it is retried before its body had fully arrived', async () => {
    const lines = [...Array(20)].map((_, i) => ({
      line: String(i + 1),
      data: Buffer.from(JSON.stringify(jobSeekerRecord(8000 + i))),
      size: '0',
    }));
    lines.forEach((l) => (l.size = String(l.data.length)));
    const broken = await client.startImport({ idempotencyKey: 'async-2', async: true }, salatiga);
    await client.appendImportLines({ importId: broken.id, lines: lines.slice(0, 5) }, salatiga);
    // the connection broke; the client sends the whole upload again with the same key
    const retry = await client.startImport({ idempotencyKey: 'async-2', async: true }, salatiga);
    expect(retry).toMatchObject({ id: broken.id, replayed: false, state: 'RECEIVING', received: '0' });
    await client.appendImportLines({ importId: retry.id, lines }, salatiga);
    await client.completeImport({ importId: retry.id }, salatiga);
    const done = await waitFor(
      async () => {
        const r = await client.getImport({ id: retry.id }, salatiga);
        return r.state === 'COMPLETED' ? r : undefined;
      },
      { timeoutMs: 60000, what: 'the retried async import completed' },
    );
    expect(done).toMatchObject({ received: '20', accepted: '20', rejected: '0' });
  }, 120000);

  it('applies a chunk sent before the answer to the one it follows only after that one (after_line), and not at all if it failed', async () => {
    const line = (n: number, record: unknown) => {
      const data = Buffer.from(JSON.stringify(record));
      return { line: String(n), data, size: String(data.length) };
    };
    const imp = await client.startImport({ idempotencyKey: '', async: false }, salatiga);
    // the same key twice: the first line applied wins, the later one answers its receipt (a replay)
    const first = [line(1, vacancy(50_001, { key: 'order-1', positionName: 'Juru Las Pertama' })), line(2, jobSeekerRecord(50_002))];
    const second = [line(3, vacancy(50_003, { key: 'order-1', positionName: 'Juru Las Kedua' })), line(4, jobSeekerRecord(50_004))];
    // the second chunk arrives first
    const later = client.appendImportLines({ importId: imp.id, afterLine: '2', lines: second }, salatiga);
    await new Promise((r) => setTimeout(r, 300));
    const earlier = await client.appendImportLines({ importId: imp.id, afterLine: '0', lines: first }, salatiga);
    const [a, b] = [earlier.receipts, (await later).receipts];
    expect([...a, ...b].map((r) => [Number(r.line), r.accepted])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, true],
    ]);
    expect(b[0].resourceId).toBe(a[0].resourceId);
    const [vacancyRow] = await jobs.dataSource.query(`SELECT position_name FROM vacancies WHERE id = $1`, [a[0].resourceId]);
    expect(vacancyRow.position_name).toBe('Juru Las Pertama');

    // a chunk refused as a whole (a line numbered before its after_line) fails the chunk sent after it, which applies nothing
    const seekers = await count('job_seekers');
    const next = client.appendImportLines({ importId: imp.id, afterLine: '6', lines: [line(7, jobSeekerRecord(50_007))] }, salatiga);
    await expect(
      client.appendImportLines(
        { importId: imp.id, afterLine: '4', lines: [line(4, jobSeekerRecord(50_005)), line(6, jobSeekerRecord(50_006))] },
        salatiga,
      ),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    await expect(next).rejects.toMatchObject({ code: status.ABORTED });
    expect(await count('job_seekers')).toBe(seekers);
  }, 60000);

  it('rejects the kinds the uploader may not import, and a placement whose service is down, per record', async () => {
    const lines = [
      Buffer.from(JSON.stringify(jobSeekerRecord(7000))),
      Buffer.from(JSON.stringify({ kind: 'vacancy', key: 'v-1' })),
      Buffer.from(JSON.stringify({ kind: 'placement', key: 'p-1', nik: '3373010101900001' })),
    ];
    // the kinds come from the token's scopes: training:write imports neither job seekers nor vacancies
    const { receipts } = await send(lines.slice(0, 2), { who: salatigaTraining });
    expect(receipts.map((r) => [r.accepted, JSON.parse(r.problemJson).status])).toEqual([
      [false, 403],
      [false, 403],
    ]);
    await expect(
      client.startImport({ idempotencyKey: '', async: false }, caller({ sub: 'x', roles: ['PARTNER'], scopes: ['jobs:read'] })),
    ).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    const down = await send([lines[2]]);
    expect(JSON.parse(down.receipts[0].problemJson)).toMatchObject({ status: 503 });
  }, 60000);
});
