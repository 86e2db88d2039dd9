import http from 'node:http';
import { Readable } from 'node:stream';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { createServiceClient } from '@siapkerja/grpc';
import { jobSeekerRecord, sandboxAuth, waitFor } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

type Receipt = { line: number; kind: string; key: string; accepted: boolean; resourceId?: string; problem?: any };
const NDJSON = 'application/x-ndjson';
const parseNdjson = (text: string) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/**
 * Bulk uploads over HTTP: a Disnaker system of Kota Salatiga (sandbox client regency3373, DISNAKER_REGENCY 33.73,
 * jobs:write) uploads NDJSON through the gateway; the integration service fans the records out to the jobs service
 * (real gRPC, PostgreSQL, Kafka). The training and placement services are not running: their kinds come back rejected.
 */
describe('bulk imports over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  const auth: Record<string, Record<string, string>> = {};
  let employerId: string;

  beforeAll(async () => {
    // chunks of 100 lines: the memory an upload holds anywhere in the pipeline is a few chunks (each stage parses, encodes
    // and decodes a chunk several times over), far below the upload; the 50,000-line test below measures it
    platform = await startInProcessPlatform(
      'e2e_imports',
      [jobsService],
      { IMPORT_CHUNK_LINES: '100' },
      { IMPORT_POLL_MS: '50', PLACEMENT_GRPC_URL: '127.0.0.1:1', TRAINING_GRPC_URL: '127.0.0.1:1' },
    );
    base = platform.base;
    auth.salatiga = await sandboxAuth(base, 'regency3373');
    auth.partnerA = await sandboxAuth(base, 'partnerA');
    auth.reader = await sandboxAuth(base, 'regency3373', 'jobs:read');
    const jobs = createServiceClient('jobs', `127.0.0.1:${platform.services[0].grpcPort}`);
    const employer = await jobs.createEmployer(
      {
        employer: {
          nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
          legalName: 'PT Las Salatiga',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['25111'],
          regionCode: '33.73',
        },
      },
      { metadata: { [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'admin', roles: ['MINISTRY_ADMIN'] }) } },
    );
    employerId = employer.id;
    jobs.close();
  }, 240000);
  afterAll(async () => {
    await platform?.close();
  }, 600000);

  const jobsDb = () => platform.services[0].dataSource;
  const count = async (table: string) => Number((await jobsDb().query(`SELECT count(*) AS n FROM ${table}`))[0].n);
  const upload = (body: string | Buffer, headers: Record<string, string> = {}, who = auth.salatiga) =>
    fetch(`${base}/v1/imports`, { method: 'POST', headers: { 'content-type': NDJSON, ...who, ...headers }, body });

  /** 1,000 lines: 980 job seekers and 10 vacancies of Salatiga, and 10 bad lines with the field or rule each must name. */
  function thousand(): { body: Buffer; bad: Map<number, { status: number; field?: string; code?: string }> } {
    const lines: Buffer[] = [];
    const bad = new Map<number, { status: number; field?: string; code?: string }>();
    const add = (x: unknown, expect?: { status: number; field?: string; code?: string }) => {
      lines.push(Buffer.isBuffer(x) ? x : Buffer.from(typeof x === 'string' ? x : JSON.stringify(x)));
      if (expect) bad.set(lines.length, expect);
    };
    const seeker = (n: number) => jobSeekerRecord(200_000 + n, { key: `bad-${n}` });
    const badLines: [unknown, { status: number; field?: string; code?: string }][] = [
      ['{"kind":"job-seeker","key":"bad-0","nik":', { status: 400, field: 'line', code: 'MALFORMED_JSON' }],
      [
        { ...seeker(1), name: undefined },
        { status: 400, field: 'name' },
      ],
      [
        { ...seeker(2), key: undefined },
        { status: 400, field: 'key' },
      ],
      [jobSeekerRecord(200_003, { key: 'bad-3', regionCode: '33.74' }), { status: 403 }],
      [
        { ...seeker(4), birthPlace: 'Sala\u0000tiga' },
        { status: 400, field: 'birthPlace' },
      ],
      [
        { ...seeker(5), kind: 'pelatihan' },
        { status: 400, field: 'kind' },
      ],
      [
        { ...seeker(6), name: 'x'.repeat(70_000) },
        { status: 400, field: 'line', code: 'LINE_TOO_LONG' },
      ],
      [Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]), { status: 400, field: 'line', code: 'MALFORMED_LINE' }],
      [{ ...jobSeekerRecord(0), key: 'bad-8' }, { status: 409 }],
      [{ kind: 'completion', key: 'bad-9', enrolmentId: '7d0f8f4e-3a57-4c8a-9b8a-5a9e6c1f0b21' }, { status: 503 }],
    ];
    for (let i = 0; i < 990; i++) {
      add(
        i % 99 === 50
          ? {
              kind: 'vacancy',
              key: `loker-${i}`,
              employerId,
              positionName: 'Juru Las',
              kbjiCode: '7212',
              regionCode: '33.73',
              numberNeeded: 2,
              validFrom: new Date().toISOString().slice(0, 10),
              validUntil: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
            }
          : jobSeekerRecord(i),
      );
      if (i % 99 === 7) add(...badLines[bad.size]);
    }
    return { body: Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')])), bad };
  }

  let first: Receipt[];

  it('answers 1,000 lines with 990 accepted and 10 rejected receipts naming the field or rule, streamed as NDJSON', async () => {
    const { body, bad } = thousand();
    const res = await upload(body, { 'idempotency-key': 'salatiga-2026-11' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get('location')).toMatch(/^\/v1\/imports\/[0-9a-f-]{36}$/);
    const receipts: Receipt[] = parseNdjson(await res.text());
    expect(receipts.map((r) => r.line)).toEqual([...Array(1000)].map((_, i) => i + 1));
    expect(receipts.filter((r) => r.accepted)).toHaveLength(990);
    const rejected = receipts.filter((r) => !r.accepted);
    expect(rejected.map((r) => r.line)).toEqual([...bad.keys()]);
    for (const r of rejected) {
      const want = bad.get(r.line)!;
      expect({ line: r.line, status: r.problem.status }).toEqual({ line: r.line, status: want.status });
      if (want.field) expect(r.problem.errors.map((e: { field: string }) => e.field)).toContain(want.field);
      if (want.code) expect(r.problem.code).toBe(want.code);
    }
    expect(rejected[3].problem.detail).toMatch(/outside the caller's region 33.73/);
    expect(await count('job_seekers')).toBe(980);
    expect(await count('vacancies')).toBe(10);
    const imp = await fetch(`${base}${res.headers.get('location')}`, { headers: auth.salatiga }).then((r) => r.json());
    expect(imp).toMatchObject({ state: 'COMPLETED', mode: 'sync', received: 1000, accepted: 990, rejected: 10 });
    // its receipts were answered above and are not kept: asking for them says so (not an empty 200)
    const kept = await fetch(`${base}${res.headers.get('location')}/receipts`, { headers: auth.salatiga });
    expect(kept.status).toBe(409);
    expect(kept.headers.get('content-type')).toMatch(/problem\+json/);
    expect((await kept.json()).detail).toMatch(/synchronous.*Idempotency-Key/);
    first = receipts;
  }, 240000);

  it('replaying the upload changes nothing (rows, events) and answers the same receipts', async () => {
    const outbox = await count('outbox_events');
    for (const headers of [{ 'idempotency-key': 'salatiga-2026-11' }, {}] as Record<string, string>[]) {
      const res = await upload(thousand().body, headers);
      expect(res.status).toBe(200);
      expect(parseNdjson(await res.text())).toEqual(first);
    }
    expect(await count('job_seekers')).toBe(980);
    expect(await count('vacancies')).toBe(10);
    expect(await count('outbox_events')).toBe(outbox);
  }, 240000);

  it('keeps a large upload as an import job the uploader polls; another client gets 404', async () => {
    const lines = [...Array(200)].map((_, i) => JSON.stringify(jobSeekerRecord(300_000 + i))).concat('["not", "an object"]');
    const res = await upload(`${lines.join('\n')}\n`, { prefer: 'respond-async', 'idempotency-key': 'async-1' });
    expect(res.status).toBe(202);
    const imp = await res.json();
    expect(imp).toMatchObject({ mode: 'async', idempotencyKey: 'async-1' });
    expect(res.headers.get('location')).toBe(`/v1/imports/${imp.id}`);
    const done = await waitFor(
      async () => {
        const r = await fetch(`${base}/v1/imports/${imp.id}`, { headers: auth.salatiga }).then((x) => x.json());
        return r.state === 'COMPLETED' ? r : undefined;
      },
      { timeoutMs: 120000, what: 'the async import completed' },
    );
    expect(done).toMatchObject({ received: 201, accepted: 200, rejected: 1 });
    const receipts = await fetch(`${base}/v1/imports/${imp.id}/receipts`, { headers: auth.salatiga });
    expect(receipts.status).toBe(200);
    const list: Receipt[] = parseNdjson(await receipts.text());
    expect(list.map((r) => r.line)).toEqual([...Array(201)].map((_, i) => i + 1));
    expect(list[200]).toMatchObject({ accepted: false, problem: { status: 400, code: 'MALFORMED_JSON' } });
    const after = parseNdjson(
      await fetch(`${base}/v1/imports/${imp.id}/receipts?after=190`, { headers: auth.salatiga }).then((r) => r.text()),
    );
    expect(after.map((r) => r.line)).toEqual([...Array(11)].map((_, i) => 191 + i));
    // the same key again: the same import, answered without reading the body again
    const again = await upload('{}\n', { prefer: 'respond-async', 'idempotency-key': 'async-1' });
    expect(again.status).toBe(202);
    expect((await again.json()).id).toBe(imp.id);
    // another client cannot read it
    for (const path of [`/v1/imports/${imp.id}`, `/v1/imports/${imp.id}/receipts`]) {
      const r = await fetch(`${base}${path}`, { headers: auth.partnerA });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    }
  }, 240000);

  it('refuses an upload that is not NDJSON (415) and a token without an import scope (403); a partner gets per-record refusals', async () => {
    const wrongType = await upload('{}', { 'content-type': 'application/json' });
    expect(wrongType.status).toBe(415);
    const noScope = await upload(`${JSON.stringify(jobSeekerRecord(400_000))}\n`, {}, auth.reader);
    expect(noScope.status).toBe(403);
    const readNoScope = await fetch(`${base}/v1/imports/7d0f8f4e-3a57-4c8a-9b8a-5a9e6c1f0b21`, { headers: auth.reader });
    expect(readNoScope.status).toBe(403);
    const partner = await upload(`${JSON.stringify(jobSeekerRecord(400_001))}\n`, {}, auth.partnerA);
    expect(partner.status).toBe(200);
    expect(parseNdjson(await partner.text())).toEqual([
      expect.objectContaining({ line: 1, accepted: false, problem: expect.objectContaining({ status: 403 }) }),
    ]);
  }, 60000);

  it('streams a 50,000-record upload (about 85 MB) through with bounded memory (heap + buffers grow far less than the upload)', async () => {
    const N = 50_000;
    let bytes = 0;
    async function* body() {
      for (let i = 0; i < N; i += 500) {
        const text =
          [...Array(Math.min(500, N - i))]
            .map((_, k) => JSON.stringify(jobSeekerRecord(500_000 + i + k, { serialBase: 5000, padded: true })))
            .join('\n') + '\n';
        bytes += Buffer.byteLength(text);
        yield Buffer.from(text);
      }
    }
    const retained = () => {
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const baseline = retained();
    let peak = baseline;
    const samples: number[] = [];
    // a sample is a full GC: about once a second, but never more than a fifth of the time (on a slow machine, with a large
    // heap left by earlier suites, a GC every second made the upload ten times slower than the platform is)
    let sampler: NodeJS.Timeout;
    const sample = (): void => {
      const t = performance.now();
      const r = retained();
      samples.push(Math.round((r - baseline) / 1e5) / 10);
      peak = Math.max(peak, r);
      sampler = setTimeout(sample, Math.max(1000, 4 * (performance.now() - t)));
    };
    sampler = setTimeout(sample, 1000);
    const { status, accepted, lines } = await new Promise<{ status: number; accepted: number; lines: number }>((resolve, reject) => {
      const url = new URL(`${base}/v1/imports`);
      const req = http.request(
        {
          hostname: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': NDJSON, ...auth.salatiga },
        },
        (res) => {
          // the receipts are counted as they stream in, never kept
          let acceptedCount = 0;
          let lineCount = 0;
          let rest = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            const parts = (rest + chunk).split('\n');
            rest = parts.pop()!;
            for (const p of parts) {
              lineCount++;
              if (p.includes('"accepted":true')) acceptedCount++;
            }
          });
          res.on('end', () => resolve({ status: res.statusCode!, accepted: acceptedCount, lines: lineCount }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      Readable.from(body()).pipe(req);
    });
    clearTimeout(sampler);
    expect(status).toBe(200);
    expect(lines).toBe(N);
    expect(accepted).toBe(N);
    const growth = peak - baseline;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const mb = bytes / 1e6;
    console.log(samples.join(' '));
    console.log(
      `50,000-record upload: ${mb.toFixed(1)} MB; retained memory (heap + buffers, after GC, whole in-process platform) grew by ` +
        `${median(samples).toFixed(1)} MB (median), ${(growth / 1e6).toFixed(1)} MB at most`,
    );
    // the gateway holds one chunk of lines at a time, each service one batch: what the whole in-process platform (gateway,
    // integration, jobs, Kafka clients) retains is a small part of the upload, and does not grow with it
    expect(median(samples)).toBeLessThan(mb / 3);
    // the peak: a sample taken while a batch is in flight, when the in-process Kafka consumers (whose fetches grow when they
    // fall behind on a loaded machine) also hold a fetch, reached 48 MB once of 85 (about 35 MB usually); holding the
    // upload whole anywhere (a body read before it is streamed) would pass 85 MB
    expect(growth).toBeLessThan((bytes * 3) / 4);
    const half = Math.floor(samples.length / 2);
    // no trend: retaining the upload would raise the floor (what is retained between batches) by about mb / 2 over the second
    // half; a sample taken while a batch is in flight is up to a batch higher, so the halves' floors are compared, not their
    // medians (under a second test worker the samples are bimodal: about 10 MB between batches, 30 MB during one)
    expect(Math.min(...samples.slice(half))).toBeLessThan(Math.min(...samples.slice(0, half)) + mb / 10);
  }, 900000);

  it('numbers lines as the uploader wrote them: CRLF, blank and whitespace-only lines, an over-long line, no final line feed', async () => {
    const rec = (n: number) => JSON.stringify(jobSeekerRecord(n, { key: `framing-${n}`, serialBase: 8000 }));
    const body = `${rec(1)}\r\n\r\n   \n${'x'.repeat(70_000)}\r\n\n${rec(2)}\r\n${rec(3)}`;
    const res = await upload(body);
    expect(res.status).toBe(200);
    const receipts: Receipt[] = parseNdjson(await res.text());
    expect(receipts.map((r) => [r.line, r.key, r.accepted, r.problem?.code])).toEqual([
      [1, 'framing-1', true, undefined],
      [4, '', false, 'LINE_TOO_LONG'],
      [6, 'framing-2', true, undefined],
      [7, 'framing-3', true, undefined],
    ]);
    expect(receipts[1].problem.detail).toBe('The line is 70001 bytes long');
    // a body of blank lines only: nothing to answer
    const blank = await upload('\n\r\n\n');
    expect(blank.status).toBe(200);
    expect(await blank.text()).toBe('');
  });
});
