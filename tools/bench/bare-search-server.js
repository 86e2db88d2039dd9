#!/usr/bin/env node
// Baseline for the search benchmark: the floor of any Node HTTP service running the search. A bare node:http server
// (no framework, no auth, no gRPC hop) that runs the very same statements as the jobs service (VacancySearchService
// over a plain `pg` pool) and answers JSON. Started by tools/bench/search-bench.js as its own process.
// Environment: BARE_DATABASE_URL, BARE_PORT, BARE_POOL.
const http = require('node:http');
const path = require('node:path');
require(path.resolve(__dirname, '../register-paths.js'));
const { Pool } = require('pg');
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

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/health') return void res.end('ok');
  const p = url.searchParams;
  try {
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
