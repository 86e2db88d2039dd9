#!/usr/bin/env node
// `node tools/bench/bulk-import.js` (part of `npm run bench`): bulk import through the whole pipeline against a raw
// multi-row INSERT of the same rows into the same table, in the same run.
//  1. builds (SWC) and starts, as processes on fresh databases: a Kafka broker (or KAFKA_BROKERS), identity (sandbox
//     clients), jobs, integration and the gateway, with the caller signed as in production;
//  2. raw: the very same job-seeker rows (AK/1 registrations of Kota Salatiga, NIKs made as the records carry them)
//     inserted into jobs' `job_seekers` with multi-row INSERTs of BENCH_IMPORT_BATCH rows, one connection, no
//     validation, no events: the floor of any import; then the table is emptied again;
//  3. pipeline: BENCH_IMPORT_RECORDS records as one NDJSON upload (streamed, never held whole) by the sandbox Disnaker
//     system of 33.73 through POST /v1/imports: gateway -> integration (parse, route) -> jobs ApplyImportBatch (validate,
//     authorize, insert, outbox events, receipts); every receipt is read and counted as it streams back;
//  4. prints records/s of both and their ratio (target: the pipeline at least 25 % of raw), the gateway's peak RSS and
//     the upload size. Progress goes to stderr.
// Environment: BENCH_IMPORT_RECORDS (100000), BENCH_IMPORT_BATCH (1000), BENCH_PG_URL (server, default
// postgres://postgres@127.0.0.1:5432/postgres), KAFKA_BROKERS (reuse a broker instead of starting one).
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const N = Number(process.env.BENCH_IMPORT_RECORDS || 100_000);
const BATCH = Number(process.env.BENCH_IMPORT_BATCH || 1000);
const PG_URL = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const log = (m) => process.stderr.write(`[bench:bulk-import] ${m}\n`);

const processes = require('./processes');
const { freePort, waitReady, peakRssMb } = processes;
const startProcess = (name, env) => processes.startProcess(ROOT, name, env);
const dbUrl = (name) => processes.dbUrl(PG_URL, name);

/** The NDJSON upload, produced as it is sent (the bench holds no more of it than the gateway does). */
async function* upload(jobSeekerRecord, onBytes) {
  for (let i = 0; i < N; i += 500) {
    const n = Math.min(500, N - i);
    let text = '';
    for (let k = 0; k < n; k++) text += `${JSON.stringify(jobSeekerRecord(i + k))}\n`;
    const buf = Buffer.from(text);
    onBytes(buf.length);
    yield buf;
  }
}

/** POSTs the upload and counts the receipts as they stream back, with progress. */
function pushThroughGateway(base, headers, jobSeekerRecord) {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}/v1/imports`);
    let sent = 0;
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        let rest = '';
        let receipts = 0;
        let accepted = 0;
        let firstProblem;
        let nextReport = N / 10;
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
            log(`  pipeline: ${receipts} / ${N} receipts (${(sent / 1e6) | 0} MB sent)`);
            nextReport += N / 10;
          }
        });
        res.on('end', () => resolve({ status: res.statusCode, receipts, accepted, firstProblem, bytes: sent }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    require('node:stream')
      .Readable.from(upload(jobSeekerRecord, (b) => (sent += b)))
      .pipe(req);
  });
}

/** The raw floor: the same rows, multi-row INSERTs of BATCH rows straight into job_seekers. */
async function rawInsert(pg, jobSeekerRecord, identity) {
  const cols = [
    'id',
    'person_id',
    'nik',
    'name',
    'birth_place',
    'birth_date',
    'sex',
    'marital_status',
    'religion',
    'address_line',
    'address_region_code',
    'region_code',
    'education',
    'education_level',
    'wanted_kbji_codes',
    'state',
  ];
  const client = new pg.Client({ connectionString: dbUrl(DB.jobs) });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    for (let i = 0; i < N; i += BATCH) {
      const values = [];
      const rows = [];
      for (let k = i; k < Math.min(N, i + BATCH); k++) {
        const r = jobSeekerRecord(k);
        const b = values.length;
        rows.push(`(${cols.map((_, c) => `$${b + c + 1}`).join(', ')})`);
        values.push(
          crypto.randomUUID(),
          identity.personId(r.nik),
          r.nik,
          r.name,
          r.birthPlace,
          r.birthDate,
          r.sex === 'MALE' ? 1 : 2,
          r.maritalStatus,
          r.religion,
          r.address.line,
          r.address.regionCode,
          r.address.regionCode,
          JSON.stringify(r.education),
          'SMK',
          r.wantedKbjiCodes,
          'REGISTERED',
        );
      }
      await client.query(`INSERT INTO job_seekers (${cols.join(', ')}) VALUES ${rows.join(', ')}`, values);
      if ((i / BATCH) % Math.max(1, Math.floor(N / BATCH / 5)) === 0) log(`  raw: ${i + BATCH} / ${N} rows`);
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM job_seekers')).rows;
    await client.query('TRUNCATE job_seekers CASCADE');
    return { seconds, rows: n };
  } finally {
    await client.end();
  }
}

const suffix = `${process.pid}`;
const DB = {
  jobs: `siapkerja_bench_import_jobs_${suffix}`,
  integration: `siapkerja_bench_import_integration_${suffix}`,
  identity: `siapkerja_bench_import_identity_${suffix}`,
  gateway: `siapkerja_bench_import_gateway_${suffix}`,
};

async function main() {
  log(`building (SWC); ${N} records`);
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'tools/build.js'), 'services/jobs', 'services/identity', 'services/integration', 'services/gateway', 'libs/testing'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  require('../register-paths');
  const pg = require('pg');
  const { jobSeekerRecord: record } = require('../../dist/libs/testing/src/bulk-import.js');
  const { PersonIdentity } = require('../../dist/libs/identity/src/index.js');
  const jobSeekerRecord = (i) => record(i, { serialBase: 100 });

  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  for (const name of Object.values(DB)) await admin.query(`CREATE DATABASE ${name}`);
  const procs = [];
  let kafka;
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      const { startBroker } = require('../kafka/broker');
      kafka = await startBroker({ dataDir: path.join(os.tmpdir(), `siapkerja-bench-import-kafka-${process.pid}`) });
      brokers = kafka.brokers;
    }
    log(`Kafka at ${brokers}`);
    const secret = 'bench-person-id-secret-0123456789abcdef';
    const callerSecret = 'bench-caller-signing-secret-0123456789abcdef';
    const signingKey = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const common = { EVENT_BUS: 'kafka', KAFKA_BROKERS: brokers, PERSON_ID_SECRET: secret, CALLER_SIGNING_SECRET: callerSecret };
    const ports = {};
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
      return p;
    }
    await service('identity', { AUTH_SIGNING_KEY: signingKey, AUTH_ACCESS_TTL_S: '3600', SANDBOX: 'true', NODE_ENV: 'development' });
    await service('jobs');
    const dead = '127.0.0.1:1';
    await service('integration', { JOBS_GRPC_URL: `127.0.0.1:${ports.jobs}`, TRAINING_GRPC_URL: dead, PLACEMENT_GRPC_URL: dead });
    const httpPort = await freePort();
    const gateway = startProcess('gateway', {
      ...common,
      DATABASE_URL: dbUrl(DB.gateway),
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      SANDBOX: 'true',
      NODE_ENV: 'development',
      JOBS_GRPC_URL: `127.0.0.1:${ports.jobs}`,
      IDENTITY_GRPC_URL: `127.0.0.1:${ports.identity}`,
      INTEGRATION_GRPC_URL: `127.0.0.1:${ports.integration}`,
      TRAINING_GRPC_URL: dead,
      CERTIFICATION_GRPC_URL: dead,
      PLACEMENT_GRPC_URL: dead,
      ENTREPRENEURSHIP_GRPC_URL: dead,
    });
    procs.push(gateway);
    const base = `http://127.0.0.1:${httpPort}`;
    await waitReady(`${base}/health/live`, gateway);
    const tok = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'sandbox-regency-33-73',
        client_secret: 'sandbox-regency-3373-secret-00000001',
      }),
    }).then((r) => r.json());

    log('raw multi-row INSERT of the same rows');
    const raw = await rawInsert(pg, jobSeekerRecord, new PersonIdentity(secret));
    log(`  raw: ${raw.rows} rows in ${raw.seconds.toFixed(1)} s`);

    log('pipeline: POST /v1/imports through the gateway');
    const t0 = process.hrtime.bigint();
    const r = await pushThroughGateway(base, { authorization: `Bearer ${tok.access_token}` }, jobSeekerRecord);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const jobsDb = new pg.Client({ connectionString: dbUrl(DB.jobs) });
    await jobsDb.connect();
    const [{ n: stored }] = (await jobsDb.query('SELECT count(*)::int AS n FROM job_seekers')).rows;
    await jobsDb.end();
    if (r.status !== 200 || r.receipts !== N || r.accepted !== N || stored !== N)
      throw new Error(
        `pipeline incomplete: status ${r.status}, ${r.receipts} receipts, ${r.accepted} accepted, ${stored} rows; ${r.firstProblem ?? ''}`,
      );

    const pipelineRps = N / seconds;
    const rawRps = raw.rows / raw.seconds;
    const row = {
      scenario: 'bulk-import job-seeker',
      records: N,
      uploadMB: +(r.bytes / 1e6).toFixed(1),
      pipelineSeconds: +seconds.toFixed(1),
      pipelineRecordsPerS: Math.round(pipelineRps),
      rawInsertRecordsPerS: Math.round(rawRps),
      ratio: +(pipelineRps / rawRps).toFixed(3),
      target25pct: pipelineRps / rawRps >= 0.25 ? 'met' : 'MISSED',
      gatewayPeakRssMB: peakRssMb(gateway.child.pid),
    };
    console.log(JSON.stringify(row));
  } finally {
    for (const p of procs.reverse()) await p.stop();
    if (kafka) await kafka.stop();
    for (const name of Object.values(DB)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
