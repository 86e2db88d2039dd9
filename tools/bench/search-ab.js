#!/usr/bin/env node
// Two builds of the search path side by side, under the same load at the same time: the CPU one no-cache search (of the
// `filtered` scenario, or another of search-bench.js's scenarios named by AB_SCENARIO, such as `diverse`)
// costs in each build's gateway, jobs service and PostgreSQL backends. Both pipelines share the machine for the whole
// run, so whatever else the machine does (other work, CPU frequency, a busy hyperthread sibling) weighs on both alike,
// and the ratio B/A is a fair comparison even where absolute figures wander from one run to the next.
//
// Usage: node tools/bench/search-ab.js <rootA> <rootB>
//   each root: a checkout with dist/ built (node tools/build.js services/jobs services/identity services/gateway) and
//   node_modules (a symlink is fine), e.g. a `git worktree` of the commit to compare.
// Env: BENCH_DATABASE_URL (the seeded jobs database, default postgres://postgres@127.0.0.1:5432/siapkerja_bench_jobs;
// seed it with npm run bench or tools/seed.js), AB_SECONDS per round (30), AB_ROUNDS (4), AB_CONNECTIONS per build (25),
// AB_CACHE_WARM_S (0: seconds of cacheable searches first, filling the gateways' answer caches as npm run bench does),
// AB_SCENARIO (filtered: the scenario whose first pages are searched),
// KAFKA_BROKERS (else a broker is started). A/A (the same root twice) shows the method's own noise.
const path = require('node:path');
const { Pool } = require('pg');
const processes = require('./processes');
const { SCENARIOS } = require('./search-bench');

const [rootA, rootB] = process.argv.slice(2).map((r) => r && path.resolve(r));
if (!rootB) {
  process.stderr.write('usage: node tools/bench/search-ab.js <rootA> <rootB>\n');
  process.exit(64);
}
const DB_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/siapkerja_bench_jobs';
const SECONDS = Number(process.env.AB_SECONDS || 30);
const ROUNDS = Number(process.env.AB_ROUNDS || 4);
const CONNECTIONS = Number(process.env.AB_CONNECTIONS || 25);
const CACHE_WARM_S = Number(process.env.AB_CACHE_WARM_S || 0);
const SCENARIO = process.env.AB_SCENARIO || 'filtered';
const log = (m) => process.stdout.write(`[ab ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const dbUrl = (name) => {
  const u = new URL(DB_URL);
  u.pathname = `/${name}`;
  return u.toString();
};

function cpuMs(pid) {
  try {
    const f = require('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

/** CPU ms of the PostgreSQL backends of each side: those of its jobs database and of its gateway database. */
async function pgCpu(pool, sides) {
  const { rows } = await pool.query(`SELECT pid, datname, application_name FROM pg_stat_activity`);
  const out = {};
  for (const s of sides) out[s.name] = new Map();
  for (const r of rows)
    for (const s of sides) if (r.datname === s.jobsDb || r.datname === s.gatewayDb) out[s.name].set(r.pid, cpuMs(r.pid) || 0);
  return out;
}
const pgDelta = (a, b) => [...b].reduce((sum, [pid, ms]) => sum + ms - (a.get(pid) ?? 0), 0);

async function main() {
  let admin = new Pool({ connectionString: DB_URL, max: 2 });
  const [{ n }] = (await admin.query(`SELECT count(*)::int AS n FROM vacancies`)).rows;
  log(`jobs database holds ${n.toLocaleString('en')} vacancies; ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} clients per build`);
  const ensureDb = async (name) => {
    const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  };
  const jobsDb = new URL(DB_URL).pathname.slice(1);
  const prefix = jobsDb.endsWith('_jobs') ? jobsDb.slice(0, -'_jobs'.length) : jobsDb;
  // B reads a copy of the jobs database (made before anything connects to it), so that each side's PostgreSQL backends are
  // told apart by database
  const copyDb = `${prefix}_ab_jobs_b`;
  if (!(await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [copyDb])).rowCount) {
    log(`copying ${jobsDb} to ${copyDb} (CREATE DATABASE ... TEMPLATE)`);
    await admin.end();
    const c = new (require('pg').Client)({ connectionString: dbUrl('postgres') });
    await c.connect();
    await c.query(`CREATE DATABASE ${copyDb} TEMPLATE ${jobsDb}`);
    await c.end();
    admin = new Pool({ connectionString: DB_URL, max: 2 });
  }
  const secret = 'bench-person-id-secret-0123456789abcdef';
  const callerSecret = 'bench-caller-signing-secret-0123456789abcdef';
  const signingKey = require('node:crypto')
    .generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' });
  const procs = [];
  let kafka;
  try {
    if (!process.env.KAFKA_BROKERS)
      kafka = await require('../kafka/broker').startBroker({
        dataDir: path.join(require('node:os').tmpdir(), `siapkerja-ab-kafka-${process.pid}`),
      });
    const events = { EVENT_BUS: 'kafka', KAFKA_BROKERS: process.env.KAFKA_BROKERS || kafka.brokers };
    await ensureDb(`${prefix}_identity`);
    const identity = await processes.startSandboxIdentity(rootB, {
      databaseUrl: dbUrl(`${prefix}_identity`),
      events,
      personIdSecret: secret,
      callerSecret,
      signingKey,
    });
    procs.push(identity.proc);

    const sides = [];
    for (const [name, root] of [
      ['A', rootA],
      ['B', rootB],
    ]) {
      const sideJobsDb = name === 'A' ? jobsDb : copyDb;
      const grpcPort = await processes.freePort();
      const opsPort = await processes.freePort();
      const jobs = processes.startProcess(root, 'jobs', {
        DATABASE_URL: dbUrl(sideJobsDb),
        ...events,
        PERSON_ID_SECRET: secret,
        CALLER_SIGNING_SECRET: callerSecret,
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(grpcPort),
        METRICS_PORT: String(opsPort),
      });
      procs.push(jobs);
      await processes.waitReady(`http://127.0.0.1:${opsPort}/health/live`, jobs);
      const gatewayDb = `${prefix}_ab_gateway_${name.toLowerCase()}`;
      await ensureDb(gatewayDb);
      const httpPort = await processes.freePort();
      const gw = processes.startProcess(
        root,
        'gateway',
        processes.searchGatewayEnv({
          databaseUrl: dbUrl(gatewayDb),
          events,
          personIdSecret: secret,
          callerSecret,
          port: httpPort,
          jobs: `127.0.0.1:${grpcPort}`,
          identity: identity.address,
        }),
      );
      procs.push(gw);
      await processes.waitReady(`http://127.0.0.1:${httpPort}/health/live`, gw);
      sides.push({ name, root, jobs, gw, jobsDb: sideJobsDb, gatewayDb, base: `http://127.0.0.1:${httpPort}` });
      log(`${name}: ${root} (gateway ${httpPort}, jobs ${grpcPort})`);
    }
    const token = await processes.sandboxAdminToken(sides[0].base);
    const headers = { authorization: `Bearer ${token}`, 'cache-control': 'no-cache' };

    // the same searches for both, in the same order: a list drawn once per round
    if (!SCENARIOS[SCENARIO]) throw new Error(`AB_SCENARIO: no scenario ${SCENARIO} (${Object.keys(SCENARIOS).join(', ')})`);
    const queries = Array.from({ length: 200_000 }, () => new URLSearchParams(SCENARIOS[SCENARIO].make()).toString());
    // both builds must answer alike, or the comparison compares nothing
    for (const q of queries.slice(0, 20)) {
      const [a, b] = await Promise.all(
        sides.map((s) => fetch(`${s.base}/v1/vacancies/search?${q}`, { headers }).then(async (r) => [r.status, await r.json()])),
      );
      if (a[0] !== 200 || b[0] !== 200 || JSON.stringify(a[1]) !== JSON.stringify(b[1]))
        throw new Error(
          `the builds answer ${q} differently: ${a[0]} ${JSON.stringify(a[1]).slice(0, 300)} / ${b[0]} ${JSON.stringify(b[1]).slice(0, 300)}`,
        );
    }
    log('both builds give byte-identical answers to a sample of 20 searches');

    const load = async (side, seconds, reqHeaders = headers) => {
      let next = 0;
      let done = 0;
      let errors = 0;
      const end = Date.now() + seconds * 1000;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (Date.now() < end) {
            const q = queries[next++ % queries.length];
            const r = await fetch(`${side.base}/v1/vacancies/search?${q}`, { headers: reqHeaders });
            await r.arrayBuffer();
            if (r.status === 200) done++;
            else errors++;
          }
        }),
      );
      return { done, errors };
    };
    if (CACHE_WARM_S) {
      // as npm run bench does before its no-cache run: the gateways' answer caches filled by ordinary (cacheable) searches
      log(`filling both gateways' answer caches with cacheable searches, ${CACHE_WARM_S} s`);
      await Promise.all(sides.map((s) => load(s, CACHE_WARM_S, { authorization: headers.authorization })));
    }
    log('warm-up, 10 s');
    await Promise.all(sides.map((s) => load(s, 10)));
    const totals = Object.fromEntries(sides.map((s) => [s.name, { n: 0, gw: 0, jobs: 0, pg: 0 }]));
    for (let round = 1; round <= ROUNDS; round++) {
      const before = Object.fromEntries(sides.map((s) => [s.name, { gw: cpuMs(s.gw.child.pid), jobs: cpuMs(s.jobs.child.pid) }]));
      const pg0 = await pgCpu(admin, sides);
      const results = await Promise.all(sides.map((s) => load(s, SECONDS)));
      const pg1 = await pgCpu(admin, sides);
      const line = [];
      sides.forEach((s, i) => {
        const r = results[i];
        const gw = cpuMs(s.gw.child.pid) - before[s.name].gw;
        const jobs = cpuMs(s.jobs.child.pid) - before[s.name].jobs;
        const pg = pgDelta(pg0[s.name], pg1[s.name]);
        Object.assign(totals[s.name], {
          n: totals[s.name].n + r.done,
          gw: totals[s.name].gw + gw,
          jobs: totals[s.name].jobs + jobs,
          pg: totals[s.name].pg + pg,
        });
        line.push(
          `${s.name}: ${(r.done / SECONDS).toFixed(0)} req/s${r.errors ? ` (${r.errors} errors)` : ''}, CPU ms per search gateway ${(gw / r.done).toFixed(2)} + jobs ${(jobs / r.done).toFixed(2)} + postgres ${(pg / r.done).toFixed(2)}`,
        );
      });
      log(`round ${round}/${ROUNDS}  ${line.join('  |  ')}`);
    }
    const per = (t) => ({ rps: t.n / (SECONDS * ROUNDS), gw: t.gw / t.n, jobs: t.jobs / t.n, pg: t.pg / t.n });
    const a = per(totals.A);
    const b = per(totals.B);
    const f = (x) => x.toFixed(2);
    log(`all rounds  A: ${a.rps.toFixed(0)} req/s, gateway ${f(a.gw)} + jobs ${f(a.jobs)} + postgres ${f(a.pg)} ms per search`);
    log(`all rounds  B: ${b.rps.toFixed(0)} req/s, gateway ${f(b.gw)} + jobs ${f(b.jobs)} + postgres ${f(b.pg)} ms per search`);
    log(
      `B / A: throughput ${f(b.rps / a.rps)}, CPU per search gateway ${f(b.gw / a.gw)}, jobs ${f(b.jobs / a.jobs)}, postgres ${f(b.pg / a.pg)}, all ${f((b.gw + b.jobs + b.pg) / (a.gw + a.jobs + a.pg))}`,
    );
  } finally {
    for (const p of procs.reverse()) await p.stop();
    if (kafka) await kafka.stop();
    await admin.end();
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`search-ab: ${e.stack ?? e}\n`);
    process.exit(1);
  },
);
