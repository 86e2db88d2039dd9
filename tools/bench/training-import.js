#!/usr/bin/env node
// `node tools/bench/training-import.js` (part of `npm run bench`; alone: npm run bench:training-import): Skillhub's bulk
// push (issue 11) through the whole pipeline against a raw multi-row INSERT of the same rows into the same tables, in the
// same run.
//  1. builds (SWC) and starts, as processes on fresh databases: a Kafka broker (or KAFKA_BROKERS), identity (sandbox
//     clients), training, integration and the gateway, with the caller signed as in production;
//  2. over HTTP, as in production: the ministry registers a partner platform (a training provider of kind PARTNER_PLATFORM)
//     and an OAuth client acting for it (role PARTNER, training:write); that client publishes a program with eligibility
//     rules (age 18-60, at least SMA, residence in Central Java), an attendance threshold of 75 % and a passing score of
//     60, schedules batches of BENCH_TRAINING_SEATS seats with 3 sessions each and opens them;
//  3. the records, BENCH_TRAINING_RECORDS in all (5 per participant): an enrolment of each participant into one of the
//     provider's batches, attendance of the 3 sessions and the outcome (85 % COMPLETED with a passing score, 10 % FAILED,
//     5 % DROPPED_OUT after one session), attendance and outcomes naming the enrolment by the key of its enrolment record;
//  4. raw: the very same rows inserted with multi-row statements of BENCH_TRAINING_BATCH rows over one connection, no
//     validation, no receipts, no events: enrolments and attendance by INSERT, outcomes by one multi-row UPDATE ... FROM
//     (VALUES ...) of the enrolments (an outcome is the enrolment's row changing); then the tables are emptied again;
//  5. pipeline: two NDJSON uploads (streamed, never held whole) by the partner's client through POST /v1/imports: first
//     the enrolments; then, once the provider selected the participants and the training ran (done directly in the
//     database, not timed: selection is not part of the bulk push, and time has to pass), the attendance and outcomes.
//     gateway -> integration (parse, route) -> training ApplyImportBatch (validate, authorize per record, eligibility,
//     idempotency by key, insert, outbox events, receipts); every receipt is read and counted as it streams back;
//  6. replays the first 1,000 enrolment records (not timed): the same receipts, no row or event more;
//  7. checks the result (every receipt accepted, the rows stored, one siapkerja.training.completed event in the outbox per
//     COMPLETED outcome) and prints records/s of both and their ratio (target: the pipeline at least 25 % of raw), per
//     phase and in all. Progress goes to stderr.
// Also the CPU seconds each process of the pipeline (and PostgreSQL's backends) used in each phase: steadier than wall time
// on a busy machine, and where the time goes. BENCH_CPU_PROF=<dir>: V8 CPU profiles of every service process.
// Environment: BENCH_TRAINING_RECORDS (100000), BENCH_TRAINING_SEATS (500 a batch, at most 1000), BENCH_TRAINING_BATCH
// (1000 rows a raw statement), IMPORT_* (the services' upload settings, e.g. IMPORT_CHUNKS_IN_FLIGHT=1), BENCH_PG_URL (server, default postgres://postgres@127.0.0.1:5432/postgres), KAFKA_BROKERS
// (reuse a broker instead of starting one).
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { Readable } = require('node:stream');
const processes = require('./processes');
const { dbUrl, freePort, peakRssMb, startProcess, waitReady } = processes;

const ROOT = path.resolve(__dirname, '../..');
const N = Number(process.env.BENCH_TRAINING_RECORDS || 100_000);
const SEATS = Number(process.env.BENCH_TRAINING_SEATS || 500);
const BATCH = Number(process.env.BENCH_TRAINING_BATCH || 1000);
const PG_URL = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SESSIONS = 3;
const PER_PERSON = 1 + SESSIONS + 1;
const PEOPLE = Math.max(1, Math.round(N / PER_PERSON));
const BATCHES = Math.ceil(PEOPLE / SEATS);
/** enrolment records uploaded a second time at the end (not timed) */
const REPLAYED = Math.min(1000, PEOPLE);
const log = (m) => process.stderr.write(`[bench:training-import] ${m}\n`);

const DAY = 86_400_000;
/** YYYY-MM-DD in WIB (UTC+7), `offset` days from today. */
const wibDate = (offset) => new Date(Date.now() + 7 * 3600_000 + offset * DAY).toISOString().slice(0, 10);

const suffix = `${process.pid}`;
const DB = {
  training: `siapkerja_bench_training_training_${suffix}`,
  integration: `siapkerja_bench_training_integration_${suffix}`,
  identity: `siapkerja_bench_training_identity_${suffix}`,
  gateway: `siapkerja_bench_training_gateway_${suffix}`,
};

/** The participants: the i-th one's enrolment, attendance and outcome, always the same for the same i. */
function participants(bulkPerson, batchIds) {
  const outcomeOf = (i) => (i % 20 === 7 ? 'DROPPED_OUT' : i % 10 === 3 ? 'FAILED' : 'COMPLETED');
  return {
    batchOf: (i) => batchIds[Math.floor(i / SEATS)],
    person: (i) => bulkPerson(i, '3373', 500),
    enrolment(i) {
      const p = this.person(i);
      return {
        kind: 'enrolment',
        key: `pintar-enr-${i}`,
        batchId: this.batchOf(i),
        nik: p.nik,
        name: `Peserta Pintar ${i}`,
        birthDate: p.birthDate,
        educationLevel: i % 3 === 0 ? 'SMK' : 'SMA',
      };
    },
    /** the attendance of session s (1-based): a drop-out was there the first time only */
    attendance(i, s) {
      return {
        kind: 'attendance',
        key: `pintar-att-${i}-${s}`,
        enrolmentKey: `pintar-enr-${i}`,
        sessionNumber: s,
        present: outcomeOf(i) !== 'DROPPED_OUT' || s === 1,
      };
    },
    outcome(i) {
      const outcome = outcomeOf(i);
      return {
        kind: 'completion',
        key: `pintar-out-${i}`,
        enrolmentKey: `pintar-enr-${i}`,
        outcome,
        ...(outcome === 'DROPPED_OUT' ? {} : { finalScore: outcome === 'FAILED' ? 40 + (i % 20) : 60 + (i % 41) }),
        outcomeDate: wibDate(-1),
      };
    },
    outcomeOf,
  };
}

/** The records of the second upload, in the order a platform sends them: per batch, each session's attendance, then the outcomes. */
function* resultRecords(p) {
  for (let b = 0; b < BATCHES; b++) {
    const from = b * SEATS;
    const to = Math.min(PEOPLE, from + SEATS);
    for (let s = 1; s <= SESSIONS; s++) for (let i = from; i < to; i++) yield p.attendance(i, s);
    for (let i = from; i < to; i++) yield p.outcome(i);
  }
}

function* enrolmentRecords(p, count = PEOPLE) {
  for (let i = 0; i < count; i++) yield p.enrolment(i);
}

/** The NDJSON upload, produced as it is sent (500 lines a chunk). */
async function* ndjson(records, onBytes) {
  let text = '';
  let n = 0;
  for (const r of records) {
    text += `${JSON.stringify(r)}\n`;
    if (++n % 500 === 0) {
      const buf = Buffer.from(text);
      onBytes(buf.length);
      yield buf;
      text = '';
    }
  }
  if (text) {
    const buf = Buffer.from(text);
    onBytes(buf.length);
    yield buf;
  }
}

/** POSTs an upload and counts the receipts as they stream back, with progress; the first `keep` receipts are kept whole. */
function pushThroughGateway(base, token, label, records, expected, keep = 0) {
  return new Promise((resolve, reject) => {
    const url = new URL(`${base}/v1/imports`);
    let sent = 0;
    const req = http.request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
      },
      (res) => {
        let rest = '';
        let receipts = 0;
        let accepted = 0;
        let firstProblem;
        const kept = [];
        let nextReport = expected / 5;
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          const parts = (rest + chunk).split('\n');
          rest = parts.pop();
          for (const line of parts) {
            if (receipts < keep) kept.push(line);
            receipts++;
            if (line.includes('"accepted":true')) accepted++;
            else firstProblem ??= line;
          }
          if (receipts >= nextReport) {
            log(`  ${label}: ${receipts} / ${expected} receipts`);
            nextReport += expected / 5;
          }
        });
        res.on('end', () => resolve({ status: res.statusCode, receipts, accepted, firstProblem, bytes: sent, kept }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    Readable.from(ndjson(records, (b) => (sent += b))).pipe(req);
  });
}

/** The raw floor: the same rows, multi-row statements of BATCH rows over one connection. */
async function rawInsert(pg, p, identity, ctx) {
  const client = new pg.Client({ connectionString: dbUrl(PG_URL, DB.training) });
  await client.connect();
  const now = new Date();
  const ids = new Array(PEOPLE);
  const timed = async (label, total, statement) => {
    const started = process.hrtime.bigint();
    for (let i = 0; i < total; i += BATCH) await statement(i, Math.min(total, i + BATCH));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    log(`  raw ${label}: ${total} rows in ${seconds.toFixed(2)} s`);
    return seconds;
  };
  try {
    const seconds = {};
    const ecols = [
      'id',
      'batch_id',
      'program_id',
      'provider_id',
      'person_id',
      'nik',
      'name',
      'birth_date',
      'sex',
      'region_code',
      'state',
      'registrant',
      'registered_by',
      'registered_by_client',
      'education_level',
      'created_at',
      'updated_at',
    ];
    seconds.enrolment = await timed('enrolments', PEOPLE, async (from, to) => {
      const values = [];
      const rows = [];
      for (let i = from; i < to; i++) {
        const e = p.enrolment(i);
        const person = p.person(i);
        ids[i] = crypto.randomUUID();
        const b = values.length;
        rows.push(`(${ecols.map((_, c) => `$${b + c + 1}`).join(', ')})`);
        values.push(
          ids[i],
          e.batchId,
          ctx.programId,
          ctx.providerId,
          identity.personId(e.nik),
          e.nik,
          e.name,
          e.birthDate,
          person.sex,
          '33.73',
          'REGISTERED',
          'PARTNER',
          ctx.clientId,
          ctx.clientId,
          e.educationLevel,
          now,
          now,
        );
      }
      await client.query(`INSERT INTO enrolments (${ecols.join(', ')}) VALUES ${rows.join(', ')}`, values);
    });
    const marks = [];
    for (let b = 0; b < BATCHES; b++)
      for (let s = 1; s <= SESSIONS; s++) for (let i = b * SEATS; i < Math.min(PEOPLE, (b + 1) * SEATS); i++) marks.push([i, s]);
    seconds.attendance = await timed('attendance', marks.length, async (from, to) => {
      const values = [];
      const rows = [];
      for (let k = from; k < to; k++) {
        const [i, s] = marks[k];
        const b = values.length;
        rows.push(`($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6})`);
        values.push(ids[i], p.batchOf(i), s, p.attendance(i, s).present, ctx.clientId, now);
      }
      await client.query(
        `INSERT INTO attendance (enrolment_id, batch_id, session_number, present, recorded_by, recorded_at) VALUES ${rows.join(', ')}`,
        values,
      );
    });
    seconds.completion = await timed('outcomes', PEOPLE, async (from, to) => {
      const values = [];
      const rows = [];
      for (let i = from; i < to; i++) {
        const o = p.outcome(i);
        const b = values.length;
        rows.push(`($${b + 1}::uuid, $${b + 2}, $${b + 3}::int, $${b + 4}::date)`);
        values.push(ids[i], o.outcome, o.finalScore ?? null, o.outcomeDate);
      }
      await client.query(
        `UPDATE enrolments e SET state = v.state, final_score = v.score, outcome_date = v.day, updated_at = now()
           FROM (VALUES ${rows.join(', ')}) AS v(id, state, score, day) WHERE e.id = v.id`,
        values,
      );
    });
    const [{ n }] = (await client.query(`SELECT count(*)::int AS n FROM enrolments WHERE outcome_date IS NOT NULL`)).rows;
    if (n !== PEOPLE) throw new Error(`raw: ${n} outcomes stored, expected ${PEOPLE}`);
    await client.query('TRUNCATE attendance, enrolment_transitions, enrolments');
    await client.query('VACUUM ANALYZE enrolments');
    return seconds;
  } finally {
    await client.end();
  }
}

/** Deletes this run's topics from a shared broker (best effort). */
async function deleteTopics(brokers, prefix) {
  const { Kafka, logLevel } = require('kafkajs');
  const admin = new Kafka({ clientId: 'bench-cleanup', brokers: brokers.split(','), logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
    if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 10000 });
  } catch {
    // left for the broker's own retention
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

const cpuOf = (pg, procs, work) => processes.cpuOf(pg, PG_URL, Object.values(DB), procs, work);

async function main() {
  log(`building (SWC); ${PEOPLE * PER_PERSON} records: ${PEOPLE} participants in ${BATCHES} batches of ${SEATS} seats`);
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, 'tools/build.js'),
      'services/training',
      'services/identity',
      'services/integration',
      'services/gateway',
      'libs/testing',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  require('../register-paths');
  const pg = require('pg');
  const { bulkPerson } = require('../../dist/libs/testing/src/bulk-import.js');
  const { SANDBOX_CLIENTS } = require('../../dist/libs/testing/src/index.js');
  const { PersonIdentity } = require('../../dist/libs/identity/src/index.js');

  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  for (const name of Object.values(DB)) await admin.query(`CREATE DATABASE ${name}`);
  const procs = [];
  let kafka;
  try {
    let brokers = process.env.KAFKA_BROKERS;
    if (!brokers) {
      const { startBroker } = require('../kafka/broker');
      kafka = await startBroker({ dataDir: path.join(os.tmpdir(), `siapkerja-bench-training-kafka-${process.pid}`) });
      brokers = kafka.brokers;
    }
    log(`Kafka at ${brokers}`);
    const secret = 'bench-person-id-secret-0123456789abcdef';
    const signingKey = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    const common = {
      EVENT_BUS: 'kafka',
      KAFKA_BROKERS: brokers,
      // topics of this run only (a shared broker keeps other runs' events apart)
      KAFKA_TOPIC_PREFIX: `bench-training-${suffix}.`,
      PERSON_ID_SECRET: secret,
      CALLER_SIGNING_SECRET: 'bench-caller-signing-secret-0123456789abcdef',
      // the upload's tuning (IMPORT_CHUNK_LINES, IMPORT_CHUNKS_IN_FLIGHT, ...), passed on when set, to compare settings
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('IMPORT_'))),
    };
    const ports = {};
    const dead = '127.0.0.1:1';
    async function service(name, extra = {}) {
      const grpc = await freePort();
      const ops = await freePort();
      const proc = startProcess(ROOT, name, {
        ...common,
        DATABASE_URL: dbUrl(PG_URL, DB[name]),
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(grpc),
        METRICS_PORT: String(ops),
        ...extra,
      });
      procs.push(proc);
      await waitReady(`http://127.0.0.1:${ops}/health/live`, proc);
      ports[name] = grpc;
      return proc;
    }
    await service('identity', { AUTH_SIGNING_KEY: signingKey, AUTH_ACCESS_TTL_S: '3600', SANDBOX: 'true', NODE_ENV: 'development' });
    const training = await service('training', { CERTIFICATION_GRPC_URL: dead });
    await service('integration', { TRAINING_GRPC_URL: `127.0.0.1:${ports.training}`, JOBS_GRPC_URL: dead, PLACEMENT_GRPC_URL: dead });
    const httpPort = await freePort();
    const gateway = startProcess(ROOT, 'gateway', {
      ...common,
      DATABASE_URL: dbUrl(PG_URL, DB.gateway),
      HOST: '127.0.0.1',
      PORT: String(httpPort),
      SANDBOX: 'true',
      NODE_ENV: 'development',
      IDENTITY_GRPC_URL: `127.0.0.1:${ports.identity}`,
      INTEGRATION_GRPC_URL: `127.0.0.1:${ports.integration}`,
      TRAINING_GRPC_URL: `127.0.0.1:${ports.training}`,
      JOBS_GRPC_URL: dead,
      CERTIFICATION_GRPC_URL: dead,
      PLACEMENT_GRPC_URL: dead,
      ENTREPRENEURSHIP_GRPC_URL: dead,
    });
    procs.push(gateway);
    const base = `http://127.0.0.1:${httpPort}`;
    await waitReady(`${base}/health/live`, gateway);

    const tokenOf = async (id, secretOf) => {
      const r = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secretOf }),
      });
      if (r.status !== 200) throw new Error(`token of ${id}: ${r.status} ${await r.text()}`);
      return (await r.json()).access_token;
    };
    const call = async (token, method, route, body, status = [200, 201]) => {
      const r = await fetch(`${base}${route}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      const text = await r.text();
      if (!status.includes(r.status)) throw new Error(`${method} ${route}: ${r.status} ${text}`);
      return JSON.parse(text);
    };

    log(`the partner platform, its client, a program and ${BATCHES} open batches (over HTTP)`);
    const ministry = await tokenOf(SANDBOX_CLIENTS.admin.id, SANDBOX_CLIENTS.admin.secret);
    const provider = await call(ministry, 'POST', '/v1/training-providers', {
      kind: 'PARTNER_PLATFORM',
      name: 'Pintar (bench)',
      regionCode: '33.73',
      contact: { email: 'mitra@pintar.example.id' },
    });
    const client = await call(ministry, 'POST', '/v1/admin/clients', {
      name: 'Pintar platform (bench)',
      scopes: ['training:read', 'training:write'],
      roles: ['PARTNER'],
      organizationId: provider.id,
    });
    const partner = await tokenOf(client.clientId, client.clientSecret);
    const program = await call(partner, 'POST', '/v1/training-programs', {
      title: 'Digital Marketing untuk UMKM',
      description: 'Pelatihan daring',
      regionCode: '33.73',
      kbjiCode: '2431',
      competencyUnits: ['M.702090.001.01', 'M.702090.002.01'],
      durationDays: 3,
      durationHours: 24,
      capacity: SEATS,
      mode: 'ONLINE',
      attendanceThresholdPercent: 75,
      passingScore: 60,
      eligibility: { minAge: 18, maxAge: 60, minEducation: 'SMA', residenceRegionCodes: ['33'] },
    });
    const batchIds = [];
    for (let b = 0; b < BATCHES; b++) {
      const batch = await call(partner, 'POST', `/v1/training-programs/${program.id}/batches`, {
        startDate: wibDate(10),
        endDate: wibDate(10 + SESSIONS - 1),
        registrationOpens: wibDate(0),
        registrationCloses: wibDate(5),
        mode: 'ONLINE',
        capacity: SEATS,
      });
      await call(partner, 'POST', `/v1/training-batches/${batch.id}/open`);
      batchIds.push(batch.id);
    }
    const p = participants(bulkPerson, batchIds);
    const ctx = { programId: program.id, providerId: provider.id, clientId: client.clientId };

    log('raw multi-row statements of the same rows');
    const raw = await rawInsert(pg, p, new PersonIdentity(secret), ctx);

    log('pipeline: the enrolments, POST /v1/imports through the gateway');
    let t0 = process.hrtime.bigint();
    const { result: enrolled, cpu: enrolCpu } = await cpuOf(pg, procs, () =>
      pushThroughGateway(base, partner, 'enrolments', enrolmentRecords(p), PEOPLE, REPLAYED),
    );
    const enrolSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const check = (r, expected, what) => {
      if (r.status !== 200 || r.receipts !== expected || r.accepted !== expected)
        throw new Error(`${what} incomplete: status ${r.status}, ${r.receipts} receipts, ${r.accepted} accepted; ${r.firstProblem ?? ''}`);
    };
    check(enrolled, PEOPLE, 'enrolment upload');

    log('selection and time passing (in the database, not timed): every participant accepted, the batches ran');
    const db = new pg.Client({ connectionString: dbUrl(PG_URL, DB.training) });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO enrolment_transitions (enrolment_id, from_state, to_state, actor, actor_side, note, created_at)
         SELECT id, 'REGISTERED', 'ACCEPTED', $1, 'PROVIDER', '', now() FROM enrolments`,
        [client.clientId],
      );
      await db.query(`UPDATE enrolments SET state = 'ACCEPTED'`);
      await db.query(
        `UPDATE batches b SET accepted_count = (SELECT count(*) FROM enrolments e WHERE e.batch_id = b.id),
                registration_opens = $1, registration_closes = $2, start_date = $3, end_date = $4`,
        [wibDate(-20), wibDate(-15), wibDate(-10), wibDate(-10 + SESSIONS - 1)],
      );
      await db.query(`UPDATE batch_sessions SET date = $1::date + (number - 1)`, [wibDate(-10)]);
      for (const id of batchIds) await call(partner, 'POST', `/v1/training-batches/${id}/start`);

      log('pipeline: attendance and outcomes, POST /v1/imports through the gateway');
      t0 = process.hrtime.bigint();
      const { result: results, cpu: resultCpu } = await cpuOf(pg, procs, () =>
        pushThroughGateway(base, partner, 'attendance and outcomes', resultRecords(p), PEOPLE * (SESSIONS + 1)),
      );
      const resultSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      check(results, PEOPLE * (SESSIONS + 1), 'attendance and outcome upload');

      const count = async (sql) => (await db.query(sql)).rows[0].n;
      const completed = Array.from({ length: PEOPLE }, (_, i) => p.outcomeOf(i)).filter((o) => o === 'COMPLETED').length;
      const stored = {
        enrolments: await count(`SELECT count(*)::int AS n FROM enrolments`),
        attendance: await count(`SELECT count(*)::int AS n FROM attendance`),
        completed: await count(`SELECT count(*)::int AS n FROM enrolments WHERE state = 'COMPLETED'`),
        completedEvents: await count(
          `SELECT count(DISTINCT message_key)::int AS n FROM outbox_events WHERE payload->>'type' = 'siapkerja.training.completed'`,
        ),
        allCompletedEvents: await count(
          `SELECT count(*)::int AS n FROM outbox_events WHERE payload->>'type' = 'siapkerja.training.completed'`,
        ),
      };
      const want = {
        enrolments: PEOPLE,
        attendance: PEOPLE * SESSIONS,
        completed,
        completedEvents: completed,
        allCompletedEvents: completed,
      };
      if (JSON.stringify(stored) !== JSON.stringify(want))
        throw new Error(`stored ${JSON.stringify(stored)}, expected ${JSON.stringify(want)}`);

      // idempotency by record key, at scale: the first enrolment records sent again (their participants have outcomes by
      // now) answer the very same receipts, and nothing changes (rows, events)
      const totals = async () =>
        (
          await db.query(
            `SELECT (SELECT count(*) FROM enrolments)::int AS e, (SELECT count(*) FROM enrolment_transitions)::int AS t,
                    (SELECT count(*) FROM attendance)::int AS a, (SELECT count(*) FROM outbox_events)::int AS o`,
          )
        ).rows[0];
      const before = await totals();
      const again = await pushThroughGateway(base, partner, 'replay', enrolmentRecords(p, REPLAYED), REPLAYED, REPLAYED);
      const after = await totals();
      if (JSON.stringify(again.kept) !== JSON.stringify(enrolled.kept) || JSON.stringify(after) !== JSON.stringify(before))
        throw new Error(`the replay of ${REPLAYED} enrolment records changed something: ${JSON.stringify({ before, after })}`);
      log(`replay of ${REPLAYED} enrolment records: the same receipts, nothing changed`);

      const records = PEOPLE * PER_PERSON;
      const rate = (n, s) => Math.round(n / s);
      const rawSeconds = raw.enrolment + raw.attendance + raw.completion;
      const pipelineSeconds = enrolSeconds + resultSeconds;
      const ratio = rawSeconds / pipelineSeconds;
      console.log(
        JSON.stringify({
          scenario: 'bulk-import training (enrolment, attendance, completion)',
          records,
          participants: PEOPLE,
          batches: BATCHES,
          uploadMB: +((enrolled.bytes + results.bytes) / 1e6).toFixed(1),
          pipelineSeconds: +pipelineSeconds.toFixed(1),
          pipelineRecordsPerS: rate(records, pipelineSeconds),
          rawRecordsPerS: rate(records, rawSeconds),
          ratio: +ratio.toFixed(3),
          target25pct: ratio >= 0.25 ? 'met' : 'MISSED',
          enrolments: {
            pipelineRecordsPerS: rate(PEOPLE, enrolSeconds),
            rawRecordsPerS: rate(PEOPLE, raw.enrolment),
            ratio: +(raw.enrolment / enrolSeconds).toFixed(3),
          },
          attendanceAndOutcomes: {
            pipelineRecordsPerS: rate(PEOPLE * (SESSIONS + 1), resultSeconds),
            rawRecordsPerS: rate(PEOPLE * (SESSIONS + 1), raw.attendance + raw.completion),
            ratio: +((raw.attendance + raw.completion) / resultSeconds).toFixed(3),
          },
          trainingCompletedEvents: stored.completedEvents,
          pipelineCpuSeconds: { enrolments: enrolCpu, attendanceAndOutcomes: resultCpu },
          gatewayPeakRssMB: peakRssMb(gateway.child.pid),
          trainingPeakRssMB: peakRssMb(training.child.pid),
        }),
      );
    } finally {
      await db.end();
    }
  } finally {
    for (const proc of procs.reverse()) await proc.stop();
    if (kafka) await kafka.stop();
    else if (process.env.KAFKA_BROKERS) await deleteTopics(process.env.KAFKA_BROKERS, `bench-training-${suffix}.`);
    for (const name of Object.values(DB)) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
