#!/usr/bin/env node
// `npm run bench`: Karirhub vacancy search at benchmark scale (not part of `npm test`).
//  1. seeds (or reuses) a jobs database with BENCH_VACANCIES (default 1,000,000) vacancies (tools/seed.js, COPY) and reads
//     it into the page cache (pg_prewarm);
//  2. starts a real Kafka broker (tools/kafka), the identity service (tokens, JWK set), the jobs service and BENCH_GATEWAYS
//     (2) gateway replicas as processes (rate limits raised so the limiter never refuses the benchmark);
//  3. for each scenario: warms the raw path, warms the gateways' answer cache as long as a run, then measures
//     GET /v1/vacancies/search through the gateways (connections spread over the replicas) while a writer publishes
//     vacancies through them at twice the catalogue's turnover (their events drop cached answers, as in production); then
//     the same with Cache-Control: no-cache (the whole path each time); then a bare node:http server doing the same SQL
//     (bare-search-server.js, the floor of any Node HTTP service here); then the very same SQL statements
//     (vacancy-search.query.ts, the sequence the service runs) straight through `pg` at the same concurrency;
//  4. prints p50/p95/p99, req/s, the cache hit ratio, the ratios to the raw SQL against the targets, and the CPU each
//     process spent per request (from /proc).
// The scenarios: three Zipf-weighted ones (the searches people repeat most) and `diverse` (uniform regions, KBJI at every
// level, the vocabulary's long tail, every sort, one search in four followed by up to 5 next pages, never a repeat: what
// no cache serves). Before measuring, a sample of every scenario's searches and next pages is answered by the gateway, the
// bare server and the raw statements, and the answers compared. The server's autovacuum setting is printed, and
// VACUUM (ANALYZE) runs after seeding. Last, `writes`: vacancy creation through the gateway at 16 clients against the same
// statements through pg, in rounds that take turns (through all gateway replicas, through one of them, raw), the ratio
// the median of the rounds' (BENCH_SCENARIOS=writes runs it alone); beside them, for information, the statements batched
// as the jobs service batches them, straight through pg and behind the bare node:http server (raw-writes.js).
// Environment: BENCH_DATABASE_URL (server + database for the jobs data; default postgres://postgres@127.0.0.1:5432/siapkerja_bench_jobs),
// BENCH_VACANCIES, BENCH_DURATION_S (default 15 per run), BENCH_SCENARIOS (comma list of scenario names), BENCH_POOL (20),
// BENCH_GATEWAYS (2), BENCH_WRITES_PER_S (default: twice the turnover), BENCH_CPU_PROF (a folder: V8 CPU profiles of every
// process), BENCH_WARMUP_S (5: raw searches before each scenario), BENCH_WRITES_WARMUP_S (30: unmeasured creates on each write
// path first), BENCH_WRITES_ROUNDS (3: gateway and raw write runs taking turns), BENCH_WRITES_IDEMPOTENCY_KEY (0: creates sent
// without the header), BENCH_WRITERS (16: write clients), BENCH_SEED (1: the workloads' random sequence), BENCH_SEARCH_ROUNDS
// (rounds of each search scenario, its four paths taking turns, each on its own draw of searches; default 3 for diverse, 1 else),
// BENCH_FACET_EXACT_LIMIT (the facet counts' exact-count limit, VACANCY_FACET_EXACT_LIMIT, of the service and both baselines),
// BENCH_VACANCY_WRITE_BATCHES / BENCH_VACANCY_WRITE_BATCH_MAX (the jobs service's batches of new vacancies, and the batched
// raw path's: default 2 and 32).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const DB_URL = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/siapkerja_bench_jobs';
/** The exact-count limit of facet counts (VACANCY_FACET_EXACT_LIMIT) for the jobs service and both baselines alike; unset: the service's default. */
const FACET_EXACT_LIMIT = process.env.BENCH_FACET_EXACT_LIMIT ? Number(process.env.BENCH_FACET_EXACT_LIMIT) : undefined;
const VACANCIES = Number(process.env.BENCH_VACANCIES || 1_000_000);
const DURATION = Number(process.env.BENCH_DURATION_S || 15);
const POOL = Number(process.env.BENCH_POOL || 20);
const WARMUP = Number(process.env.BENCH_WARMUP_S || 5);
const WRITES_WARMUP = Number(process.env.BENCH_WRITES_WARMUP_S || 30);
const WRITES_ROUNDS = Math.max(1, Number(process.env.BENCH_WRITES_ROUNDS || 3));
// rounds of every search scenario (default: the scenario's own, 3 for diverse, 1 for the Zipf ones)
const SEARCH_ROUNDS = process.env.BENCH_SEARCH_ROUNDS ? Math.max(1, Number(process.env.BENCH_SEARCH_ROUNDS)) : undefined;
let WRITES_PER_S = Number(process.env.BENCH_WRITES_PER_S || 0);
const GATEWAYS = Math.max(1, Number(process.env.BENCH_GATEWAYS || 2));
const log = (m) => process.stderr.write(`[bench] ${m}\n`);

// ------------------------------------------------------------------------------------------------ workloads
// What people search for is skewed: the big provinces (by their share of vacancies, as seeded) and a few common
// occupations dominate, with a long tail. Searches pick provinces by that weight, one in five at the level of a regency
// of the province, and words by a Zipf-like weight (the k-th most common 1/k as often).
/** The region codes (libs/codes, compiled: loaded on first use, after the build). */
let codes;
const regionCodes = () =>
  (codes ??= (require(path.join(ROOT, 'tools/register-paths.js')), require(path.join(ROOT, 'dist/libs/codes/src/index.js'))));
const PROVINCE_WEIGHT = {
  31: 14,
  32: 18,
  33: 11,
  34: 3,
  35: 14,
  36: 6,
  51: 4,
  12: 5,
  13: 2,
  14: 3,
  16: 2,
  18: 2,
  21: 3,
  61: 2,
  64: 2,
  73: 3,
  71: 1.5,
};
const ALL_PROVINCES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
];
const TWO_WORDS = [
  'operator produksi',
  'staf gudang',
  'admin gudang',
  'customer service',
  'sales executive',
  'perawat pelaksana',
  'teknisi listrik',
  'software engineer',
  'juru masak',
  'staf akuntansi',
  'tukang las',
  'guru matematika',
  'kasir toko',
  'teknisi mesin',
  'staf administrasi',
  'marketing executive',
  'driver ekspedisi',
  'security officer',
  'quality control',
  'staf keuangan',
  'operator forklift',
  'barista kafe',
  'desain grafis',
  'data analyst',
];
const ONE_WORD = [
  'perawat',
  'programmer',
  'kasir',
  'satpam',
  'pengemudi',
  'mekanik',
  'welder',
  'barista',
  'akuntan',
  'caregiver',
  'bidan',
  'apoteker',
  'admin',
  'sales',
  'guru',
  'teknisi',
];
const EDU = ['SMA', 'SMK', 'D3', 'S1'];
const TYPES = ['FULL_TIME', 'CONTRACT', 'PART_TIME'];
const KBJI = ['2', '22', '25', '3', '4', '5', '7', '8', '9', '2512', '8189', '3', '4110', '5223', '9329', '7212', '2221'];

/**
 * The workloads' random numbers. Seeded (BENCH_SEED, default 1) and drawn again from the same seed before each path's
 * measured run, so the gateway, the no-cache path, the bare server and the raw statements are measured on the same
 * sequence of searches: a scenario whose searches differ a lot in cost (diverse) compares like with like instead of
 * moving by a fifth between runs. Warm-ups draw from other seeds (the gateway's answer cache must not hold the measured
 * searches). The writer that publishes during the runs draws from Math.random, outside the sequence.
 */
const SEED = Number(process.env.BENCH_SEED || 1);
function mulberry32(seed) {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let workloadRandom = mulberry32(SEED);
/** Starts the workloads' sequence again from a seed (and forgets the searches drawn, so "no repeats" holds per run). */
function reseed(seed) {
  workloadRandom = mulberry32(seed);
  seenDiverse.clear();
}

/** Picks from list with the k-th entry weighted 1/k (Zipf-like). */
function zipf(list, random = workloadRandom) {
  const total = list.reduce((a, _, i) => a + 1 / (i + 1), 0);
  let r = random() * total;
  for (let i = 0; i < list.length; i++) if ((r -= 1 / (i + 1)) <= 0) return list[i];
  return list[list.length - 1];
}
const provinceWeights = ALL_PROVINCES.map((p) => [p, PROVINCE_WEIGHT[p] ?? 1]);
const provinceTotal = provinceWeights.reduce((a, [, w]) => a + w, 0);
function province(random = workloadRandom) {
  let r = random() * provinceTotal;
  for (const [p, w] of provinceWeights) if ((r -= w) <= 0) return p;
  return '31';
}
const regenciesOf = new Map();
/** A province, or (one in five) one of its regencies. */
function region(random = workloadRandom) {
  const p = province(random);
  if (random() >= 0.2) return p;
  if (!regenciesOf.has(p))
    regenciesOf.set(
      p,
      regionCodes()
        .listRegencies(p)
        .map((r) => r.code),
    );
  return rnd(regenciesOf.get(p), random) ?? p;
}
const rnd = (list, random = workloadRandom) => list[Math.floor(random() * list.length)];

/** Each scenario: a generator of search parameters (the same object feeds the HTTP query string and the SQL). */
const SCENARIOS = {
  // the acceptance target: two words + a province, 16 clients, p95 <= 50 ms
  'two-words+province': { connections: 16, make: () => ({ q: zipf(TWO_WORDS), region: province() }), target: { p95: 50 } },
  // filtered searches (no words): region + occupation / education / type, newest first; target >= 1000 req/s
  filtered: {
    connections: 50,
    make: () => {
      const p = { region: region() };
      const r = workloadRandom();
      if (r < 0.4) p.kbji = zipf(KBJI);
      else if (r < 0.7) p.minEducation = rnd(EDU);
      else p.employmentType = zipf(TYPES);
      return p;
    },
    target: { rps: 1000 },
  },
  // a realistic mix at 50 clients: words with and without region, filters, typos, other sorts
  mixed: {
    connections: 50,
    make: () => {
      const r = workloadRandom();
      if (r < 0.35) return { q: zipf(TWO_WORDS), region: region() };
      if (r < 0.55) return { q: zipf(ONE_WORD), region: region(), minEducation: rnd(EDU) };
      if (r < 0.75) return { region: region(), kbji: zipf(KBJI) };
      if (r < 0.85) return { q: zipf(ONE_WORD), region: region(), sort: 'wage' };
      if (r < 0.95) return { q: zipf(ONE_WORD), region: region(), sort: 'date' };
      return { q: rnd(['progamer', 'perwat', 'operatr produksi']), region: region() };
    },
  },
};

/**
 * The searches a national job board really gets, which no cache can serve: provinces and regencies drawn uniformly, KBJI
 * codes at every level (1 to 4 digits), words drawn uniformly from the seeded vocabulary (its long tail as often as its
 * head), every sort, one search in four followed by 1 to 5 next pages, and never the same search twice in a run.
 */
let vocabulary;
function seededVocabulary() {
  if (vocabulary) return vocabulary;
  const { OCCUPATIONS } = require('../seed');
  const names = OCCUPATIONS.flatMap((o) => o.names.map((n) => n.toLowerCase()));
  const words = [...new Set(names.flatMap((n) => n.split(/[^a-z]+/)).filter((w) => w.length >= 3))];
  const kbji = [...new Set(OCCUPATIONS.map((o) => o.kbji))];
  return (vocabulary = { names, words, kbji });
}
const seenDiverse = new Set();
function diverseSearch() {
  const { names, words, kbji } = seededVocabulary();
  for (let attempt = 0; ; attempt++) {
    const p = {};
    const r = workloadRandom();
    if (r >= 0.1) {
      const prov = rnd(ALL_PROVINCES);
      if (workloadRandom() < 0.5) {
        if (!regenciesOf.has(prov))
          regenciesOf.set(
            prov,
            regionCodes()
              .listRegencies(prov)
              .map((x) => x.code),
          );
        p.region = rnd(regenciesOf.get(prov)) ?? prov;
      } else p.region = prov;
    }
    const w = workloadRandom();
    if (w < 0.35) p.q = rnd(words);
    else if (w < 0.6) p.q = rnd(names).split(/\s+/).slice(0, 2).join(' ');
    if (!p.q || workloadRandom() < 0.3) {
      const code = rnd(kbji);
      p.kbji = code.slice(0, 1 + Math.floor(workloadRandom() * code.length));
    }
    if (!p.q && !p.kbji && workloadRandom() < 0.5) p.minEducation = rnd(EDU);
    p.sort = rnd(['relevance', 'date', 'wage']);
    const key = qs(p);
    if (!seenDiverse.has(key) || attempt > 50) {
      seenDiverse.add(key);
      return p;
    }
  }
}
SCENARIOS.diverse = {
  connections: 16,
  make: diverseSearch,
  // one search in four is followed by 1 to 5 next pages (each a request of its own)
  pages: () => (workloadRandom() < 0.25 ? 1 + Math.floor(workloadRandom() * 5) : 0),
  target: { rps: 250, p95: 300 },
  // its searches differ in cost by two orders of magnitude: one draw of them moved its figures by a fifth, so three rounds
  rounds: 3,
};

// ------------------------------------------------------------------------------------------------ helpers
const processes = require('./processes');
const { SERVICE_WRITE_BATCHES, RAW_EVENTS_TOPIC, rawCreate, rawBatcher } = require('./raw-writes');
const { freePort, waitReady } = processes;
const startProcess = (name, env, script) => processes.startProcess(ROOT, name, env, script);

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** CPU time (ms, user + system) of processes from /proc: the cost per request, independent of what else the machine runs. */
function procCpuMs(pid) {
  try {
    const stat = require('node:fs').readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}
/**
 * CPU ms of the postgres processes to count, by pid (a backend that ended between two readings is left out of the delta):
 * when `postgresScope` holds a pool and database names, only the backends connected to those databases (this run's
 * jobs, gateway and identity databases; other work on a shared server is left out, and so are the server's background
 * processes); otherwise every postgres process on the machine.
 */
const postgresScope = { pool: undefined, databases: [] };
async function postgresCpu() {
  const fs = require('node:fs');
  const out = new Map();
  if (postgresScope.pool) {
    const { rows } = await postgresScope.pool.query(`SELECT pid, datname FROM pg_stat_activity WHERE datname = ANY($1::text[])`, [
      postgresScope.databases,
    ]);
    for (const { pid, datname } of rows) out.set(String(pid), { ms: procCpuMs(pid) || 0, db: datname });
    return out;
  }
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      if (fs.readFileSync(`/proc/${d}/comm`, 'utf8').trim() === 'postgres') out.set(d, { ms: procCpuMs(d) || 0, db: '' });
    } catch {
      /* gone */
    }
  }
  return out;
}
/** CPU ms the postgres processes spent between two readings: in all, and by database. */
function postgresDelta(before, after) {
  let sum = 0;
  const byDb = {};
  for (const [pid, { ms, db }] of after) {
    const d = ms - (before.get(pid)?.ms ?? 0);
    sum += d;
    byDb[db] = (byDb[db] ?? 0) + d;
  }
  return { sum, byDb };
}
/** Runs fn and returns its result with the CPU ms per request each process spent (procs: name -> pid or pids). */
async function withCpu(procs, fn) {
  const self0 = process.cpuUsage();
  const cpuOf = (pids) => [pids].flat().reduce((a, pid) => a + procCpuMs(pid), 0);
  const before = Object.fromEntries(Object.entries(procs).map(([k, pids]) => [k, cpuOf(pids)]));
  const pg0 = await postgresCpu();
  const load0 = require('node:os').loadavg()[0];
  const r = await fn();
  const self = process.cpuUsage(self0);
  const cpu = Object.fromEntries(Object.entries(procs).map(([k, pids]) => [k, (cpuOf(pids) - before[k]) / r.n]));
  const pg = postgresDelta(pg0, await postgresCpu());
  cpu.postgres = pg.sum / r.n;
  cpu.postgresByDb = Object.fromEntries(Object.entries(pg.byDb).map(([db, ms]) => [db, ms / r.n]));
  cpu.client = (self.user + self.system) / 1000 / r.n;
  return { ...r, cpu, load: [load0, require('node:os').loadavg()[0]] };
}

/** The gateway's search answers by outcome (hit, miss, bypass) from its /metrics. */
async function searchOutcomes(bases) {
  const out = { hit: 0, miss: 0, bypass: 0 };
  for (const base of bases) {
    const text = await (await fetch(`${base}/metrics`)).text();
    for (const m of text.matchAll(/^gateway_search_answers_total\{[^}]*outcome="(\w+)"[^}]*\} (\d+)/gm)) out[m[1]] += Number(m[2]);
  }
  return out;
}

const WRITER_MARK = 'siapkerja-bench-writer';
/**
 * Vacancies published through the gateway while it is measured, in provinces drawn like the searches: each one drops the
 * cached answers it can change, as in production. Removed again at the end of the run. The rate (BENCH_WRITES_PER_S) is by
 * default twice the catalogue's steady turnover: every published vacancy is published once and ends once within its
 * validity period, i.e. 2 x published / mean validity (1 M vacancies valid 165 days on average: 0.13 changes per s).
 */
function startWriter(base, token, employerId, perSecond) {
  let stopped = false;
  let made = 0;
  let failed = 0;
  const { todayWib } = regionCodes();
  const inDays = (d) => new Date(Date.parse(`${todayWib()}T00:00:00Z`) + d * 86400000).toISOString().slice(0, 10);
  const loop = (async () => {
    if (perSecond <= 0) return;
    while (!stopped) {
      const p = province(Math.random);
      const regencies = regionCodes().listRegencies(p);
      const body = {
        employerId,
        positionName: zipf(TWO_WORDS, Math.random).replace(/\b\w/g, (c) => c.toUpperCase()),
        kbjiCode: '4110',
        regionCode: rnd(regencies, Math.random).code,
        numberNeeded: 1,
        validFrom: todayWib(),
        validUntil: inDays(60),
        description: WRITER_MARK,
      };
      try {
        const res = await fetch(`${base}/v1/vacancies`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (res.status === 201) made++;
        else if (failed++ === 0) log(`writer: ${res.status} ${await res.text()}`);
      } catch {
        failed++;
      }
      await new Promise((r) => setTimeout(r, 1000 / perSecond));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { made, failed };
  };
}

const qs = (p) => new URLSearchParams(Object.entries(p).map(([k, v]) => [k, String(v)])).toString();

/**
 * Drives GET /v1/vacancies/search with autocannon against one base URL or several (gateway replicas: the clients'
 * connections are spread over them, as a layer-4 load balancer such as a Kubernetes Service spreads connections).
 */
async function runHttp(bases, token, scenario, extraHeaders = {}) {
  const autocannon = require('autocannon');
  const list = [bases].flat();
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const results = await Promise.all(
    list.map(
      (url, i) =>
        new Promise((resolve, reject) => {
          const connections = Math.floor(scenario.connections / list.length) + (i < scenario.connections % list.length ? 1 : 0);
          const inst = autocannon(
            {
              url,
              connections,
              duration: DURATION,
              headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
              requests: [
                {
                  method: 'GET',
                  // a scenario with pages follows some searches with their next pages (the token from the answer before)
                  setupRequest: (req, context) => {
                    if (context.pagesLeft > 0 && context.token) {
                      context.pagesLeft--;
                      return { ...req, path: `/v1/vacancies/search?${qs({ ...context.params, pageToken: context.token })}` };
                    }
                    context.params = scenario.make();
                    context.pagesLeft = scenario.pages ? scenario.pages() : 0;
                    context.token = '';
                    return { ...req, path: `/v1/vacancies/search?${qs(context.params)}` };
                  },
                  ...(scenario.pages
                    ? {
                        onResponse: (status, body, context) => {
                          try {
                            context.token = status === 200 ? (JSON.parse(body).nextPageToken ?? '') : '';
                          } catch {
                            context.token = '';
                          }
                        },
                      }
                    : {}),
                },
              ],
            },
            (err, res) => (err ? reject(err) : resolve(res)),
          );
          inst.on('response', (_client, statusCode, _bytes, responseTime) => {
            latencies.push(responseTime);
            if (statusCode !== 200) {
              errors++;
              statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
            }
          });
          if (i === 0) inst.on('tick', () => process.stderr.write('.'));
        }),
    ),
  );
  process.stderr.write('\n');
  latencies.sort((a, b) => a - b);
  const total = results.reduce((a, r) => a + r.requests.total, 0);
  const connErrors = results.reduce((a, r) => a + r.errors + r.timeouts, 0);
  if (errors || connErrors) log(`non-200 answers: ${JSON.stringify(statuses)}, connection errors and timeouts ${connErrors}`);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: total / DURATION,
    n: total,
    errors: errors + connErrors,
  };
}

/** The service's search logic over a plain `pg` pool: the same statements, in the same order, as VacancySearchService. */
function rawSearcher(pool) {
  const { VacancySearchService } = require(path.join(ROOT, 'dist/services/jobs/src/vacancies/vacancy-search.service.js'));
  // a plain pg pool: the service runs its statements on it as on its own (and its prepared ones on a pool of their own)
  return new VacancySearchService(pool, FACET_EXACT_LIMIT ? { facetExactLimit: FACET_EXACT_LIMIT } : undefined);
}

async function runRaw(searcher, scenario, seconds = DURATION) {
  const latencies = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  let lastTick = Date.now();
  await Promise.all(
    Array.from({ length: scenario.connections }, async () => {
      while (Date.now() < end) {
        const p = scenario.make();
        // the first page, then (in a scenario with pages) some next pages, each timed as a request of its own
        let pages = 1 + (scenario.pages ? scenario.pages() : 0);
        let pageToken = '';
        while (pages-- > 0 && Date.now() < end) {
          const t = process.hrtime.bigint();
          try {
            pageToken = (await searcher.search({ ...p, pageSize: 20, pageToken })).nextPageToken;
          } catch {
            errors++;
            pageToken = '';
          }
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (!pageToken) break;
        }
        if (Date.now() - lastTick > 1000) {
          lastTick = Date.now();
          process.stderr.write('.');
        }
      }
    }),
  );
  process.stderr.write('\n');
  return runFigures(latencies, errors, seconds);
}

/** Of a path's runs in several rounds, the one with the median throughput (its latencies and CPU with it). */
function medianRun(runs) {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor((runs.length - 1) / 2)];
}

/** A vacancy to create in the write scenario: a random regency and one of the seeded occupations' names. */
function newVacancy(employerId) {
  const { names } = seededVocabulary();
  const { todayWib } = regionCodes();
  const p = rnd(ALL_PROVINCES);
  if (!regenciesOf.has(p))
    regenciesOf.set(
      p,
      regionCodes()
        .listRegencies(p)
        .map((x) => x.code),
    );
  return {
    employerId,
    positionName: rnd(names).replace(/\b\w/g, (c) => c.toUpperCase()),
    kbjiCode: '4110',
    kbliCode: '46100',
    regionCode: rnd(regenciesOf.get(p)) ?? `${p}.01`,
    numberNeeded: 1,
    validFrom: todayWib(),
    validUntil: new Date(Date.parse(`${todayWib()}T00:00:00Z`) + 60 * 86400000).toISOString().slice(0, 10),
    description: WRITER_MARK,
  };
}

/** Vacancy creation (published at once) through the gateway: POST /v1/vacancies with an Idempotency-Key, `connections` clients. */
async function runWritesHttp(bases, token, employerId, connections, seconds = DURATION) {
  const autocannon = require('autocannon');
  const list = [bases].flat();
  const latencies = [];
  let errors = 0;
  const statuses = {};
  const results = await Promise.all(
    list.map(
      (url, i) =>
        new Promise((resolve, reject) => {
          const inst = autocannon(
            {
              url,
              connections: Math.floor(connections / list.length) + (i < connections % list.length ? 1 : 0),
              duration: seconds,
              requests: [
                {
                  method: 'POST',
                  setupRequest: (req) => ({
                    ...req,
                    path: '/v1/vacancies',
                    headers: {
                      authorization: `Bearer ${token}`,
                      'content-type': 'application/json',
                      // BENCH_WRITES_IDEMPOTENCY_KEY=0: without the header (what the gateway's key store costs)
                      ...(process.env.BENCH_WRITES_IDEMPOTENCY_KEY === '0'
                        ? {}
                        : { 'idempotency-key': require('node:crypto').randomUUID() }),
                    },
                    body: JSON.stringify(newVacancy(employerId)),
                  }),
                },
              ],
            },
            (err, res) => (err ? reject(err) : resolve(res)),
          );
          inst.on('response', (_c, statusCode, _b, responseTime) => {
            latencies.push(responseTime);
            if (statusCode !== 201) {
              errors++;
              statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
            }
          });
          if (i === 0) inst.on('tick', () => process.stderr.write('.'));
        }),
    ),
  );
  process.stderr.write('\n');
  if (errors) log(`writes: non-201 answers ${JSON.stringify(statuses)}`);
  latencies.sort((a, b) => a - b);
  const total = results.reduce((a, r) => a + r.requests.total, 0);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: total / seconds,
    n: total,
    errors,
    latencies,
    seconds,
  };
}

/** How many vacancies of the bench's employer were created since `since` (the database's time), and in how many transactions. */
async function createdSince(pool, employerId, since) {
  const [r] = (
    await pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT xmin::text)::int AS transactions FROM vacancies WHERE employer_id = $1 AND created_at >= $2`,
      [employerId, since],
    )
  ).rows;
  return r;
}
const dbNow = async (pool) => (await pool.query(`SELECT now() AS t`)).rows[0].t;

/**
 * The same creations straight through pg: the statements the jobs service runs for one (the request-id lookup with the
 * employer, the vacancy's INSERT and its two outbox rows, in one transaction, pipelined as the service's outbox does it:
 * BEGIN with the lookup, the outbox rows with the COMMIT), `connections` at once.
 */
async function runWritesRaw(pool, employerId, connections, seconds = DURATION) {
  const { randomUUID } = require('node:crypto');
  const latencies = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      const c = await pool.connect();
      try {
        while (Date.now() < end) {
          const v = newVacancy(employerId);
          const t = process.hrtime.bigint();
          try {
            await rawCreate(c, v, `bench:${randomUUID()}`);
          } catch (e) {
            errors++;
            if (errors === 1) log(`raw writes: ${e.message}`);
          }
          latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      } finally {
        c.release();
      }
    }),
  );
  return runFigures(latencies, errors, seconds);
}

/**
 * Waits until the jobs service's relay has published every outbox row (events of the gateway path), up to `timeoutMs`;
 * returns the seconds it took and the rows still unpublished then. A write run whose events were not published did not
 * pay for their relay, broker and consumers, and is reported as such.
 */
async function outboxDrained(pool, timeoutMs = 60000) {
  const t = Date.now();
  for (;;) {
    const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL`)).rows;
    if (!n || Date.now() - t > timeoutMs) return { seconds: (Date.now() - t) / 1000, left: n };
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * The runs of one write path over the rounds as one: requests per second over all their seconds, percentiles of all
 * their latencies, CPU per create weighted by each run's creates, and the load average at the first start and last end.
 */
/** A run's figures from its latencies (ms, sorted here), errors and length. */
function runFigures(latencies, errors, seconds) {
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: latencies.length / seconds,
    n: latencies.length,
    errors,
    latencies,
    seconds,
  };
}

/**
 * The same creations straight through pg, batched as the jobs service batches them (informational: what the service's
 * path costs against its own statements): `connections` clients, each waiting for its create's answer, hand their creates
 * to one StatementBatcher (libs/persistence) with the service's slots and batch size; a batch is one transaction on a
 * connection of the pool (raw-writes.js: the lookup of every create, the service's REGISTER_LOOKUP_SQL, with BEGIN, one
 * INSERT of the batch's rows with their ids, their outbox rows with the COMMIT).
 */
async function runWritesRawBatched(pool, employerId, connections, seconds = DURATION) {
  const { randomUUID } = require('node:crypto');
  const latencies = [];
  let errors = 0;
  const batcher = rawBatcher(pool);
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const t = process.hrtime.bigint();
        try {
          await batcher.submit({ v: newVacancy(employerId), requestId: `bench:${randomUUID()}` });
        } catch (e) {
          errors++;
          if (errors === 1) log(`raw batched writes: ${e.message}`);
        }
        latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  return runFigures(latencies, errors, seconds);
}

function mergeWriteRuns(runs) {
  const latencies = runs.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const n = runs.reduce((a, r) => a + r.n, 0);
  const weighted = (get) => runs.reduce((a, r) => a + (get(r) ?? 0) * r.n, 0) / Math.max(1, n);
  const cpu = {};
  for (const k of Object.keys(runs[0].cpu)) if (k !== 'postgresByDb') cpu[k] = weighted((r) => r.cpu[k]);
  cpu.postgresByDb = Object.fromEntries(Object.keys(runs[0].cpu.postgresByDb).map((db) => [db, weighted((r) => r.cpu.postgresByDb[db])]));
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: n / runs.reduce((a, r) => a + r.seconds, 0),
    n,
    errors: runs.reduce((a, r) => a + r.errors, 0),
    cpu,
    load: [runs[0].load[0], runs[runs.length - 1].load[1]],
    // vacancies per transaction (the jobs service batches the creates that arrive together)
    perTransaction: runs[0].created
      ? runs.reduce((a, r) => a + r.created.n, 0) /
        Math.max(
          1,
          runs.reduce((a, r) => a + r.created.transactions, 0),
        )
      : undefined,
    // how long the relay took to publish what a run left, at most, and what it left unpublished in all
    drain: runs[0].drain
      ? { seconds: Math.max(...runs.map((r) => r.drain.seconds)), left: runs.reduce((a, r) => a + r.drain.left, 0) }
      : undefined,
  };
}

const f = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '-');

async function main() {
  const t0 = Date.now();
  log(
    `jobs database ${DB_URL.replace(/\/\/[^@/]*@/, '//***@')}, ${VACANCIES.toLocaleString('en')} vacancies wanted, ${DURATION} s per run`,
  );
  const { seed } = require('../seed');
  // migrate (and count) first; seed only when the database holds fewer vacancies than wanted
  await seed({ database: DB_URL, vacancies: 0, seekers: 0, quiet: true });
  log('building jobs, identity and gateway (SWC)');
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build.js'), 'services/jobs', 'services/identity', 'services/gateway'], {
    stdio: 'inherit',
    cwd: ROOT,
  });
  const { Pool } = require('pg');
  // the services' session settings (libs/persistence SESSION_OPTIONS: JIT off), so the raw path runs the statements as cheaply
  const { SESSION_OPTIONS } = require(path.join(ROOT, 'dist/libs/persistence/src/index.js'));
  const pool = new Pool({ connectionString: DB_URL, max: POOL, application_name: 'siapkerja-bench-raw', options: SESSION_OPTIONS });
  const [{ n }] = (await pool.query(`SELECT count(*)::int AS n FROM vacancies`)).rows;
  if (n < VACANCIES) {
    log(`${n.toLocaleString('en')} vacancies present: seeding ${(VACANCIES - n).toLocaleString('en')} more (progress below)`);
    await seed({ database: DB_URL, vacancies: VACANCIES - n, seekers: 0 });
  } else log(`reusing ${n.toLocaleString('en')} vacancies`);
  // the benchmark states the server's autovacuum setting (off on this project's machines), and vacuums and analyzes itself
  const autovacuum = (await pool.query('SHOW autovacuum')).rows[0].autovacuum;
  log(`PostgreSQL autovacuum = ${autovacuum}; VACUUM (ANALYZE) of vacancies, employers, outbox_events and the facet counts`);
  // and its buffer cache against the catalogue: a search that reads its pages from the operating system's cache instead of
  // shared_buffers costs PostgreSQL CPU on every path alike (copies and system calls), which moves the absolute figures
  const {
    rows: [buffers],
  } = await pool.query(
    `SELECT current_setting('shared_buffers') AS shared_buffers, pg_size_pretty(pg_database_size(current_database())) AS database,
            pg_database_size(current_database()) > pg_size_bytes(current_setting('shared_buffers')) AS exceeds`,
  );
  const bufferNote = `shared_buffers = ${buffers.shared_buffers} for a ${buffers.database} jobs database${
    buffers.exceeds ? ' (smaller: many pages are read from the OS cache; see README, "Search performance")' : ''
  }`;
  log(`PostgreSQL ${bufferNote}`);
  await pool.query('VACUUM (ANALYZE) vacancies');
  await pool.query('VACUUM (ANALYZE) employers');
  // an earlier run's raw-path rows, written before they were marked published, would stop the relay (their topic does not exist)
  const stale = await pool.query(`DELETE FROM outbox_events WHERE topic = $1 AND published_at IS NULL`, [RAW_EVENTS_TOPIC]);
  if (stale.rowCount) log(`deleted ${stale.rowCount} unpublished raw-path outbox rows an earlier run left`);
  // the outbox both write paths append to (the relay's published rows and the raw path's deleted ones leave dead tuples)
  await pool.query('VACUUM (ANALYZE) outbox_events');
  // the facet-count deltas the fold deletes every second (a word-less search's counts read the table whole)
  await pool.query('VACUUM (ANALYZE) vacancy_facet_count_deltas, vacancy_facet_counts_province, vacancy_facet_counts_regency');
  // the table and its indexes read into the OS page cache first: whichever path ran first would otherwise pay the disk
  // (this machine's kernel also reclaims cold page cache between runs, so each scenario is warmed again below)
  try {
    await pool.query('CREATE EXTENSION IF NOT EXISTS pg_prewarm');
    const t = Date.now();
    const { rows: rels } = await pool.query(
      `SELECT c.oid::regclass::text AS rel FROM pg_class c WHERE c.oid IN ('vacancies'::regclass, 'employers'::regclass)
        OR c.oid IN (SELECT indexrelid FROM pg_index WHERE indrelid IN ('vacancies'::regclass, 'employers'::regclass))`,
    );
    // into shared_buffers too when they fit in it (a server just restarted with a large buffer cache starts it empty, and
    // the first path measured would fill it for the others)
    const {
      rows: [{ fits }],
    } = await pool.query(
      `SELECT sum(pg_relation_size(r::regclass)) < 0.9 * pg_size_bytes(current_setting('shared_buffers')) AS fits FROM unnest($1::text[]) r`,
      [rels.map((r) => r.rel)],
    );
    const mode = fits ? 'buffer' : 'read';
    let blocks = 0;
    for (const { rel } of rels) blocks += Number((await pool.query(`SELECT pg_prewarm($1::regclass, $2) AS n`, [rel, mode])).rows[0].n);
    log(
      `prewarmed ${rels.length} relations (${((blocks * 8192) / 2 ** 30).toFixed(1)} GiB) into ${fits ? 'shared_buffers' : 'the page cache'} in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
  } catch (e) {
    log(`pg_prewarm not available (${e.message}): the first runs may read from disk`);
  }

  // the gateway's and identity's databases are named after the jobs database (siapkerja_bench_jobs -> siapkerja_bench_gateway),
  // so two runs on different jobs databases do not share them
  const sibling = (name) => {
    const u = new URL(DB_URL);
    const jobs = u.pathname.slice(1);
    u.pathname = `/${jobs.endsWith('_jobs') ? jobs.slice(0, -'_jobs'.length) : jobs}_${name}`;
    return u;
  };
  const gwDb = sibling('gateway');
  const grpcPort = await freePort();
  const opsPort = await freePort();
  const secret = 'bench-person-id-secret-0123456789abcdef';
  // the gateway signs the caller it forwards and the service checks it, as in production
  const callerSecret = 'bench-caller-signing-secret-0123456789abcdef';
  // the token signing key identity uses (the gateways verify with its JWK set)
  const signingKey = require('node:crypto')
    .generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' });
  const procs = [];
  let kafka;
  try {
    // a real Kafka broker carries the vacancy events from the jobs service to every gateway replica (cache invalidation)
    // (KAFKA_BROKERS: reuse a running broker instead)
    const { startBroker } = require('../kafka/broker');
    if (!process.env.KAFKA_BROKERS)
      kafka = await startBroker({ dataDir: path.join(require('node:os').tmpdir(), `siapkerja-bench-kafka-${process.pid}`) });
    const brokers = process.env.KAFKA_BROKERS || kafka.brokers;
    const events = { EVENT_BUS: 'kafka', KAFKA_BROKERS: brokers };
    log(`Kafka broker at ${brokers}`);
    const jobs = startProcess('jobs', {
      DATABASE_URL: DB_URL,
      ...events,
      PERSON_ID_SECRET: secret,
      CALLER_SIGNING_SECRET: callerSecret,
      GRPC_HOST: '127.0.0.1',
      GRPC_PORT: String(grpcPort),
      METRICS_PORT: String(opsPort),
      DB_POOL_SIZE: String(POOL),
      ...(FACET_EXACT_LIMIT ? { VACANCY_FACET_EXACT_LIMIT: String(FACET_EXACT_LIMIT) } : {}),
      // the batches of new vacancies, for the jobs service and the batched raw path alike
      VACANCY_WRITE_BATCHES: String(SERVICE_WRITE_BATCHES.concurrency),
      VACANCY_WRITE_BATCH_MAX: String(SERVICE_WRITE_BATCHES.maxBatch),
    });
    procs.push(jobs);
    await waitReady(`http://127.0.0.1:${opsPort}/health/live`, jobs);
    // identity issues the tokens (sandbox clients) and serves the JWK set the gateways verify them with
    const identityDb = sibling('identity');
    // PostgreSQL's CPU is counted over this run's databases only (the server may be shared with other work)
    postgresScope.pool = pool;
    postgresScope.databases = [new URL(DB_URL), gwDb, identityDb].map((u) => u.pathname.slice(1));
    const identity = await processes.startSandboxIdentity(ROOT, {
      databaseUrl: identityDb.toString(),
      events,
      personIdSecret: secret,
      callerSecret,
      signingKey,
    });
    procs.push(identity.proc);
    // gateway replicas (BENCH_GATEWAYS, default 2: one per core, as a deployment of this machine's size would run them)
    const gateways = [];
    for (let i = 0; i < GATEWAYS; i++) {
      const httpPort = await freePort();
      const gw = startProcess(
        GATEWAYS > 1 ? `gateway-${i + 1}` : 'gateway',
        processes.searchGatewayEnv({
          databaseUrl: gwDb.toString(),
          events,
          personIdSecret: secret,
          callerSecret,
          port: httpPort,
          jobs: `127.0.0.1:${grpcPort}`,
          identity: identity.address,
        }),
        path.join(ROOT, 'dist/services/gateway/src/main.js'),
      );
      procs.push(gw);
      gateways.push({ proc: gw, base: `http://127.0.0.1:${httpPort}` });
      // one at a time: the first runs the gateway's migrations
      await waitReady(`http://127.0.0.1:${httpPort}/health/live`, gw);
    }
    const bases = gateways.map((g) => g.base);
    const gatewayPids = gateways.map((g) => g.proc.child.pid);
    const base = bases[0];
    const token = await processes.sandboxAdminToken(base);
    const probe = await fetch(`${base}/v1/vacancies/search?q=perawat&region=33`, { headers: { authorization: `Bearer ${token}` } });
    const body = await probe.json();
    if (probe.status !== 200) throw new Error(`search probe failed: ${probe.status} ${JSON.stringify(body)}`);
    log(`probe: 'perawat' in province 33 -> ${body.totalSize} matches`);
    // events an earlier run left unpublished go out before anything is measured
    const backlog = await outboxDrained(pool, 600000);
    if (backlog.seconds > 1) log(`the relay published an earlier run's events in ${backlog.seconds.toFixed(0)} s (${backlog.left} left)`);
    const employerId = (await pool.query(`SELECT id FROM employers ORDER BY id LIMIT 1`)).rows[0].id;
    if (!WRITES_PER_S) {
      const [t] = (
        await pool.query(
          `SELECT count(*)::float8 AS n, avg(valid_until - valid_from)::float8 AS days FROM vacancies WHERE state = 'PUBLISHED'`,
        )
      ).rows;
      WRITES_PER_S = Math.max(0.05, Number((2 * ((2 * t.n) / ((t.days || 30) * 86400))).toFixed(2)));
      log(
        `writer: ${WRITES_PER_S} vacancy changes per s (twice the turnover of ${Math.round(t.n).toLocaleString('en')} published vacancies valid ${Math.round(t.days)} days on average)`,
      );
    }

    const barePort = await freePort();
    const bare = startProcess(
      'bare',
      {
        BARE_DATABASE_URL: DB_URL,
        BARE_PORT: String(barePort),
        BARE_POOL: String(POOL),
        ...(FACET_EXACT_LIMIT ? { VACANCY_FACET_EXACT_LIMIT: String(FACET_EXACT_LIMIT) } : {}),
      },
      path.join(__dirname, 'bare-search-server.js'),
    );
    procs.push(bare);
    await waitReady(`http://127.0.0.1:${barePort}/health`, bare);
    const bareBase = `http://127.0.0.1:${barePort}`;

    const searcher = rawSearcher(pool);
    // every path must give the same answers, or its figures compare nothing: a sample of each scenario's searches and their
    // next pages, by the gateway (no-cache), the bare server and the raw statements, compared by the ids of the hits
    const checked = { same: 0, total: 0 };
    reseed(SEED + 2000);
    for (const sc of Object.values(SCENARIOS)) {
      for (let i = 0; i < 10; i++) {
        const p = sc.make();
        let tokens = { g: '', h: '', r: '' };
        for (let page = 0; page < 3; page++) {
          const g = await (
            await fetch(`${base}/v1/vacancies/search?${qs({ ...p, ...(tokens.g ? { pageToken: tokens.g } : {}) })}`, {
              headers: { authorization: `Bearer ${token}`, 'cache-control': 'no-cache' },
            })
          ).json();
          const h = await (await fetch(`${bareBase}/?${qs({ ...p, ...(tokens.h ? { pageToken: tokens.h } : {}) })}`)).json();
          const r = await searcher.search({ ...p, pageSize: 20, pageToken: tokens.r });
          const ids = [(g.results ?? []).map((x) => x.id), (h.hits ?? []).map((x) => x.id), r.hits.map((x) => x.id)].map((x) => x.join());
          checked.total++;
          if (ids[0] === ids[1] && ids[1] === ids[2]) checked.same++;
          else
            log(
              `answers differ for ${qs(p)} page ${page + 1}: gateway ${ids[0].slice(0, 60)} | bare ${ids[1].slice(0, 60)} | raw ${ids[2].slice(0, 60)}`,
            );
          tokens = { g: g.nextPageToken ?? '', h: h.nextPageToken ?? '', r: r.nextPageToken };
          if (!tokens.g || !tokens.h || !tokens.r) break;
        }
      }
    }
    log(`answers checked: ${checked.same}/${checked.total} the same on every path`);
    const wanted = (process.env.BENCH_SCENARIOS || [...Object.keys(SCENARIOS), 'writes'].join(',')).split(',');

    /** One round of a search scenario: the gateway (answers cached, after its warm-up), no-cache, bare node:http, raw. */
    async function measureSearchRound(name, sc, seed) {
      // warm the scenario's pages (and the facet counts) on the raw path, so no path measures a cold start: the first of
      // the searches every path is measured on
      reseed(seed);
      await runRaw(searcher, sc, WARMUP);
      log(`${name}: gateway (search answers cached), ${sc.connections} clients, ${DURATION} s, ${WRITES_PER_S} vacancies published per s`);
      // the answers cache reaches its steady state first (answers expire after 30 s and on vacancy changes): warm it through
      // the gateway as long as the measurement lasts, with the writer running
      let stopWriter = startWriter(base, token, employerId, WRITES_PER_S);
      log(`${name}: warming the gateway (search answers cached) for ${DURATION} s`);
      reseed(seed + 1000); // other searches than the measured ones (a Zipf scenario repeats its head in both anyway)
      await runHttp(bases, token, sc);
      await stopWriter();
      const before = await searchOutcomes(bases);
      stopWriter = startWriter(base, token, employerId, WRITES_PER_S);
      reseed(seed);
      const g = await withCpu({ gateway: gatewayPids, jobs: jobs.child.pid }, () => runHttp(bases, token, sc));
      const wrote = await stopWriter();
      const after = await searchOutcomes(bases);
      g.hitRatio = (after.hit - before.hit) / Math.max(1, after.hit + after.miss - before.hit - before.miss);
      g.writes = wrote.made;
      log(
        `${name}: gateway, every request with Cache-Control: no-cache (the whole path: gateway, gRPC, jobs, PostgreSQL), ${sc.connections} clients, ${DURATION} s`,
      );
      stopWriter = startWriter(base, token, employerId, WRITES_PER_S);
      reseed(seed);
      const u = await withCpu({ gateway: gatewayPids, jobs: jobs.child.pid }, () =>
        runHttp(bases, token, sc, { 'cache-control': 'no-cache' }),
      );
      await stopWriter();
      log(`${name}: bare node:http + the same SQL, ${sc.connections} clients, ${DURATION} s`);
      reseed(seed);
      const h = await withCpu({ bare: bare.child.pid }, () => runHttp(bareBase, '', sc));
      log(`${name}: raw SQL through pg, ${sc.connections} clients, ${DURATION} s`);
      reseed(seed);
      const r = await withCpu({}, () => runRaw(searcher, sc));
      return { g, u, h, r };
    }

    const rows = [];
    for (const name of wanted.filter((w) => w !== 'writes')) {
      const sc = SCENARIOS[name];
      if (!sc) throw new Error(`unknown scenario ${name} (${Object.keys(SCENARIOS).join(', ')})`);
      // the paths take turns, round after round (each round on searches of its own seed, the same for its four paths): a
      // neighbour's load that comes and goes then weighs on every path alike, and a scenario whose searches differ in cost
      // by two orders of magnitude (diverse) is measured on more than one draw; each path's figures are its median round's
      const roundsOf = SEARCH_ROUNDS ?? (sc.rounds || 1);
      const runs = [];
      for (let round = 1; round <= roundsOf; round++) {
        const seed = SEED + (round - 1) * 10_000;
        if (roundsOf > 1) log(`${name}: round ${round}/${roundsOf}`);
        runs.push(await measureSearchRound(name, sc, seed));
      }
      const pick = (k) => medianRun(runs.map((x) => x[k]));
      const [g, u, h, r] = ['g', 'u', 'h', 'r'].map(pick);
      const roundsRps = roundsOf > 1 ? Object.fromEntries(['g', 'u', 'h', 'r'].map((k) => [k, runs.map((x) => x[k].rps)])) : undefined;
      rows.push({ name, c: sc.connections, g, u, h, r, target: sc.target, roundsRps });
    }

    // writes: vacancy creation (published at once) through the gateway against the same statements through pg
    let writes;
    if (!process.env.BENCH_SCENARIOS || wanted.includes('writes') || process.env.BENCH_WRITES === '1') {
      const WRITERS = Number(process.env.BENCH_WRITERS || 16);
      // neither path is measured cold: each first creates for BENCH_WRITES_WARMUP_S (the JIT compiles the write path of
      // the gateway and jobs processes, which a search-only run never took; after 5 s the gateways still spent 1.7-1.9 ms
      // of CPU per create, after 30 s 1.2-1.3, as after the search scenarios)
      log(`writes: warming the gateway, raw and bare paths for ${WRITES_WARMUP} s each`);
      await runWritesHttp(bases, token, employerId, WRITERS, WRITES_WARMUP);
      await runWritesRaw(pool, employerId, WRITERS, WRITES_WARMUP);
      await runWritesHttp(bareBase, token, employerId, WRITERS, WRITES_WARMUP);
      await outboxDrained(pool);
      // the broker's CPU is counted with the gateway path's (when the bench started it: its process is known)
      const brokerPid = kafka?.pid ? { kafka: kafka.pid } : {};
      // the paths take turns, BENCH_WRITES_ROUNDS times, each gateway run beside a raw run of the same round: one run of
      // 15 s on a shared machine moved the ratio between 0.43 and 0.58 with nothing changed. With several gateway
      // replicas the creates also go through one of them alone (its siblings keep consuming the events, and their CPU is
      // counted): the same machine's load served by fewer, busier processes (see README, "Write performance").
      const paths = [{ name: `${GATEWAYS} replica${GATEWAYS > 1 ? 's' : ''}`, bases }];
      if (GATEWAYS > 1) paths.push({ name: '1 replica', bases: bases.slice(0, 1), idle: gatewayPids.slice(1) });
      const rounds = [];
      for (let i = 1; i <= WRITES_ROUNDS; i++) {
        const round = { g: {} };
        for (const p of paths) {
          log(`writes, round ${i}/${WRITES_ROUNDS}: vacancy creation through the gateway (${p.name}), ${WRITERS} clients, ${DURATION} s`);
          // (through one replica, the others' CPU is also shown alone: what keeping a replica's answers fresh costs per create)
          const idle = p.idle ? { idleReplicas: p.idle } : {};
          const since = await dbNow(pool);
          round.g[p.name] = await withCpu({ gateway: gatewayPids, jobs: jobs.child.pid, ...brokerPid, ...idle }, () =>
            runWritesHttp(p.bases, token, employerId, WRITERS),
          );
          round.g[p.name].created = await createdSince(pool, employerId, since);
          // the run's events must have gone out (the relay, the broker and the consumers are part of the path)
          round.g[p.name].drain = await outboxDrained(pool);
        }
        log(`writes, round ${i}/${WRITES_ROUNDS}: the same statements through pg, ${WRITERS} clients, ${DURATION} s`);
        round.r = await withCpu({}, () => runWritesRaw(pool, employerId, WRITERS));
        log(
          `writes, round ${i}/${WRITES_ROUNDS}: the same statements through pg, batched as the jobs service batches them, ${WRITERS} clients, ${DURATION} s`,
        );
        const since = await dbNow(pool);
        round.b = await withCpu({}, () => runWritesRawBatched(pool, employerId, WRITERS));
        round.b.created = await createdSince(pool, employerId, since);
        // the floor of any Node HTTP service creating vacancies: the bare server, the same batched statements, the same client
        log(`writes, round ${i}/${WRITES_ROUNDS}: bare node:http + the same statements batched, ${WRITERS} clients, ${DURATION} s`);
        const bareSince = await dbNow(pool);
        round.h = await withCpu({ bare: bare.child.pid }, () => runWritesHttp(bareBase, token, employerId, WRITERS));
        round.h.created = await createdSince(pool, employerId, bareSince);
        rounds.push(round);
      }
      await pool.query(`DELETE FROM outbox_events WHERE topic = $1`, [RAW_EVENTS_TOPIC]);
      writes = {
        c: WRITERS,
        r: mergeWriteRuns(rounds.map((r) => r.r)),
        b: mergeWriteRuns(rounds.map((r) => r.b)),
        h: mergeWriteRuns(rounds.map((r) => r.h)),
        paths: paths.map((p) => ({
          name: p.name,
          g: mergeWriteRuns(rounds.map((r) => r.g[p.name])),
          // each round's gateway run against the raw runs of the same round
          ratios: rounds.map((r) => r.g[p.name].rps / r.r.rps),
          batchedRatios: rounds.map((r) => r.g[p.name].rps / r.b.rps),
          bareRatios: rounds.map((r) => r.g[p.name].rps / r.h.rps),
        })),
      };
    }

    const lines = [
      '',
      `Karirhub search benchmark: ${n >= VACANCIES ? n.toLocaleString('en') : VACANCIES.toLocaleString('en')} vacancies, ${DURATION} s per run, machine: ${require('node:os').cpus().length} cores (gateway, jobs, PostgreSQL and the load generator share them); PostgreSQL autovacuum = ${autovacuum} (VACUUM (ANALYZE) run after seeding), ${bufferNote}${FACET_EXACT_LIMIT ? `; facet counts exact up to ${FACET_EXACT_LIMIT.toLocaleString('en')} matches (BENCH_FACET_EXACT_LIMIT; the service's default 5,000)` : ''}`,
      `answers checked: ${checked.same}/${checked.total} sampled searches (first and next pages) answered the same by the gateway (no-cache), the bare server and the raw statements`,
      // the search tables only when a search scenario ran (BENCH_SCENARIOS=writes prints the writes alone)
      ...(rows.length
        ? [
            `gateway = what clients get from ${GATEWAYS} gateway replica(s) behind a connection balancer (answers shared for up to 30 s, dropped per province on every`,
            `vacancy change, events through a real Kafka broker; ${WRITES_PER_S} vacancies published per s during the runs, after a warm-up as long as the run);`,
            'no-cache = every request sent with Cache-Control: no-cache, i.e. gateway + gRPC + jobs service + PostgreSQL each time; raw pg = the same SQL straight through pg.',
            'scenario            clients | gateway p50/p95/p99 ms   req/s  hits | no-cache p50/p95/p99 ms  req/s | raw pg p50/p95/p99 ms    req/s | p95 gw/raw nc/raw | targets (gateway; no-cache)',
          ]
        : []),
    ];
    const verdict = (ok) => (ok ? 'met' : 'NOT met');
    for (const { name, c, g, u, r, target, roundsRps } of rows) {
      const checks = [];
      if (target?.p95) checks.push(`p95 <= ${target.p95} ms: ${verdict(g.p95 <= target.p95)}; ${verdict(u.p95 <= target.p95)}`);
      if (target?.rps) checks.push(`>= ${target.rps} req/s: ${verdict(g.rps >= target.rps)}; ${verdict(u.rps >= target.rps)}`);
      checks.push(`p95 <= 1.5x raw: ${verdict(g.p95 <= 1.5 * r.p95)}; ${verdict(u.p95 <= 1.5 * r.p95)}`);
      lines.push(
        `${name.padEnd(19)} ${String(c).padStart(7)} | ${`${f(g.p50)}/${f(g.p95)}/${f(g.p99)}`.padEnd(22)} ${f(g.rps, 0).padStart(7)} ${`${f(g.hitRatio * 100, 0)}%`.padStart(5)} | ` +
          `${`${f(u.p50)}/${f(u.p95)}/${f(u.p99)}`.padEnd(22)} ${f(u.rps, 0).padStart(7)} | ${`${f(r.p50)}/${f(r.p95)}/${f(r.p99)}`.padEnd(22)} ${f(r.rps, 0).padStart(7)} | ` +
          `${f(g.p95 / r.p95, 2).padStart(10)} ${f(u.p95 / r.p95, 2).padStart(6)} | ${checks.join(' | ')}`,
      );
      if (roundsRps) {
        const list = (xs) => xs.map((x) => f(x, 0)).join(', ');
        lines.push(
          `${''.padEnd(27)} ${roundsRps.g.length} rounds (each path: its median round), req/s: gateway ${list(roundsRps.g)} | no-cache ${list(roundsRps.u)} | bare ${list(roundsRps.h)} | raw ${list(roundsRps.r)}`,
        );
      }
      const errs = g.errors + u.errors + r.errors;
      if (errs) lines.push(`${''.padEnd(27)} errors: gateway ${g.errors}, no-cache ${u.errors}, raw ${r.errors}`);
    }
    if (rows.length)
      lines.push(
        '',
        'Baseline "bare node:http": one plain node:http process running the same statements over pg (no framework, auth or gRPC hop), the floor of',
        'any Node HTTP service here. gw/bare = what the gateway, its checks and the gRPC hop to the jobs service add.',
        'scenario            clients | bare http p50/p95/p99 ms req/s   err | no-cache/bare p95  no-cache/bare req/s',
      );
    for (const { name, c, u, h } of rows) {
      lines.push(
        `${name.padEnd(19)} ${String(c).padStart(7)} | ${`${f(h.p50)}/${f(h.p95)}/${f(h.p99)}`.padEnd(22)} ${f(h.rps, 0).padStart(7)} ${String(h.errors).padStart(5)} | ${f(u.p95 / h.p95, 2).padStart(17)} ${f(u.rps / h.rps, 2).padStart(20)}`,
      );
    }
    if (rows.length)
      lines.push(
        '',
        "CPU ms per request (from /proc; postgres = the backends connected to this run's jobs, gateway and identity databases):",
      );
    for (const { name, g, u, h, r } of rows) {
      lines.push(
        `${name.padEnd(19)} gateway: gateway ${f(g.cpu.gateway, 2)} + jobs ${f(g.cpu.jobs, 2)} + postgres ${f(g.cpu.postgres, 2)} + load generator ${f(g.cpu.client, 2)}` +
          ` | no-cache: gateway ${f(u.cpu.gateway, 2)} + jobs ${f(u.cpu.jobs, 2)} + postgres ${f(u.cpu.postgres, 2)} + load generator ${f(u.cpu.client, 2)}` +
          ` | bare http: server ${f(h.cpu.bare, 2)} + postgres ${f(h.cpu.postgres, 2)} + load generator ${f(h.cpu.client, 2)} | raw: postgres ${f(r.cpu.postgres, 2)} + pg client ${f(r.cpu.client, 2)}`,
      );
    }
    if (writes) {
      const { c, r: wr, b: wb, h: wh } = writes;
      const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
      lines.push(
        '',
        'Writes: vacancy creation (published at once, two events) through the gateway (Idempotency-Key, token, gRPC, jobs, outbox) against the',
        'same statements straight through pg (request-id lookup with the employer, INSERT, two outbox rows, one transaction). Targets: >= 50% of raw, p95 < 100 ms.',
        `${WRITES_ROUNDS} round(s) of ${DURATION} s per path, taking turns, ${c} clients; ratio = the median of the rounds' ratios (gateway run / raw run of the same round).`,
        `raw pg               | p50/p95/p99 ${f(wr.p50)}/${f(wr.p95)}/${f(wr.p99)} ms ${f(wr.rps, 0)} creates/s | CPU ms per create: postgres ${f(wr.cpu.postgres, 2)} + pg client ${f(wr.cpu.client, 2)}` +
          ` | load average at start/end ${wr.load.map((x) => f(x, 2)).join('/')}`,
        `raw pg, batched      | p50/p95/p99 ${f(wb.p50)}/${f(wb.p95)}/${f(wb.p99)} ms ${f(wb.rps, 0)} creates/s, ${f(wb.perTransaction, 1)} per transaction | CPU ms per create: postgres ${f(wb.cpu.postgres, 2)} + pg client ${f(wb.cpu.client, 2)}` +
          ` (informational: the same statements batched as the jobs service batches the creates arriving together, ${SERVICE_WRITE_BATCHES.concurrency} transactions at once, at most ${SERVICE_WRITE_BATCHES.maxBatch} each)`,
        `bare http, batched   | p50/p95/p99 ${f(wh.p50)}/${f(wh.p95)}/${f(wh.p99)} ms ${f(wh.rps, 0)} creates/s, ${f(wh.perTransaction, 1)} per transaction | CPU ms per create: server ${f(wh.cpu.bare, 2)} + postgres ${f(wh.cpu.postgres, 2)} + load generator ${f(wh.cpu.client, 2)}` +
          ` (informational: one plain node:http process running those batched statements for the same HTTP clients; the floor of any Node HTTP service creating vacancies)`,
      );
      for (const { name, g: wg, ratios, batchedRatios, bareRatios } of writes.paths) {
        const ratio = median(ratios);
        lines.push(
          `gateway, ${name.padEnd(11)} | p50/p95/p99 ${f(wg.p50)}/${f(wg.p95)}/${f(wg.p99)} ms ${f(wg.rps, 0)} creates/s | ` +
            `ratio ${f(ratio, 2)} (rounds ${ratios.map((x) => f(x, 2)).join(', ')}; >= 0.5: ${verdict(ratio >= 0.5)}), p95 < 100 ms: ${verdict(wg.p95 < 100)}` +
            ` | ${f(wg.perTransaction, 1)} vacancies per transaction; against the batched statements ${f(median(batchedRatios), 2)}, against bare http batched ${f(median(bareRatios), 2)}`,
          `${''.padEnd(21)} CPU ms per create: gateway ${f(wg.cpu.gateway, 2)}${
            wg.cpu.idleReplicas !== undefined
              ? ` (of which the replica${GATEWAYS > 2 ? 's' : ''} taking no requests, consuming the events: ${f(wg.cpu.idleReplicas, 2)})`
              : ''
          } + jobs ${f(wg.cpu.jobs, 2)}${wg.cpu.kafka !== undefined ? ` + Kafka broker ${f(wg.cpu.kafka, 2)}` : ''} + postgres ${f(wg.cpu.postgres, 2)}` +
            ` (${Object.entries(wg.cpu.postgresByDb)
              .map(([db, ms]) => `${db || 'all'} ${f(ms, 2)}`)
              .join(', ')}) + load generator ${f(wg.cpu.client, 2)}` +
            (wg.errors || wr.errors ? ` | errors: gateway ${wg.errors}, raw ${wr.errors}` : '') +
            ` | load average at start/end ${wg.load.map((x) => f(x, 2)).join('/')}`,
          `${''.padEnd(21)} events: ${
            wg.drain.left
              ? `NOT all published: ${wg.drain.left} outbox rows left 60 s after the runs (the path ran without its relay)`
              : `all published, the last within ${f(wg.drain.seconds, 1)} s of a run's end`
          }`,
        );
      }
    }
    lines.push(`total ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    process.stdout.write(lines.join('\n') + '\n');
  } finally {
    for (const p of procs.reverse()) await p.stop();
    if (kafka) await kafka.stop();
    const { rowCount } = await pool.query(`DELETE FROM vacancies WHERE description = $1`, [WRITER_MARK]).catch(() => ({ rowCount: 0 }));
    if (rowCount) log(`removed the ${rowCount} vacancies the writer published`);
    await pool.end();
  }
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`[bench] failed: ${e.stack ?? e}\n`);
    process.exit(1);
  });
}
module.exports = { SCENARIOS };
