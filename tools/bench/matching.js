#!/usr/bin/env node
// `node tools/bench/matching.js`: explained matching at benchmark scale (not part of `npm test`).
//  1. brings a jobs database (default: the search bench's 1M-vacancy database, BENCH_DATABASE_URL, which `npm run bench`
//     seeds first; or one seeded with `npm run seed -- --database URL`) up to date
//     with the service's migrations (matching indexes included), from dist/ after an SWC build;
//  2. inserts BENCH_MATCH_SEEKERS synthetic active job seekers drawn from the occupations, skills and regions of the seeded
//     vacancies (only when fewer exist);
//  3. runs MatchingService.matchVacancies (the service's own code: candidate SQL + scoring) for random seekers, and
//     MatchingService.matchJobSeekers for random published vacancies, BENCH_MATCH_ITERATIONS each, at concurrency 1 and
//     BENCH_MATCH_CONCURRENCY, and prints p50/p95/p99 and the candidates scored against the target p95 < 100 ms.
// Environment: BENCH_MATCH_DATABASE_URL, BENCH_MATCH_SEEKERS (20000), BENCH_MATCH_ITERATIONS (300), BENCH_MATCH_CONCURRENCY (8).
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../..');
const DB_URL =
  process.env.BENCH_MATCH_DATABASE_URL || process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/siapkerja_bench_jobs';
const SEEKERS = Number(process.env.BENCH_MATCH_SEEKERS || 20000);
const ITERATIONS = Number(process.env.BENCH_MATCH_ITERATIONS || 300);
const CONCURRENCY = Number(process.env.BENCH_MATCH_CONCURRENCY || 8);
const log = (m) => process.stderr.write(`[bench:matching] ${m}\n`);

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(name, fn, inputs, concurrency) {
  const times = [];
  const candidates = [];
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next++];
      const t = process.hrtime.bigint();
      const r = await fn(input);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      candidates.push(r.candidates);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const s = times.sort((a, b) => a - b);
  const c = candidates.sort((a, b) => a - b);
  const row = {
    scenario: name,
    concurrency,
    n: s.length,
    p50: +pct(s, 50).toFixed(1),
    p95: +pct(s, 95).toFixed(1),
    p99: +pct(s, 99).toFixed(1),
    rps: +((s.length * 1000) / (Date.now() - started)).toFixed(0),
    candidatesMedian: pct(c, 50),
    candidatesMax: c[c.length - 1],
    p95Target100ms: pct(s, 95) < 100 ? 'met' : 'MISSED',
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  log('building jobs (SWC)');
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build.js'), 'services/jobs'], { cwd: ROOT, stdio: 'inherit' });
  require('../register-paths');
  const { openDatabase } = require('../../dist/libs/persistence/src/index.js');
  const { EVENTS_MIGRATIONS } = require('../../dist/libs/events/src/index.js');
  const { jobsService } = require('../../dist/services/jobs/src/jobs.module.js');
  const { MatchingService } = require('../../dist/services/jobs/src/matching/matching.service.js');

  log(`database ${DB_URL.replace(/\/\/[^@/]*@/, '//***@')}: migrating (creating the matching indexes may take a while at 1M rows)`);
  const t0 = Date.now();
  const ds = await openDatabase({
    url: DB_URL,
    entities: jobsService.entities,
    migrations: [...EVENTS_MIGRATIONS, ...jobsService.migrations],
    poolSize: CONCURRENCY + 2,
    applicationName: 'siapkerja-bench-matching',
  });
  log(`migrated in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const [{ vacancies }] = await ds.query(`SELECT count(*)::int AS vacancies FROM vacancies WHERE state = 'PUBLISHED'`);
  if (!vacancies) throw new Error('no published vacancies: seed first (npm run seed -- --database URL --vacancies 1000000)');

  const [{ active }] = await ds.query(`SELECT count(*)::int AS active FROM job_seekers WHERE state IN ('REGISTERED','REPORTED')`);
  if (active < SEEKERS) {
    log(`inserting ${SEEKERS - active} synthetic job seekers`);
    const sample = await ds.query(
      `SELECT kbji_code, region_code, skills, skkni_units FROM vacancies TABLESAMPLE SYSTEM (1) WHERE state = 'PUBLISHED' LIMIT 5000`,
    );
    const edu = ['SMA', 'SMK', 'D3', 'S1'];
    for (let done = active; done < SEEKERS;) {
      const batch = Math.min(1000, SEEKERS - done);
      const rows = [];
      for (let i = 0; i < batch; i++) {
        const v = sample[Math.floor(Math.random() * sample.length)];
        const day = 1 + ((done + i) % 28);
        const uniq = crypto.randomUUID();
        rows.push([
          `p_bench_${uniq}`,
          `9${[...crypto.randomBytes(15)].map((b) => b % 10).join('')}`,
          `1995-05-${String(day).padStart(2, '0')}`,
          v.region_code,
          edu[i % edu.length],
          v.skills.slice(0, 2 + (i % 2)),
          v.skkni_units.slice(0, 1),
          [v.kbji_code],
          3_000_000 + (i % 10) * 500_000,
          1 + (i % 2),
        ]);
      }
      const values = [];
      const params = [];
      rows.forEach((r, i) => {
        const b = i * 10;
        values.push(
          `($${b + 1}, $${b + 2}, 'Bench', 'Kota', $${b + 3}::date, $${b + 10}, 'SINGLE', 'ISLAM', 'Jl. Bench', $${b + 4}, $${b + 4}, $${b + 5}, $${b + 6}::text[], $${b + 7}::text[], $${b + 8}::text[], $${b + 9}, 'REGISTERED')`,
        );
        params.push(...r);
      });
      await ds.query(
        `INSERT INTO job_seekers (person_id, nik, name, birth_place, birth_date, sex, marital_status, religion, address_line, address_region_code, region_code, education_level,
                                  skills, skkni_units, wanted_kbji_codes, expected_wage, state)
         VALUES ${values.join(', ')} ON CONFLICT DO NOTHING`,
        params,
      );
      done += batch;
    }
    await ds.query('ANALYZE job_seekers');
  }
  await ds.query('ANALYZE vacancies');

  const matching = new MatchingService(ds);
  const seekerIds = (
    await ds.query(`SELECT id FROM job_seekers WHERE state IN ('REGISTERED','REPORTED') ORDER BY random() LIMIT $1`, [ITERATIONS])
  ).map((r) => r.id);
  const vacancyIds = (
    await ds.query(`SELECT id FROM vacancies TABLESAMPLE SYSTEM (1) WHERE state = 'PUBLISHED' LIMIT $1`, [ITERATIONS])
  ).map((r) => r.id);
  log(`${vacancies} published vacancies, ${Math.max(active, SEEKERS)} active seekers; ${ITERATIONS} calls per run`);
  // warm-up (connections, plan cache)
  for (const id of seekerIds.slice(0, 20)) await matching.matchVacancies(id, 10);
  const rows = [];
  for (const c of [1, CONCURRENCY]) {
    rows.push(await run('vacancies-for-seeker', (id) => matching.matchVacancies(id, 10), seekerIds, c));
    rows.push(await run('seekers-for-vacancy', (id) => matching.matchJobSeekers(id, 10), vacancyIds, c));
  }
  await ds.destroy();
  if (rows.some((r) => r.concurrency === 1 && r.p95Target100ms !== 'met')) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
