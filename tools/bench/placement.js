#!/usr/bin/env node
// `node tools/bench/placement.js` (part of `npm run bench`): the placement service's three figures of issue 14, each side by
// side with its baseline in the same run.
//  0. builds (SWC) and starts, as processes on throw-away databases, identity (sandbox clients), placement, integration and
//     the gateway, all on a Kafka broker (KAFKA_BROKERS, or one started here) under a topic prefix of their own;
//  a. bulk ingest: BENCH_PLACEMENTS placement records (NDJSON, one upload streamed as it is produced) by the sandbox
//     Disnaker system of 33.73 through POST /v1/imports: gateway -> integration -> placement ApplyImportBatch (validate,
//     authorise, person id from the NIK, de-duplicate, placements + sources + archive + receipts); records/s, against a raw
//     `COPY ... FROM STDIN` (pg-copy-streams) of the very same rows (derived from the same records by the service's own
//     parser) into the same tables (`placements` and `placement_sources`, with their indexes). Target: at least 40 % of COPY;
//  b. event-to-report latency: PlacementRecorded events (libs/contracts, buildEvent of libs/events, published by the
//     platform's own Kafka bus with the outbox's key and headers) at BENCH_EVENT_RATE events/s for BENCH_EVENT_SECONDS;
//     for each event, the time from its publish call until the placements read model (what III/7 and III/8 count) holds it,
//     found by polling the table every BENCH_POLL_MS; against the bare Kafka round trip of the same events (a raw kafkajs
//     consumer: publish -> receive). p50 / p99; target p99 under 1 s;
//  c. a province-month IPK report: the read models (`placements`, `ipk_job_seekers`, `ipk_vacancies` and their monthly
//     cells: the tables the consumers fill) seeded with set-based SQL with a year of BENCH_IPK_PLACEMENTS placements (and seekers and vacancies
//     in proportion) over the regencies of six provinces, 12 months, sexes, age bands, education, KBJI, KBLI, channels and
//     employer types; then GET /v1/reports/ipk?region=33&month=... (all forms III/1-III/8, JSON) BENCH_IPK_REQUESTS times
//     (the months in turn), p50 / p95, against the very SQL statements the service runs (captured from its IpkService)
//     run raw over one pg connection. Target: p95 under 100 ms.
// Environment: BENCH_PARTS (a,b,c), BENCH_PLACEMENTS (200000), BENCH_EVENT_RATE (500), BENCH_EVENT_SECONDS (20),
// BENCH_IMPORT_ROUNDS (3: part a's COPY and pipeline run side by side this many times, the median round counts),
// BENCH_POLL_MS (10), BENCH_IPK_PLACEMENTS (1000000), BENCH_IPK_SEEKERS (1.5 x placements), BENCH_IPK_VACANCIES
// (0.3 x placements), BENCH_IPK_REQUESTS (200), BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432/postgres),
// IMPORT_CHUNK_LINES and IMPORT_CHUNKS_IN_FLIGHT (the gateway's, when given), KAFKA_BROKERS (reuse a broker instead of starting one), BENCH_NODE_ARGS (node flags of the service processes, e.g. to profile). Databases and topics are removed at the end. Progress: stderr.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');

const ROOT = path.resolve(__dirname, '../..');
const PARTS = new Set((process.env.BENCH_PARTS || 'a,b,c').split(',').map((s) => s.trim()));
const N_PLACEMENTS = Number(process.env.BENCH_PLACEMENTS || 200_000);
const IMPORT_ROUNDS = Math.max(1, Number(process.env.BENCH_IMPORT_ROUNDS || 3));
const EVENT_RATE = Number(process.env.BENCH_EVENT_RATE || 500);
const EVENT_SECONDS = Number(process.env.BENCH_EVENT_SECONDS || 20);
const POLL_MS = Number(process.env.BENCH_POLL_MS || 10);
const IPK_PLACEMENTS = Number(process.env.BENCH_IPK_PLACEMENTS || 1_000_000);
const IPK_SEEKERS = Number(process.env.BENCH_IPK_SEEKERS || Math.round(IPK_PLACEMENTS * 1.5));
const IPK_VACANCIES = Number(process.env.BENCH_IPK_VACANCIES || Math.round(IPK_PLACEMENTS * 0.3));
const IPK_REQUESTS = Number(process.env.BENCH_IPK_REQUESTS || 200);
const PG_URL = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (m) => process.stderr.write(`[bench:placement] ${m}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ms = (v) => +v.toFixed(1);

const RUN = `${process.pid}_${Date.now().toString(36)}`;
const TOPIC_PREFIX = `bench-placement-${RUN}.`;
const DB = {
  identity: `siapkerja_bench_pl_identity_${RUN}`,
  placement: `siapkerja_bench_pl_placement_${RUN}`,
  integration: `siapkerja_bench_pl_integration_${RUN}`,
  gateway: `siapkerja_bench_pl_gateway_${RUN}`,
};
const PERSON_SECRET = 'bench-person-id-secret-0123456789abcdef';
const CALLER_SECRET = 'bench-caller-signing-secret-0123456789abcdef';

// what the records and events are made of (checked against libs/codes at start)
const KBJI = ['2514', '7212', '5223', '8322', '9112', '3313', '2411', '7411', '5120', '6111', '4110', '8160'];
const KBLI = ['62019', '10710', '47111', '41011', '49431', '56101', '85111', '01111', '25111', '64121'];
const EDUCATION = ['SD', 'SMP', 'SMA', 'SMK', 'SMK', 'SMA', 'D3', 'S1', 'S1', 'SMK'];
const EMPLOYER_TYPES = [
  'PRIVATE',
  'PRIVATE',
  'PRIVATE',
  'PRIVATE',
  'STATE_OWNED',
  'GOVERNMENT',
  'COOPERATIVE',
  'OTHER_BUSINESS',
  'INDIVIDUAL',
];
const PROVINCES = ['31', '32', '33', '34', '35', '36'];
const REPORT_YEAR = 2025;

const processes = require('./processes');
const { cpuSeconds, freePort, waitReady } = processes;

const cpuOf = (pg, procs, work) => processes.cpuOf(pg, PG_URL, Object.values(DB), procs, work);
const startProcess = (name, env) => processes.startProcess(ROOT, name, env);
const dbUrl = (name) => processes.dbUrl(PG_URL, name);

async function token(base, id, secret) {
  const res = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
  });
  if (res.status !== 200) throw new Error(`token for ${id}: ${res.status} ${await res.text()}`);
  return `Bearer ${(await res.json()).access_token}`;
}

/** Empties every read model the parts write (between parts, and before each side of a round of part a) and checkpoints. */
async function emptyReadModels(pg) {
  await pg.query(
    'TRUNCATE placements, placement_sources, person_writers, ipk_placement_cells, event_archive, ipk_job_seekers, ipk_vacancies, inbox_events',
  );
  await pg.query('CHECKPOINT');
}

// ---------------------------------------------------------------------------------------------------------------- part a

/** The i-th placement record of a Disnaker upload of 33.73: one person each, channels, employers and dates varied. */
function makePlacementRecord(bulkPerson, today) {
  const todayMs = Date.parse(`${today}T00:00:00Z`);
  return (i) => {
    const channel = i % 10 < 7 ? 'AKL' : i % 10 < 9 ? 'AKAD' : 'AKAN';
    const r = {
      kind: 'placement',
      key: `pl-3373-${String(i).padStart(7, '0')}`,
      nik: bulkPerson(i, '3373', 700).nik,
      regionCode: '33.73',
      channel,
      ...(channel === 'AKAN' ? { destinationCountry: 'MY' } : { workRegionCode: channel === 'AKL' ? '33.73' : '31.71' }),
      ...(i % 25 === 0 ? { selfEmployed: true } : { employerNib: `912${String(i % 4999).padStart(10, '0')}` }),
      employerType: i % 25 === 0 ? 'INDIVIDUAL' : EMPLOYER_TYPES[i % EMPLOYER_TYPES.length],
      kbjiCode: KBJI[i % KBJI.length],
      kbliCode: KBLI[(i >> 1) % KBLI.length],
      educationLevel: EDUCATION[i % EDUCATION.length],
      placedOn: new Date(todayMs - (1 + (i % 360)) * 86_400_000).toISOString().slice(0, 10),
    };
    return r;
  };
}

/** POSTs the upload (produced as it is sent) and counts the receipts as they stream back, with progress. */
function pushThroughGateway(base, authorization, record, n) {
  async function* upload(onBytes) {
    for (let i = 0; i < n; i += 500) {
      let text = '';
      for (let k = i; k < Math.min(n, i + 500); k++) text += `${JSON.stringify(record(k))}\n`;
      const buf = Buffer.from(text);
      onBytes(buf.length);
      yield buf;
    }
  }
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}/v1/imports`);
    let sent = 0;
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { authorization, 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        let rest = '';
        let receipts = 0;
        let accepted = 0;
        let firstProblem;
        let nextReport = n / 10;
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const parts = (rest + chunk).split('\n');
          rest = parts.pop();
          for (const p of parts) {
            receipts++;
            if (p.includes('"accepted":true')) accepted++;
            else firstProblem ??= p;
          }
          if (receipts >= nextReport) {
            log(`  pipeline: ${receipts} / ${n} receipts (${(sent / 1e6) | 0} MB sent)`);
            nextReport += n / 10;
          }
        });
        res.on('end', () => resolve({ status: res.statusCode, receipts, accepted, firstProblem, bytes: sent }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    Readable.from(upload((b) => (sent += b))).pipe(req);
  });
}

/** CSV field (COPY ... CSV): NULL is an unquoted empty field, '' a quoted one. */
const csv = (v) => (v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`);

/**
 * The raw floor: the same rows (each record through the service's own parser, as the pipeline derives them) streamed with
 * COPY FROM STDIN into placements, then their sources into placement_sources, in one transaction; then emptied again.
 */
async function rawCopy(pg, copyFrom, facts, n) {
  const {
    placementIdOf,
    newPlacementRow,
    PLACEMENT_COPY_COLUMNS: columns,
  } = require('../../dist/services/placement/src/placements/placements.recorder.js');
  const client = new pg.Client({ connectionString: dbUrl(DB.placement) });
  await client.connect();
  try {
    const [{ pid: backend }] = (await client.query('SELECT pg_backend_pid() AS pid')).rows;
    const cpu0 = { bench: process.cpuUsage(), postgres: cpuSeconds(backend) };
    const started = process.hrtime.bigint();
    const sources = [];
    async function* placementRows() {
      let reported = 0;
      for (let i = 0; i < n; i += 1000) {
        let text = '';
        for (let k = i; k < Math.min(n, i + 1000); k++) {
          const f = facts(k);
          const id = placementIdOf(f);
          const row = newPlacementRow(f, id);
          row[row.length - 1] = `{${f.source}}`; // the sources column is an array
          text += `${row.map(csv).join(',')}\n`;
          sources.push(`${[f.sourceKey, id, f.source, f.placedAt].map(csv).join(',')}\n`);
        }
        if (i - reported >= n / 5) {
          log(`  COPY: ${i} / ${n} rows`);
          reported = i;
        }
        yield text;
      }
    }
    await client.query('BEGIN');
    await pipeline(
      Readable.from(placementRows()),
      client.query(copyFrom(`COPY placements (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`)),
    );
    await pipeline(
      Readable.from(
        (function* chunks() {
          for (let i = 0; i < sources.length; i += 1000) yield sources.slice(i, i + 1000).join('');
        })(),
      ),
      client.query(copyFrom('COPY placement_sources (source_key, placement_id, source, reported_at) FROM STDIN WITH (FORMAT csv)')),
    );
    await client.query('COMMIT');
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu0.bench);
    const cpu = { bench: +((used.user + used.system) / 1e6).toFixed(2), postgres: +(cpuSeconds(backend) - cpu0.postgres).toFixed(2) };
    const [{ rows, srcs }] = (
      await client.query('SELECT (SELECT count(*)::int FROM placements) AS rows, (SELECT count(*)::int FROM placement_sources) AS srcs')
    ).rows;
    if (rows !== n || srcs !== n) throw new Error(`COPY stored ${rows} placements and ${srcs} sources of ${n}`);
    await client.query('TRUNCATE placements, placement_sources');
    return { seconds, rows, cpu };
  } finally {
    await client.end();
  }
}

/** Seconds a service spent in one gRPC method so far (its grpc_server_handling_seconds histogram's sum). */
async function grpcSeconds(opsPort, method) {
  const text = await fetch(`http://127.0.0.1:${opsPort}/metrics`).then((r) => r.text());
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith('grpc_server_handling_seconds_sum{') && line.toLowerCase().includes(method.toLowerCase()))
      sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

async function partA(ctx) {
  const n = N_PLACEMENTS;
  log(`(a) bulk ingest of ${n} placement records`);
  const copyFrom = require('pg-copy-streams').from;
  const { bulkPerson } = require('../../dist/libs/testing/src/bulk-import.js');
  const { parsePlacementRecord } = require('../../dist/services/placement/src/imports/imports.rules.js');
  const { PersonIdentity } = require('../../dist/libs/identity/src/index.js');
  const { todayWib } = require('../../dist/libs/codes/src/index.js');
  const today = todayWib();
  const record = makePlacementRecord(bulkPerson, today);
  const identity = new PersonIdentity(PERSON_SECRET);
  // the uploader as the placement service sees it (scope = its client id): the same source keys and rows as the pipeline
  const caller = { sub: 'sandbox-regency-33-73', clientId: 'sandbox-regency-33-73', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' };
  const { requestIdScope } = require('../../dist/libs/persistence/src/index.js');
  const scope = requestIdScope(caller);
  const facts = (i) => {
    const r = record(i);
    const p = parsePlacementRecord(JSON.stringify(r), r.key, scope, 'DISNAKER', caller, identity, today);
    if (!p.ok) throw new Error(`record ${i} invalid: ${p.problemJson}`);
    return p.fact;
  };

  // paired rounds (COPY, then the pipeline, each on emptied tables after a CHECKPOINT): one run of either varies by 10-20%
  // on a 2-core machine (checkpoints, the other processes); every round is printed, the median round counts
  const rounds = [];
  for (let round = 1; round <= IMPORT_ROUNDS; round++) {
    log(`  round ${round} / ${IMPORT_ROUNDS}: raw COPY FROM STDIN of the same rows`);
    await emptyReadModels(ctx.pg);
    const raw = await rawCopy(ctx.pgLib, copyFrom, facts, n);
    log(`  COPY: ${raw.rows} rows in ${raw.seconds.toFixed(1)} s`);
    await emptyReadModels(ctx.pg);
    log(`  round ${round} / ${IMPORT_ROUNDS}: pipeline: POST /v1/imports through the gateway`);
    const before = {
      placement: await grpcSeconds(ctx.opsPorts.placement, 'ApplyImportBatch'),
      integration: await grpcSeconds(ctx.opsPorts.integration, 'AppendImportLines'),
    };
    const t0 = process.hrtime.bigint();
    const load = os.loadavg()[0];
    const { result: r, cpu } = await cpuOf(ctx.pgLib, ctx.procs, () => pushThroughGateway(ctx.base, ctx.regencyToken, record, n));
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    // where the time went: the placement service's ApplyImportBatch calls, the integration service's calls around them
    const placementSeconds = (await grpcSeconds(ctx.opsPorts.placement, 'ApplyImportBatch')) - before.placement;
    const integrationSeconds = (await grpcSeconds(ctx.opsPorts.integration, 'AppendImportLines')) - before.integration;
    const [{ stored, srcs }] = (
      await ctx.pg.query('SELECT (SELECT count(*)::int FROM placements) AS stored, (SELECT count(*)::int FROM placement_sources) AS srcs')
    ).rows;
    if (r.status !== 200 || r.receipts !== n || r.accepted !== n || stored !== n || srcs !== n)
      throw new Error(
        `pipeline incomplete: status ${r.status}, ${r.receipts} receipts, ${r.accepted} accepted, ${stored} placements, ${srcs} sources; ${r.firstProblem ?? ''}`,
      );
    // the same rows: the pipeline's placement ids are the ones the COPY wrote (ids derive from the source keys)
    const { placementIdOf } = require('../../dist/services/placement/src/placements/placements.recorder.js');
    const sample = [0, n >> 1, n - 1].map((i) => placementIdOf(facts(i)));
    const [{ found }] = (await ctx.pg.query('SELECT count(*)::int AS found FROM placements WHERE placement_id = ANY($1)', [sample])).rows;
    if (found !== sample.length) throw new Error('the pipeline stored other rows than the COPY');
    const pipelineRps = n / seconds;
    const copyRps = raw.rows / raw.seconds;
    const result = {
      records: n,
      uploadMB: +(r.bytes / 1e6).toFixed(1),
      pipelineSeconds: +seconds.toFixed(1),
      pipelineRecordsPerS: Math.round(pipelineRps),
      copySeconds: +raw.seconds.toFixed(1),
      copyRecordsPerS: Math.round(copyRps),
      ratio: +(pipelineRps / copyRps).toFixed(3),
      // CPU seconds (user + system) during each side: per process, and per 1,000 records in all; load average at start
      pipelineCpuSeconds: cpu,
      pipelineCpuMsPerRecord: +((1000 * Object.values(cpu).reduce((a, b) => a + b, 0)) / n).toFixed(3),
      copyCpuSeconds: raw.cpu,
      copyCpuMsPerRecord: +((1000 * (raw.cpu.bench + raw.cpu.postgres)) / n).toFixed(3),
      loadAverage1m: +load.toFixed(2),
      // stages: placement ApplyImportBatch, integration around it, gateway around that; with chunks in flight
      // (IMPORT_CHUNKS_IN_FLIGHT) the calls overlap, so these are sums of overlapping calls (the CPU seconds above are not)
      placementApplySeconds: +placementSeconds.toFixed(1),
      integrationOwnSeconds: +(integrationSeconds - placementSeconds).toFixed(1),
    };
    log(`  round ${round}: pipeline ${result.pipelineSeconds} s, COPY ${result.copySeconds} s, ratio ${result.ratio}`);
    rounds.push(result);
  }
  const median = [...rounds].sort((x, y) => x.ratio - y.ratio)[(rounds.length - 1) >> 1];
  console.log(
    JSON.stringify({
      scenario: '(a) bulk ingest of NDJSON placements: POST /v1/imports vs COPY FROM STDIN (placements + placement_sources)',
      rounds: rounds.map((x) => ({ pipelineSeconds: x.pipelineSeconds, copySeconds: x.copySeconds, ratio: x.ratio })),
      // the median round (by ratio), in full
      ...median,
      target40pctOfCopy: median.ratio >= 0.4 ? 'met' : 'MISSED',
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------- part b

async function partB(ctx) {
  const total = Math.round(EVENT_RATE * EVENT_SECONDS);
  log(`(b) event-to-report latency: ${total} PlacementRecorded events at ${EVENT_RATE}/s`);
  const { Kafka, logLevel } = require('kafkajs');
  const { buildEvent, KafkaEventBus } = require('../../dist/libs/events/src/index.js');
  const { PlacementRecorded } = require('../../dist/libs/contracts/src/index.js');
  const { kbliMainGroupOf } = require('../../dist/services/placement/src/ipk/ipk.rules.js');
  const { listRegencies } = require('../../dist/libs/codes/src/index.js');
  const regencies = PROVINCES.flatMap((p) => listRegencies(p).map((r) => r.code));
  const quiet = { warn() {}, error() {}, info() {}, debug() {}, child: () => quiet };
  const bus = new KafkaEventBus({ brokers: ctx.brokers.split(','), clientId: 'bench-placement', logger: quiet, topicPrefix: TOPIC_PREFIX });
  const topic = PlacementRecorded.topic;

  // the baseline: a bare kafkajs consumer of the same topic (its own group), receive time of each event
  const kafka = new Kafka({ clientId: 'bench-placement-raw', brokers: ctx.brokers.split(','), logLevel: logLevel.NOTHING });
  const raw = kafka.consumer({ groupId: `${TOPIC_PREFIX}bench-raw` });
  const received = new Map();
  await raw.connect();
  await raw.subscribe({ topics: [TOPIC_PREFIX + topic], fromBeginning: true });
  const joined = new Promise((r) => raw.on(raw.events.GROUP_JOIN, r));
  await raw.run({
    eachMessage: async ({ message }) => {
      const at = Date.now();
      const id = message.headers?.['ce-id']?.toString();
      if (id && !received.has(id)) received.set(id, at);
    },
  });
  await joined;

  let seq = 0;
  const event = () => {
    const i = seq++;
    const applicationId = crypto.randomUUID();
    const region = regencies[i % regencies.length];
    const channel = i % 10 < 7 ? 'AKL' : i % 10 < 9 ? 'AKAD' : 'AKAN';
    const kbli = KBLI[i % KBLI.length];
    return buildEvent(PlacementRecorded, '/siapkerja/jobs', {
      subject: applicationId,
      regionCode: region,
      data: {
        applicationId,
        vacancyId: crypto.randomUUID(),
        jobSeekerId: crypto.randomUUID(),
        personId: `p_${crypto.createHash('sha256').update(`bench-person-${RUN}-${i}`).digest('base64url')}`,
        employerId: crypto.randomUUID(),
        employerType: EMPLOYER_TYPES[i % EMPLOYER_TYPES.length],
        kbjiCode: KBJI[i % KBJI.length],
        kbliCode: kbli,
        kbliMainGroup: kbliMainGroupOf(kbli),
        workRegionCode: channel === 'AKAD' ? '31.71' : region,
        overseas: channel === 'AKAN',
        ...(channel === 'AKAN' ? { destinationCountry: 'MY' } : {}),
        jobSeekerRegionCode: region,
        sex: i % 2 ? 2 : 1,
        educationLevel: EDUCATION[i % EDUCATION.length],
        ageBand: ['20-29', '20-29', '30-44', '15-19', '45-54'][i % 5],
        channel,
        placedAt: new Date().toISOString(),
      },
    });
  };
  const sent = new Map(); // envelope id -> { at, applicationId }
  const publish = async (events) => {
    const at = Date.now();
    for (const e of events) sent.set(e.id, { at, applicationId: e.data.applicationId });
    await bus.publish(
      events.map((e) => ({ topic, key: e.subject, value: JSON.stringify(e), headers: { 'ce-type': e.type, 'ce-id': e.id } })),
    );
  };

  // the read model, polled: when does each placement become visible to the report?
  const visible = new Map();
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const pending = [];
      for (const [id, s] of sent) if (!visible.has(id)) pending.push([id, s.applicationId]);
      if (pending.length) {
        const byApp = new Map(pending.map(([id, app]) => [app, id]));
        const { rows } = await ctx.pg.query('SELECT application_id::text AS a FROM placements WHERE application_id = ANY($1::uuid[])', [
          [...byApp.keys()],
        ]);
        const at = Date.now();
        for (const r of rows) visible.set(byApp.get(r.a), at);
      }
      await sleep(POLL_MS);
    }
  })();
  const waitAll = async (ids, what, timeoutMs) => {
    const end = Date.now() + timeoutMs;
    while (!ids.every((id) => visible.has(id) && received.has(id))) {
      if (Date.now() > end)
        throw new Error(
          `${what}: ${ids.filter((id) => visible.has(id)).length} visible, ${ids.filter((id) => received.has(id)).length} received of ${ids.length}`,
        );
      await sleep(50);
    }
  };

  try {
    // warm-up (not counted): the consumers' first fetches, connections and plans
    const warm = Array.from({ length: 50 }, event);
    await publish(warm);
    await waitAll(
      warm.map((e) => e.id),
      'warm-up',
      120_000,
    );
    const counted = [];
    log(`  publishing ${total} events over ${EVENT_SECONDS} s`);
    const start = Date.now();
    let published = 0;
    let nextReport = 1;
    while (published < total) {
      const due = Math.min(total, Math.floor(((Date.now() - start) / 1000) * EVENT_RATE));
      if (due > published) {
        const batch = Array.from({ length: due - published }, event);
        counted.push(...batch.map((e) => e.id));
        await publish(batch);
        published = due;
      }
      if (Date.now() - start >= nextReport * 1000) {
        log(`  ${published} published, ${counted.filter((id) => visible.has(id)).length} in the read model`);
        nextReport++;
      }
      await sleep(5);
    }
    const publishSeconds = (Date.now() - start) / 1000;
    await waitAll(counted, 'events in the read model', 120_000);
    const lat = (m) => counted.map((id) => m.get(id) - sent.get(id).at).sort((a, b) => a - b);
    const service = lat(visible);
    const kafkaRt = lat(received);
    const [{ n }] = (
      await ctx.pg.query(`SELECT count(*)::int AS n FROM event_archive WHERE consumer = 'placements' AND event_id = ANY($1)`, [counted])
    ).rows;
    if (n !== counted.length) throw new Error(`only ${n} of ${counted.length} events archived`);
    console.log(
      JSON.stringify({
        scenario: '(b) event-to-report latency: PlacementRecorded publish -> placements read model (III/7, III/8) vs bare Kafka round trip',
        events: counted.length,
        targetRate: EVENT_RATE,
        achievedRate: Math.round(counted.length / publishSeconds),
        pollMs: POLL_MS,
        serviceP50Ms: ms(pct(service, 50)),
        serviceP99Ms: ms(pct(service, 99)),
        serviceMaxMs: ms(service[service.length - 1]),
        kafkaP50Ms: ms(pct(kafkaRt, 50)),
        kafkaP99Ms: ms(pct(kafkaRt, 99)),
        ratioP99: +(pct(service, 99) / Math.max(1, pct(kafkaRt, 99))).toFixed(1),
        targetP99Under1s: pct(service, 99) < 1000 ? 'met' : 'MISSED',
      }),
    );
  } finally {
    polling = false;
    await poller.catch(() => undefined);
    await raw.disconnect().catch(() => undefined);
    await bus.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------- part c

/**
 * A year of placements, seekers and vacancies in the read models, with set-based SQL (hash-spread, not uniform), and
 * their IPK monthly cells computed from them by the service's own statements (services/placement/src/ipk/ipk.cells.ts).
 */
async function seedIpk(pg, regencies) {
  const arr = (a) => `ARRAY[${a.map((x) => `'${x}'`).join(',')}]`;
  // a regency's weight (1-5, from its code): a few big ones, the skew of real registers; h(salt) hashes a row to a value
  const weighted = regencies.flatMap((code) =>
    Array(1 + (parseInt(crypto.createHash('md5').update(code).digest('hex').slice(0, 6), 16) % 5)).fill(code),
  );
  const h = (salt) => `abs(hashtext(g::text || '${salt}'))`;
  const pick = (a, salt) => `(${arr(a)})[1 + ${h(salt)} % ${a.length}]`;
  const region = pick(weighted, 'r');
  const AGE = ['15-19', '20-29', '20-29', '20-29', '30-44', '30-44', '45-54', '55+'];
  const months = (from, n, salt) => `to_char(make_date(${from}, 1, 1) + make_interval(months => ${h(salt)} % ${n}), 'YYYY-MM')`;

  log(`  seeding ${IPK_PLACEMENTS} placements`);
  await pg.query(`
    INSERT INTO placements (placement_id, person_id, employer_id, employer_key, self_employed, employer_type, kbji_code, kbli_code,
                            kbli_main_group, region_code, province_code, work_region_code, overseas, channel, sex, education_level,
                            age_band, month, placed_at, placed_on, sources)
    SELECT md5('p' || g)::uuid, 'bench' || g, e, e::text, false, ${pick(EMPLOYER_TYPES, 'e')}, ${pick(KBJI, 'k')}, kbli, left(kbli, 2),
           region, left(region, 2), CASE WHEN ch = 'AKAD' THEN '31.71' ELSE region END, ch = 'AKAN', ch, 1 + ${h('s')} % 2,
           ${pick(EDUCATION, 'ed')}, ${pick(AGE, 'a')}, to_char(at AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM'), at,
           (at AT TIME ZONE 'Asia/Jakarta')::date, '{DISNAKER}'
      FROM (SELECT g, md5('e' || (g % 20011))::uuid AS e, ${pick(KBLI, 'l')} AS kbli, ${region} AS region,
                   (ARRAY['AKL','AKL','AKL','AKL','AKL','AKL','AKL','AKAD','AKAD','AKAN'])[1 + ${h('c')} % 10] AS ch,
                   make_timestamptz(${REPORT_YEAR}, 1, 1, 0, 0, 0, 'Asia/Jakarta') + (${h('t')} % (365 * 24 * 60)) * interval '1 minute' AS at
              FROM generate_series(1, ${IPK_PLACEMENTS}) AS g) x`);
  log(`  seeding ${IPK_SEEKERS} job seekers (registered over two years, 70 % leaving the register)`);
  await pg.query(`
    INSERT INTO ipk_job_seekers (job_seeker_id, person_id, region_code, province_code, sex, age_band, education_level, wanted_kbji_codes,
                                 kbji_major_group, registered_month, closed_kind, closed_month)
    SELECT md5('s' || g)::uuid, 'bench' || g, region, left(region, 2), 1 + ${h('s')} % 2, ${pick(AGE, 'a')}, ${pick(EDUCATION, 'ed')},
           ARRAY[kbji], left(kbji, 1), reg,
           CASE WHEN c < 4 THEN 'PLACED' WHEN c < 7 THEN 'REMOVED' END,
           CASE WHEN c < 7 THEN to_char(to_date(reg, 'YYYY-MM') + make_interval(months => ${h('d')} % 7), 'YYYY-MM') END
      FROM (SELECT g, ${region} AS region, ${pick(KBJI, 'k')} AS kbji, ${months(REPORT_YEAR - 1, 24, 'm')} AS reg, ${h('x')} % 10 AS c
              FROM generate_series(1, ${IPK_SEEKERS}) AS g) x`);
  log(`  seeding ${IPK_VACANCIES} vacancies`);
  await pg.query(`
    INSERT INTO ipk_vacancies (vacancy_id, region_code, province_code, kbji_code, kbji_major_group, kbli_main_group, sex_requirement,
                               education_level, positions, registered_month, filled, removed, closed_month)
    SELECT md5('v' || g)::uuid, region, left(region, 2), kbji, left(kbji, 1), left(${pick(KBLI, 'l')}, 2),
           (ARRAY['ANY','ANY','ANY','MALE','FEMALE'])[1 + ${h('x')} % 5], ${pick(EDUCATION, 'ed')}, pos, reg,
           CASE WHEN c < 8 THEN least(pos, ${h('f')} % (pos + 1)) ELSE 0 END,
           CASE WHEN c < 8 THEN pos - least(pos, ${h('f')} % (pos + 1)) ELSE 0 END,
           CASE WHEN c < 8 THEN to_char(to_date(reg, 'YYYY-MM') + make_interval(months => ${h('d')} % 4), 'YYYY-MM') END
      FROM (SELECT g, ${region} AS region, ${pick(KBJI, 'k')} AS kbji, 1 + ${h('p')} % 10 AS pos,
                   ${months(REPORT_YEAR - 1, 24, 'm')} AS reg, ${h('c')} % 10 AS c
              FROM generate_series(1, ${IPK_VACANCIES}) AS g) x`);
  log('  the monthly cells of those rows (what the consumers keep as they write the rows)');
  const { IPK_CELLS_FROM_ROWS } = require('../../dist/services/placement/src/ipk/ipk.cells.js');
  for (const sql of IPK_CELLS_FROM_ROWS) await pg.query(sql);
  await pg.query('ANALYZE placements, ipk_job_seekers, ipk_vacancies, ipk_placement_cells, ipk_seeker_cells, ipk_vacancy_cells');
}

async function partC(ctx) {
  log(`(c) province-month IPK report over a year of ${IPK_PLACEMENTS} placements`);
  const { listRegencies } = require('../../dist/libs/codes/src/index.js');
  const { IpkService } = require('../../dist/services/placement/src/ipk/ipk.service.js');
  const regencies = PROVINCES.flatMap((p) => listRegencies(p).map((r) => r.code));
  const t = Date.now();
  await seedIpk(ctx.pg, regencies);
  log(`  seeded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  const province = '33';
  const monthsOfYear = Array.from({ length: 12 }, (_, i) => `${REPORT_YEAR}-${String(i + 1).padStart(2, '0')}`);

  // the SQL the service runs for the report (all forms), captured from its own IpkService, per month
  const statements = new Map();
  for (const month of monthsOfYear) {
    const captured = [];
    const recorder = new IpkService({ query: async (sql, params) => (captured.push({ sql, params }), []) });
    for (const form of ['III/1', 'III/2', 'III/3', 'III/4', 'III/5', 'III/6', 'III/7', 'III/8'])
      await recorder.tables(form, 'province', province, month);
    statements.set(month, captured);
  }

  // one check that the gateway answers from the seeded rows: III/7's total for the province-month equals a direct count
  const check = await fetch(`${ctx.base}/v1/reports/ipk?region=${province}&month=${monthsOfYear[5]}&form=III-7`, {
    headers: { authorization: ctx.provinceToken },
  }).then((r) => r.json());
  const total = check.forms?.[0]?.tables?.[0]?.rows?.find((r) => r.key === 'TOTAL')?.values;
  const [{ n }] = (
    await ctx.pg.query('SELECT count(*)::int AS n FROM placements WHERE province_code = $1 AND month = $2', [province, monthsOfYear[5]])
  ).rows;
  if (!total || total[total.length - 1] !== n) throw new Error(`III/7 total ${JSON.stringify(total)} is not the ${n} seeded placements`);
  log(`  ${province} ${monthsOfYear[5]}: ${n} placements in III/7`);

  const gateway = [];
  const raw = [];
  const rawOnce = async (month) => {
    const t0 = process.hrtime.bigint();
    for (const s of statements.get(month)) await ctx.pg.query(s.sql, s.params);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  const viaGateway = async (month) => {
    const t0 = process.hrtime.bigint();
    const res = await fetch(`${ctx.base}/v1/reports/ipk?region=${province}&month=${month}`, {
      headers: { authorization: ctx.provinceToken },
    });
    const body = await res.json();
    if (res.status !== 200 || body.forms.length !== 8)
      throw new Error(`report ${month}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  // warm-up: each month once both ways
  for (const m of monthsOfYear) {
    await viaGateway(m);
    await rawOnce(m);
  }
  for (let i = 0; i < IPK_REQUESTS; i++) {
    const m = monthsOfYear[i % 12];
    // interleaved, so both see the same machine
    gateway.push(await viaGateway(m));
    raw.push(await rawOnce(m));
    if ((i + 1) % Math.max(1, Math.floor(IPK_REQUESTS / 5)) === 0) log(`  ${i + 1} / ${IPK_REQUESTS} reports`);
  }
  gateway.sort((a, b) => a - b);
  raw.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      scenario: '(c) province-month IPK report III/1-III/8 (GET /v1/reports/ipk, JSON) vs the same SQL run raw',
      placements: IPK_PLACEMENTS,
      jobSeekers: IPK_SEEKERS,
      vacancies: IPK_VACANCIES,
      region: province,
      statementsPerReport: statements.get(monthsOfYear[0]).length,
      requests: IPK_REQUESTS,
      gatewayP50Ms: ms(pct(gateway, 50)),
      gatewayP95Ms: ms(pct(gateway, 95)),
      rawSqlP50Ms: ms(pct(raw, 50)),
      rawSqlP95Ms: ms(pct(raw, 95)),
      ratioP95: +(pct(gateway, 95) / pct(raw, 95)).toFixed(2),
      targetP95Under100ms: pct(gateway, 95) < 100 ? 'met' : 'MISSED',
    }),
  );
}

// ------------------------------------------------------------------------------------------------------------------ main

async function main() {
  log(`building (SWC); parts ${[...PARTS].join(',')}`);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'tools/build.js'),
      'services/placement',
      'services/identity',
      'services/integration',
      'services/gateway',
      'libs/testing',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  require('../register-paths');
  const pgLib = require('pg');
  const { isKbji, isKbli } = require('../../dist/libs/codes/src/index.js');
  const bad = [...KBJI.filter((c) => !isKbji(c)), ...KBLI.filter((c) => !isKbli(c))];
  if (bad.length) throw new Error(`codes not in the catalogues: ${bad.join(', ')}`);

  const admin = new pgLib.Client({ connectionString: PG_URL });
  await admin.connect();
  for (const name of Object.values(DB)) await admin.query(`CREATE DATABASE ${name}`);
  const procs = [];
  let kafka;
  let brokers = process.env.KAFKA_BROKERS;
  let pg;
  try {
    if (!brokers) {
      const { startBroker } = require('../kafka/broker');
      kafka = await startBroker({ dataDir: path.join(os.tmpdir(), `siapkerja-bench-placement-kafka-${process.pid}`) });
      brokers = kafka.brokers;
    }
    log(`Kafka at ${brokers}, topic prefix ${TOPIC_PREFIX}`);
    const signingKey = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const common = {
      EVENT_BUS: 'kafka',
      KAFKA_BROKERS: brokers,
      KAFKA_TOPIC_PREFIX: TOPIC_PREFIX,
      PERSON_ID_SECRET: PERSON_SECRET,
      CALLER_SIGNING_SECRET: CALLER_SECRET,
    };
    const ports = {};
    const opsPorts = {};
    const dead = '127.0.0.1:1';
    async function service(name, extra = {}) {
      const grpc = await freePort();
      const ops = await freePort();
      const p = startProcess(name, {
        ...common,
        DATABASE_URL: dbUrl(DB[name]),
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(grpc),
        METRICS_PORT: String(ops),
        ...extra,
      });
      procs.push(p);
      await waitReady(`http://127.0.0.1:${ops}/health/live`, p);
      ports[name] = grpc;
      opsPorts[name] = ops;
    }
    log('starting identity, placement, integration, gateway');
    await service('identity', { AUTH_SIGNING_KEY: signingKey, AUTH_ACCESS_TTL_S: '3600', SANDBOX: 'true', NODE_ENV: 'development' });
    await service('placement');
    await service('integration', { JOBS_GRPC_URL: dead, TRAINING_GRPC_URL: dead, PLACEMENT_GRPC_URL: `127.0.0.1:${ports.placement}` });
    const httpPort = await freePort();
    const gateway = startProcess('gateway', {
      ...common,
      DATABASE_URL: dbUrl(DB.gateway),
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      SANDBOX: 'true',
      NODE_ENV: 'development',
      RATE_LIMIT_IP_PER_MINUTE: '10000000',
      RATE_LIMIT_BULK_PER_MINUTE: '10000000',
      IDENTITY_GRPC_URL: `127.0.0.1:${ports.identity}`,
      INTEGRATION_GRPC_URL: `127.0.0.1:${ports.integration}`,
      PLACEMENT_GRPC_URL: `127.0.0.1:${ports.placement}`,
      JOBS_GRPC_URL: dead,
      TRAINING_GRPC_URL: dead,
      CERTIFICATION_GRPC_URL: dead,
      ENTREPRENEURSHIP_GRPC_URL: dead,
      // the gateway's upload chunking, when given (defaults otherwise, as deployed)
      ...Object.fromEntries(
        ['IMPORT_CHUNK_LINES', 'IMPORT_CHUNKS_IN_FLIGHT'].filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
      ),
    });
    procs.push(gateway);
    const base = `http://127.0.0.1:${httpPort}`;
    await waitReady(`${base}/health/live`, gateway);
    // the services' session settings (JIT off): the report's SQL run raw costs what it costs in the service
    const { SESSION_OPTIONS } = require('../../dist/libs/persistence/src/index.js');
    pg = new pgLib.Client({ connectionString: dbUrl(DB.placement), options: SESSION_OPTIONS });
    await pg.connect();
    const ctx = {
      base,
      brokers,
      pg,
      pgLib,
      opsPorts,
      procs,
      regencyToken: await token(base, 'sandbox-regency-33-73', 'sandbox-regency-3373-secret-00000001'),
      provinceToken: await token(base, 'sandbox-province-33', 'sandbox-province-33-secret-0000000001'),
    };
    if (PARTS.has('a')) {
      await partA(ctx);
      await emptyReadModels(pg);
    }
    if (PARTS.has('b')) {
      await partB(ctx);
      await emptyReadModels(pg);
    }
    if (PARTS.has('c')) await partC(ctx);
  } finally {
    await pg?.end().catch(() => undefined);
    for (const p of procs.reverse()) await p.stop();
    if (brokers && !kafka) {
      // the run's own topics (every service created its topics under the prefix)
      const { Kafka, logLevel } = require('kafkajs');
      const a = new Kafka({ clientId: 'bench-placement-cleanup', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
      try {
        await a.connect();
        const mine = (await a.listTopics()).filter((t) => t.startsWith(TOPIC_PREFIX));
        if (mine.length) await a.deleteTopics({ topics: mine });
        log(`deleted ${mine.length} topics`);
      } catch (e) {
        log(`could not delete the topics under ${TOPIC_PREFIX}: ${e}`);
      } finally {
        await a.disconnect().catch(() => undefined);
      }
    }
    if (kafka) await kafka.stop();
    for (const name of Object.values(DB)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

if (require.main === module)
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });

module.exports = { seedIpk, PROVINCES };
