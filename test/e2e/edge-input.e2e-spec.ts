import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { sandboxAuth } from '@siapkerja/testing';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import type { RunningGateway } from '../../services/gateway/src/app';
import { MAX_JSON_DEPTH } from '../../services/gateway/src/platform/input-limits';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { trainingService } from '../../services/training/src/training.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

type Problem = { status: number; title: string; code?: string; errors?: { field: string; description: string }[] };

async function problemOf(res: Response, status: number): Promise<Problem> {
  const text = await res.text();
  expect({ status: res.status, text: text.slice(0, 300) }).toMatchObject({ status });
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const p = JSON.parse(text) as Problem;
  expect(p).toMatchObject({ status, title: expect.any(String) });
  return p;
}

/** Sends raw bytes and returns the raw HTTP answer (fetch refuses to send what this test needs to send). */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/**
 * The edge defects found when the platform was tried as its users would (issue 10, item 7): strings PostgreSQL cannot
 * store, JSON nested without end, and 503 without Retry-After. The gateway runs in front of real services.
 */
describe('the gateway edge: unstorable strings, deep JSON, Retry-After', () => {
  let platform: InProcessPlatform;
  let gw: RunningGateway;
  let admin: Record<string, string>;

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_edge', [jobsService, trainingService, entrepreneurshipService], {
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_IP_PER_MINUTE: '1000000',
    });
    ({ gw } = platform);
    admin = await sandboxAuth(gw.url, 'admin');
  });
  afterAll(async () => {
    await platform?.close();
  });

  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = admin) =>
    fetch(gw.url + path, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  const program = {
    providerName: 'BLK Semarang',
    title: 'Las Listrik',
    regionCode: '33.74',
    kbjiCode: '7212',
    competencyUnits: ['F.439900.001.01'],
    durationDays: 30,
    capacity: 16,
  };
  const group = { name: 'KUB Edge', programKind: 'PEMULA', regionCode: '33.74', memberCount: 8 };

  it('refuses a NUL in a body field, nested or in an array, with 400 naming the field, where the valid body is accepted', async () => {
    expect((await send('POST', '/v1/training-programs', program)).status).toBe(201);
    expect((await send('POST', '/v1/tkm-groups', group)).status).toBe(201);
    for (const [path, body, field] of [
      ['/v1/training-programs', { ...program, title: 'Las\u0000Listrik' }, 'body.title'],
      ['/v1/training-programs', { ...program, competencyUnits: ['F.439900.001.01', '\u0000'] }, 'body.competencyUnits[1]'],
      ['/v1/tkm-groups', { ...group, name: 'KUB\u0000' }, 'body.name'],
      ['/v1/tkm-groups', { ...group, name: 'KUB \ud800' }, 'body.name'],
      ['/v1/auth/signup', { name: 'Dewi\u0000', email: 'x@example.id', password: 'kopi-tubruk-2026' }, 'body.name'],
      ['/v1/auth/login', { login: 'dewi\u0000@example.id', password: 'x' }, 'body.login'],
      ['/v1/auth/password-reset/request', { login: '\u0000' }, 'body.login'],
      ['/v1/admin/clients', { name: 'Mitra\u0000', scopes: ['jobs:read'], roles: [], regionCode: '33.74' }, 'body.name'],
    ] as const) {
      const p = await problemOf(await send('POST', path, body), 400);
      expect(p.errors).toEqual([{ field, description: expect.stringMatching(/NUL|surrogate/) }]);
    }
  });

  it('refuses a NUL or bytes that are not UTF-8 in a query parameter, a NUL in a path parameter and a form field (POST /oauth/token)', async () => {
    const search = await problemOf(await send('GET', '/v1/vacancies/search?q=las%00listrik'), 400);
    expect(search.errors).toEqual([{ field: 'query.q', description: expect.stringContaining('NUL') }]);
    // bytes that are not UTF-8 (a lone surrogate's, or 0xFF): named, not searched as U+FFFD
    for (const [query, field] of [
      ['q=%ED%A0%80', 'query.q'],
      ['q=kasir&region=33%FF', 'query.region'],
    ] as const) {
      const notText = await problemOf(await send('GET', `/v1/vacancies/search?${query}`), 400);
      expect(notText.errors).toEqual([{ field, description: expect.stringContaining('UTF-8') }]);
    }
    expect((await send('GET', '/v1/vacancies/search?q=%E5%B7%A5%E4%BD%9C+kasir')).status).toBe(200);
    const byId = await problemOf(await send('GET', '/v1/training-programs/abc%00def'), 400);
    expect(byId.errors?.[0].field).toBe('params.id');
    const token = await fetch(`${gw.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=mitra%00&client_secret=rahasia',
    });
    expect((await problemOf(token, 400)).errors?.[0].field).toBe('body.client_id');
  });

  it('passes a header byte outside ASCII on to the service, which names it (X-Purpose é was a 500: gRPC metadata is ASCII)', async () => {
    const officer = await sandboxAuth(gw.url, 'regency3373');
    const bearer = officer.authorization;
    const answer = await raw(
      gw.port,
      `GET /v1/job-seekers?region=33.73 HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: ${bearer}\r\nX-Purpose: PLACEMENT_SERVICE\u00e9\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, errors: [{ field: 'X-Purpose' }] });
  });

  it('refuses a status list number that is not a plain decimal int32 (1e3, 0x10, 2^31, 20 digits) naming list', async () => {
    for (const list of ['1e3', '0x10', '2147483648', '99999999999999999999', '-1', ' 1'])
      expect((await problemOf(await send('GET', `/v1/status-lists/revocation/${encodeURIComponent(list)}`), 400)).errors).toEqual([
        { field: 'list', description: expect.stringContaining('list number') },
      ]);
  });

  it("reads a query number as the decimal text sent: pageSize=0x10 was 16, 1e1 10 and '' 0 (400 naming pageSize); 16 is 16", async () => {
    for (const [path, field] of [
      ['/v1/employers?pageSize=', 'pageSize'],
      ['/v1/vacancies/search?q=kasir&wageMin=', 'wageMin'],
    ] as const)
      for (const text of ['0x10', '1e1', '', '%2016'])
        expect([
          text,
          [...new Set(((await problemOf(await send('GET', `${path}${text}`), 400)).errors ?? []).map((e: { field: string }) => e.field))],
        ]).toEqual([text, [field]]);
    expect((await send('GET', '/v1/employers?pageSize=16')).status).toBe(200);
  });

  it('answers a control character in a header value with 400 problem+json (refused by the HTTP parser)', async () => {
    const answer = await raw(gw.port, 'GET /v1/vacancies/search?q=las HTTP/1.1\r\nHost: x\r\nX-Purpose: a\u0000b\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' });
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 (10,000 and 100,000 levels; a million is over the size limit)`, async () => {
    const ok = '['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH);
    expect((await send('POST', '/v1/tkm-groups', ok)).status).toBe(400); // a valid depth reaches validation (not an object)
    for (const levels of [MAX_JSON_DEPTH + 1, 10_000, 100_000]) {
      for (const body of ['['.repeat(levels) + ']'.repeat(levels), '{"a":'.repeat(levels) + '1' + '}'.repeat(levels)]) {
        const p = await problemOf(await send('POST', '/v1/tkm-groups', body), 400);
        expect(p).toMatchObject({ code: 'JSON_TOO_DEEP', errors: [{ field: 'body' }] });
      }
    }
    for (const body of ['['.repeat(1_000_000) + ']'.repeat(1_000_000), '{"a":'.repeat(1_000_000) + '1' + '}'.repeat(1_000_000)])
      await problemOf(await send('POST', '/v1/tkm-groups', body), 413);
  });

  it('stays responsive while 20 deep bodies arrive at once', async () => {
    const baseline: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      expect((await send('GET', '/v1/tkm-groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      baseline.push(performance.now() - t);
    }
    // the 20 bodies (400,000 levels, 800 kB each: under the 1 MB limit) come from another process, as from other clients
    const flood = spawn(
      process.execPath,
      [
        '-e',
        `const http = require('http');
         const body = '['.repeat(400000) + ']'.repeat(400000);
         const statuses = [];
         for (let i = 0; i < 20; i++) {
           const req = http.request(process.argv[1], { method: 'POST', headers: { 'content-type': 'application/json',
             'content-length': Buffer.byteLength(body), authorization: process.argv[2] } }, (res) => {
             res.resume();
             res.on('end', () => { statuses.push(res.statusCode); if (statuses.length === 20) process.stdout.write(JSON.stringify(statuses)); });
           });
           req.end(body);
         }`,
        `${gw.url}/v1/tkm-groups`,
        admin.authorization,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    flood.stdout.on('data', (d) => (output += d));
    const exited = new Promise<void>((resolve) => flood.on('exit', () => resolve()));
    let running = true;
    void exited.then(() => (running = false));
    const during: number[] = [];
    while (running || during.length < 5) {
      const t = performance.now();
      expect((await send('GET', '/v1/tkm-groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
      during.push(performance.now() - t);
    }
    await exited;
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const worst = Math.max(...during);
    process.stdout.write(
      `normal requests while 20 deep bodies arrived: ${during.length}, median ${median(during).toFixed(0)} ms, worst ${worst.toFixed(0)} ms ` +
        `(before them: median ${median(baseline).toFixed(0)} ms, worst ${Math.max(...baseline).toFixed(0)} ms)\n`,
    );
    expect(JSON.parse(output)).toEqual(Array(20).fill(400));
    // generous bounds: the CI machine is shared; a gateway stalled by the bodies would take seconds
    expect(median(during)).toBeLessThan(500);
    expect(worst).toBeLessThan(2000);
  });

  it('answers 503 problem+json with Retry-After when a backing service stops', async () => {
    expect((await send('GET', '/v1/tkm-groups/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const entrepreneurship = platform.services.find((s) => s.name === 'entrepreneurship')!;
    await entrepreneurship.stop();
    platform.services.splice(platform.services.indexOf(entrepreneurship), 1); // stopped once; its database is still dropped
    for (const [method, path, body] of [
      ['GET', '/v1/tkm-groups/00000000-0000-4000-8000-000000000000', undefined],
      ['POST', '/v1/tkm-groups', group],
    ] as const) {
      const res = await send(method, path, body);
      const p = await problemOf(res, 503);
      expect(p.code).toBe('UNAVAILABLE');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // the gateway stays in rotation (one service down must not take the API out) and reports the service down
    const ready = await fetch(`${gw.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks.entrepreneurship).toMatchObject({ ok: false });
  });
});
