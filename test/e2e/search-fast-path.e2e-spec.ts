import { createHash, createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import { type jobsV1 } from '@siapkerja/contracts';
import { createServiceClient } from '@siapkerja/grpc';
import { sandboxAuth } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { freshWindow, wibDate } from './http';

const LIMIT = 20;
const SEARCH = '/v1/vacancies/search?region=33&kbji=2';

/**
 * A stored vacancy search answer is served ahead of the gateway's pipeline (services/gateway/src/jobs/search-fast-path.ts),
 * by the pipeline's own rules: the same answer and headers, the same refusals, one count per request.
 */
describe('gateway: stored search answers served ahead of the pipeline, by its rules', () => {
  let platform: InProcessPlatform;
  let base: string;
  let admin: Record<string, string>;

  /** A registered API client's bearer token (and its ids and secrets). */
  async function newClient(body: Record<string, unknown>) {
    const res = await fetch(`${base}/v1/admin/clients`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ roles: ['PARTNER'], ...body }),
    });
    expect(res.status).toBe(201);
    const c = (await res.json()) as { clientId: string; clientSecret: string; hmacSecret: string };
    const tok = await fetch(`${base}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }),
    });
    expect(tok.status).toBe(200);
    return { ...c, auth: { authorization: `Bearer ${(await tok.json()).access_token}` } };
  }
  /** Sum of a metric's samples whose labels include every given label. */
  async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
    const text = await (await fetch(`${base}/metrics`)).text();
    let sum = 0;
    for (const line of text.split('\n')) {
      const m = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
      if (m?.[1] !== name) continue;
      if (Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`))) sum += Number(m[3]);
    }
    return sum;
  }
  const fastAnswers = () => metric('gateway_search_fast_answers_total');
  const routed = (status: string) => metric('http_server_request_duration_seconds_count', { route: '/v1/vacancies/search', status });

  /**
   * The same search asked twice in a row: the first time through the pipeline (its query string is new), the second
   * from the fast path. Other test files publish vacancy events on the shared broker, and one of them can drop the
   * answer between the two requests: then the pair is asked again with the next query string of the same search.
   */
  async function pipelineThenFast(auth: Record<string, string>, queryStrings: string[]) {
    for (const query of queryStrings) {
      const path = `/v1/vacancies/search?${query}`;
      const f0 = await fastAnswers();
      const first = await fetch(base + path, { headers: auth });
      const firstBody = await first.text();
      const f1 = await fastAnswers();
      const routed1 = await routed('200');
      const second = await fetch(base + path, { headers: auth });
      const secondBody = await second.text();
      // a query string not asked before always goes through the pipeline
      expect(f1).toBe(f0);
      if ((await fastAnswers()) === f1 + 1)
        return { path, first, firstBody, second, secondBody, routedBySecond: (await routed('200')) - routed1 };
    }
    throw new Error('no stored answer was ever served by the fast path');
  }

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_fast', [jobsService], {
      SEARCH_CACHE_TTL_S: '600',
      RATE_LIMIT_PER_MINUTE: String(LIMIT),
      RATE_LIMIT_IP_PER_MINUTE: '1000',
    });
    base = platform.base;
    admin = await sandboxAuth(base);
    const client = createServiceClient('jobs', `127.0.0.1:${platform.services[0].grpcPort}`);
    try {
      const e = await client.createEmployer({
        employer: {
          nib: String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999)),
          legalName: 'PT Cepat Jalan',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['86101'],
          regionCode: '33.74',
        },
      });
      const v = (extra: Partial<jobsV1.Vacancy>): jobsV1.Vacancy => ({
        employerId: e.id,
        kbjiCode: '2221',
        kbliCode: '86101',
        regionCode: '33.74',
        numberNeeded: 1,
        validFrom: wibDate(0),
        validUntil: wibDate(60),
        positionName: 'Perawat',
        ...extra,
      });
      await client.createVacancy({ vacancy: v({}) });
      await client.createVacancy({ vacancy: v({ positionName: 'Apoteker', kbjiCode: '2262', regionCode: '33.22' }) });
    } finally {
      client.close();
    }
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('serves a stored answer as the route does: the same body, entity tag and headers, with Age; 304 on If-None-Match; in the route metrics', async () => {
    const reader = await newClient({ name: 'Fast reader', scopes: ['jobs:read'] });
    // the pair's RateLimit-Remaining is compared below: both requests in one window
    await freshWindow();
    const { path, first, firstBody, second, secondBody, routedBySecond } = await pipelineThenFast(reader.auth, [
      'region=33&kbji=2',
      'kbji=2&region=33',
      'region=33&kbji=2&facets=true',
      'facets=true&kbji=2&region=33',
      'kbji=2&facets=true&region=33',
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(secondBody).toBe(firstBody);
    expect(JSON.parse(firstBody).totalSize).toBe(2);
    for (const h of ['content-type', 'etag', 'content-length', 'ratelimit-limit', 'ratelimit-policy'])
      expect([h, second.headers.get(h)]).toEqual([h, first.headers.get(h)]);
    expect(second.headers.get('age')).toMatch(/^\d+$/);
    expect(second.headers.get('x-correlation-id')).toMatch(/.+/);
    expect(second.headers.get('x-correlation-id')).not.toBe(first.headers.get('x-correlation-id'));
    expect(Number(second.headers.get('ratelimit-remaining'))).toBe(Number(first.headers.get('ratelimit-remaining')) - 1);
    // the fast answer is in the request metrics under its route
    expect(routedBySecond).toBe(1);
    // a conditional request with the tag: 304 without a body (node:http: fetch would hide the 304 behind its own cache rules)
    const notModified = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.get(base + path, { headers: { ...reader.auth, 'if-none-match': first.headers.get('etag')! } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
    });
    expect(notModified).toEqual({ status: 304, body: '' });
    expect(await routed('304')).toBeGreaterThanOrEqual(1);
  });

  it('refuses as the pipeline does, never with the stored answer: no or a bad token 401, no jobs:read 403, a revoked client 401', async () => {
    const reader = await newClient({ name: 'Soon revoked', scopes: ['jobs:read'] });
    expect((await fetch(base + SEARCH, { headers: reader.auth })).status).toBe(200);
    const fast0 = await fastAnswers();
    const expectProblem = async (res: Response, status: number) => {
      expect(res.status).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).status).toBe(status);
      return res;
    };
    const none = await expectProblem(await fetch(base + SEARCH), 401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="siapkerja"');
    await expectProblem(await fetch(base + SEARCH, { headers: { authorization: `${reader.auth.authorization.slice(0, -4)}AAAA` } }), 401);
    const reports = await newClient({ name: 'Reports only', scopes: ['reports:read'] });
    const forbidden = await expectProblem(await fetch(base + SEARCH, { headers: reports.auth }), 403);
    expect(forbidden.headers.get('www-authenticate')).toContain('insufficient_scope');
    const revoked = await fetch(`${base}/v1/admin/clients/${reader.clientId}/revoke`, { method: 'POST', headers: admin });
    expect(revoked.status).toBe(200);
    await expectProblem(await fetch(base + SEARCH, { headers: reader.auth }), 401);
    expect(await fastAnswers()).toBe(fast0);
  });

  it('counts each request once against the rate limit, and answers 429 when the limit is spent', async () => {
    const busy = await newClient({ name: 'Busy partner', scopes: ['jobs:read'] });
    await freshWindow();
    const remaining: number[] = [];
    let refused: Response | undefined;
    for (let i = 0; i < LIMIT + 1 && !refused; i++) {
      const res = await fetch(base + SEARCH, { headers: busy.auth });
      if (res.status === 429) refused = res;
      else {
        expect(res.status).toBe(200);
        remaining.push(Number(res.headers.get('ratelimit-remaining')));
        await res.arrayBuffer();
      }
    }
    // the client's token request was not on its lane: LIMIT searches pass, remaining counting down by one each
    expect(remaining).toEqual(Array.from({ length: LIMIT }, (_, i) => LIMIT - 1 - i));
    expect(refused?.status).toBe(429);
    expect(refused!.headers.get('content-type')).toContain('application/problem+json');
    expect(refused!.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await refused!.json()).code).toBe('RATE_LIMITED');
  });

  it('leaves signed requests, requests for a fresh answer and new query strings to the pipeline', async () => {
    const signedClient = await newClient({ name: 'Signed partner', scopes: ['jobs:read'], hmacRequired: true });
    const reader = await newClient({ name: 'Plain reader', scopes: ['jobs:read'] });
    expect((await fetch(base + SEARCH, { headers: reader.auth })).status).toBe(200);
    const fast0 = await fastAnswers();
    const signed = (nonce: string) => {
      const ts = String(Math.floor(Date.now() / 1000));
      const toSign = [signedClient.clientId, ts, nonce, 'GET', SEARCH, createHash('sha256').update('').digest('hex')].join('\n');
      const sig = createHmac('sha256', signedClient.hmacSecret).update(toSign).digest('base64url');
      return fetch(base + SEARCH, {
        headers: { ...signedClient.auth, 'x-client-id': signedClient.clientId, 'x-timestamp': ts, 'x-nonce': nonce, 'x-signature': sig },
      });
    };
    const nonce = randomBytes(16).toString('hex');
    expect((await signed(nonce)).status).toBe(200);
    // the nonce was spent once, by the pipeline's check
    expect((await signed(nonce)).status).toBe(401);
    expect((await fetch(base + SEARCH, { headers: signedClient.auth })).status).toBe(401);
    // a fresh answer asked for: loaded now
    const fresh = await fetch(base + SEARCH, { headers: { ...reader.auth, 'cache-control': 'no-cache' } });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('age')).toBeNull();
    expect(await fastAnswers()).toBe(fast0);
    // the same search asked with a new query string (parameters in another order): validated once by the pipeline, then fast
    const { firstBody, secondBody } = await pipelineThenFast(reader.auth, [
      'pageSize=20&kbji=2&region=33',
      'kbji=2&pageSize=20&region=33',
      'region=33&pageSize=20&kbji=2',
      'pageSize=20&region=33&kbji=2',
      'kbji=2&region=33&pageSize=20',
    ]);
    expect(JSON.parse(secondBody).results).toEqual(JSON.parse(firstBody).results);
    // a query string that fails validation is never remembered: each time a 400 from the pipeline
    const fast1 = await fastAnswers();
    for (let i = 0; i < 2; i++) expect((await fetch(`${base}/v1/vacancies/search?region=99`, { headers: reader.auth })).status).toBe(400);
    expect(await fastAnswers()).toBe(fast1);
  });
});
