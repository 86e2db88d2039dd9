#!/usr/bin/env node
// Baseline for the search benchmark: the floor of any Node HTTP service running the search. A bare node:http server
// (no framework, no auth, no gRPC hop) that runs the very same statements as the jobs service (VacancySearchService
// over a plain `pg` pool) and answers JSON; and the floor of creating vacancies over HTTP: POST /v1/vacancies runs the
// statements the jobs service runs, batched as it batches the creates arriving together (raw-writes.js), and answers 201
// with the vacancy. Started by tools/bench/search-bench.js as its own process.
// Environment: BARE_DATABASE_URL, BARE_PORT, BARE_POOL (and raw-writes.js's BENCH_VACANCY_WRITE_BATCHES / _MAX).
const http = require('node:http');
const path = require('node:path');
require(path.resolve(__dirname, '../register-paths.js'));
const { randomUUID } = require('node:crypto');
const { Pool } = require('pg');
const { rawBatcher } = require('./raw-writes');
const { VacancySearchService } = require(path.resolve(__dirname, '../../dist/services/jobs/src/vacancies/vacancy-search.service.js'));
const { SESSION_OPTIONS } = require(path.resolve(__dirname, '../../dist/libs/persistence/src/index.js'));

const pool = new Pool({
  connectionString: process.env.BARE_DATABASE_URL,
  max: Number(process.env.BARE_POOL || 20),
  application_name: 'siapkerja-bench-bare',
  // the jobs service's session settings (JIT off)
  options: SESSION_OPTIONS,
});
// the service's statements over a plain pool (its prepared ones on a pool of their own, as in the service)
const facetExactLimit = process.env.VACANCY_FACET_EXACT_LIMIT ? Number(process.env.VACANCY_FACET_EXACT_LIMIT) : undefined;
const searcher = new VacancySearchService(pool, facetExactLimit ? { facetExactLimit } : undefined);
const num = (v) => (v === null ? undefined : Number(v));
const writes = rawBatcher(pool);

/** POST /v1/vacancies: the body's vacancy (published at once), the Idempotency-Key as its request id. */
async function create(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  let v;
  try {
    v = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' });
    return void res.end('the body is not JSON');
  }
  const id = await writes.submit({ v, requestId: req.headers['idempotency-key'] || randomUUID() });
  const body = JSON.stringify({ id, ...v, state: 'PUBLISHED' });
  res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), location: `/v1/vacancies/${id}` });
  res.end(body);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/health') return void res.end('ok');
  const p = url.searchParams;
  try {
    if (req.method === 'POST' && url.pathname === '/v1/vacancies') return await create(req, res);
    // every parameter the gateway's search takes, page tokens included (next pages are part of the benchmark)
    const r = await searcher.search({
      q: p.get('q') ?? undefined,
      region: p.get('region') ?? undefined,
      kbji: p.get('kbji') ?? undefined,
      kbli: p.get('kbli') ?? undefined,
      minEducation: p.get('minEducation') ?? undefined,
      employmentType: p.get('employmentType') ?? undefined,
      wageMin: num(p.get('wageMin')),
      wageMax: num(p.get('wageMax')),
      overseas: p.has('overseas') ? p.get('overseas') === 'true' : undefined,
      postedSince: p.get('postedSince') ?? undefined,
      sort: p.get('sort') ?? undefined,
      pageSize: num(p.get('pageSize')) ?? 20,
      pageToken: p.get('pageToken') ?? undefined,
      facets: p.get('facets') !== 'false',
    });
    const body = JSON.stringify(r);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e?.message ?? e));
  }
});
server.listen(Number(process.env.BARE_PORT), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
