import { createHmac, generateKeyPairSync, sign } from 'node:crypto';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET } from '@siapkerja/testing';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { identityService } from '../../services/identity/src/identity.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { DevVerificationSender } from '../../services/identity/src/accounts/verification';
import { freshWindow, nib, type TestPerson } from './http';

/**
 * The gateway tried as a hostile client would: a client address made up in X-Forwarded-For, Idempotency-Keys of other
 * callers, other routes and other bodies, forged and misused tokens, odd paths, queries and bodies. Real identity and jobs
 * services (gRPC, PostgreSQL, Kafka) behind gateways started in this process.
 */
describe('the gateway against a hostile client', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const drops: (() => Promise<void>)[] = [];
  const gateways: RunningGateway[] = [];
  let identity: RunningService;
  let jobs: RunningService;
  let gw: RunningGateway;
  /** each gateway's own database */
  const databaseUrl = new Map<RunningGateway, string>();
  let admin: Record<string, string>;

  /** A gateway of its own database in front of the file's identity and jobs services. */
  async function gateway(extra: Record<string, string> = {}): Promise<RunningGateway> {
    const db = await createTestDatabase('gw_hostile');
    drops.push(db.drop);
    const g = await startGateway({
      DATABASE_URL: db.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      GRPC_DEADLINE_MS: '5000',
      IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}`,
      JOBS_GRPC_URL: `127.0.0.1:${jobs.grpcPort}`,
      TRAINING_GRPC_URL: '127.0.0.1:1',
      CERTIFICATION_GRPC_URL: '127.0.0.1:1',
      PLACEMENT_GRPC_URL: '127.0.0.1:1',
      ENTREPRENEURSHIP_GRPC_URL: '127.0.0.1:1',
      INTEGRATION_GRPC_URL: '127.0.0.1:1',
      ...extra,
    });
    gateways.push(g);
    databaseUrl.set(g, db.url);
    return g;
  }

  beforeAll(async () => {
    const idDb = await createTestDatabase('gw_hostile_identity');
    drops.push(idDb.drop);
    identity = await startService(
      identityService,
      serviceTestEnv(idDb.url, { SANDBOX: 'true', AUTH_SIGNING_KEY: pem, AUTH_LOGIN_IP_MAX_FAILURES: '5' }),
    );
    const jobsDb = await createTestDatabase('gw_hostile_jobs');
    drops.push(jobsDb.drop);
    jobs = await startService(jobsService, serviceTestEnv(jobsDb.url));
    gw = await gateway();
    admin = await sandboxAuth(gw.url, 'admin');
  });
  afterAll(async () => {
    for (const g of gateways) await g.close();
    await jobs?.stop();
    await identity?.stop();
    for (const d of drops) await d();
  });

  const send = (g: RunningGateway, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer) =>
    fetch(g.url + path, { method, headers, body });
  const json = (g: RunningGateway, method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(g, method, path, { 'content-type': 'application/json', ...headers }, typeof body === 'string' ? body : JSON.stringify(body));
  const badToken = (g: RunningGateway, headers: Record<string, string>) =>
    send(
      g,
      'POST',
      '/oauth/token',
      { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      new URLSearchParams({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'wrong-secret' }).toString(),
    );

  /** A 4xx problem+json answer or a 2xx: never a 5xx, a stack trace or an internal message. */
  async function sane(res: Response, what: string): Promise<{ status: number; text: string }> {
    const text = await res.text();
    const bad =
      res.status >= 500 ||
      /\bat [\w.<>]+ \(|node_modules|\/work\/|TypeError|ReferenceError|SyntaxError: Unexpected|QueryFailedError|pg_|ECONN/.test(text) ||
      (res.status >= 400 && !(res.headers.get('content-type') ?? '').includes('application/problem+json'));
    return { status: res.status, text: bad ? `BAD ${what}: ${res.status} ${text.slice(0, 300)}` : text };
  }

  describe('client address (X-Forwarded-For)', () => {
    it('ignores X-Forwarded-For by default: a client rotating it stays one client of the per-IP limit', async () => {
      const g = await gateway({ RATE_LIMIT_IP_PER_MINUTE: '5' });
      await freshWindow(20);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await badToken(g, { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    });

    it('believes a trusted proxy, but an entry that is no address (spoof-N, ip:port) is never a client of its own', async () => {
      const g = await gateway({ RATE_LIMIT_IP_PER_MINUTE: '5', TRUST_PROXY: 'loopback' });
      await freshWindow(20);
      // the proxy's addresses: each its own client
      const distinct: number[] = [];
      for (let i = 0; i < 7; i++) distinct.push((await badToken(g, { 'x-forwarded-for': `203.0.113.${i}` })).status);
      expect(distinct).toEqual([401, 401, 401, 401, 401, 401, 401]);
      // one client written two ways (IPv4-mapped IPv6) is one client
      const mapped: number[] = [];
      for (let i = 0; i < 6; i++)
        mapped.push((await badToken(g, { 'x-forwarded-for': i % 2 ? '198.51.100.9' : '::ffff:198.51.100.9' })).status);
      expect(mapped).toEqual([401, 401, 401, 401, 401, 429]);
      // made-up text stands for the proxy that reported it (here the socket's 127.0.0.1): one client, limited
      const spoofed: number[] = [];
      for (let i = 0; i < 6; i++)
        spoofed.push((await badToken(g, { 'x-forwarded-for': i % 2 ? `spoof-${i}` : `203.0.113.200:${i}` })).status);
      expect(spoofed).toEqual([401, 401, 401, 401, 401, 429]);
    });

    it("passes identity's login throttle an address, never the made-up text (which dodged it: one key per string)", async () => {
      // identity of this file: 5 failed logins from one address within the window, then 429
      const g = await gateway({ TRUST_PROXY: 'loopback, 198.51.100.0/24' });
      await freshWindow(20, 900);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const res = await json(
          g,
          'POST',
          '/v1/auth/login',
          { login: `nobody${i}@example.id`, password: 'wrong-password-1' },
          { 'x-forwarded-for': `spoof-${i}, 198.51.100.7` },
        );
        statuses.push(res.status);
      }
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      // another address the trusted proxy reports is another client
      const other = await json(
        g,
        'POST',
        '/v1/auth/login',
        { login: 'nobody@example.id', password: 'wrong-password-1' },
        { 'x-forwarded-for': '198.51.100.8' },
      );
      expect(other.status).toBe(401);
    });

    it('refuses TRUST_PROXY=true (any sender believed) and an entry that is no address at start, as a configuration error', async () => {
      await expect(gateway({ TRUST_PROXY: 'true' })).rejects.toMatchObject({
        name: 'ConfigError',
        message: expect.stringMatching(/any sender/),
      });
      await expect(gateway({ TRUST_PROXY: 'loopback,proxy.internal' })).rejects.toMatchObject({ name: 'ConfigError' });
    });
  });

  it('rate limits a path in capitals and an absolute-form target like the path itself (both skipped the limiter and Idempotency-Key)', async () => {
    const g = await gateway({ RATE_LIMIT_PER_MINUTE: '3' });
    const auth = await sandboxAuth(g.url, 'admin');
    await freshWindow(20);
    const answers: string[] = [];
    for (const target of [`http://127.0.0.1:${g.port}/v1/employers`, '/V1/EMPLOYERS', `http://x/V1/Employers`, '/v1/employers']) {
      const a = await rawRequest(
        g.port,
        `GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth.authorization}\r\nConnection: close\r\n\r\n`,
      );
      answers.push(`${a.slice(9, 12)} ${/^ratelimit-remaining: \d+/im.test(a) ? 'counted' : 'not counted'}`);
    }
    expect(answers).toEqual(['200 counted', '200 counted', '200 counted', '429 counted']);
  });

  describe('Idempotency-Key', () => {
    let employerId: string;
    let regency: Record<string, string>;
    beforeAll(async () => {
      const created = await json(
        gw,
        'POST',
        '/v1/employers',
        { nib: nib(), legalName: 'PT Kunci', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.73' },
        admin,
      );
      expect(created.status).toBe(201);
      employerId = (await created.json()).id;
      regency = await sandboxAuth(gw.url, 'regency3373');
    });
    const patch = (who: Record<string, string>, key: string, body: unknown) =>
      json(gw, 'PATCH', `/v1/employers/${employerId}`, body, { ...who, 'idempotency-key': key });

    it('belongs to its caller, one route and one body: another caller runs, another body or route is 422, a replay is the answer', async () => {
      const first = await patch(admin, 'same-key', { legalName: 'PT Kunci Satu' });
      expect(first.status).toBe(200);
      const again = await patch(admin, 'same-key', { legalName: 'PT Kunci Satu' });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(await again.json()).toMatchObject({ legalName: 'PT Kunci Satu' });
      // another client with the same key: its own request, never the admin's answer
      const other = await patch(regency, 'same-key', { legalName: 'PT Kunci Dua' });
      expect(other.headers.get('idempotent-replayed')).toBeNull();
      expect(other.status).toBeLessThan(500);
      const otherBody = await sane(other, 'other caller');
      if (other.status === 200) expect(JSON.parse(otherBody.text)).toMatchObject({ legalName: 'PT Kunci Dua' });
      // the same caller: another body, another route
      const body = await sane(await patch(admin, 'same-key', { legalName: 'PT Kunci Tiga' }), 'other body');
      expect({ status: body.status, code: JSON.parse(body.text).code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      const route = await sane(
        await json(gw, 'POST', `/v1/employers/${employerId}/verification`, { verified: true }, { ...admin, 'idempotency-key': 'same-key' }),
        'other route',
      );
      expect({ status: route.status, code: JSON.parse(route.text).code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    });

    it('refuses a key of 10,000 characters (400), one of 100,000 (431) and a control character (400), as problem+json', async () => {
      const long = await sane(await patch(admin, 'k'.repeat(10_000), { legalName: 'PT Kunci' }), 'long key');
      expect({ status: long.status, code: JSON.parse(long.text).code }).toEqual({ status: 400, code: 'INVALID_IDEMPOTENCY_KEY' });
      const huge = await sane(await patch(admin, 'k'.repeat(100_000), { legalName: 'PT Kunci' }), 'huge key');
      expect(huge.status).toBe(431);
      const control = await rawRequest(
        gw.port,
        `PATCH /v1/employers/${employerId} HTTP/1.1\r\nHost: x\r\nAuthorization: ${admin.authorization}\r\nIdempotency-Key: a\u0001b\r\n` +
          `Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      );
      expect(control).toMatch(/^HTTP\/1\.1 400 [\s\S]*application\/problem\+json/);
    });

    it('answers a replay while the first request is in flight with 409 + Retry-After (or its answer), never a second run', async () => {
      const answers = await Promise.all(Array.from({ length: 6 }, () => patch(admin, 'in-flight', { legalName: 'PT Kunci Paralel' })));
      const ran = answers.filter((r) => r.status === 200 && r.headers.get('idempotent-replayed') === null);
      expect(ran).toHaveLength(1);
      for (const r of answers.filter((a) => a.status !== 200)) {
        expect(r.status).toBe(409);
        expect(r.headers.get('retry-after')).toBe('1');
      }
    });

    it('keeps no credential: a login or a client secret sent with a key is neither stored nor replayed', async () => {
      const person: TestPerson = {
        nik: '3373014507900001',
        name: 'Siti Rahayu',
        motherMaidenName: 'Sri Wahyuni',
        birthDate: '1990-07-05',
        sex: 2,
        phone: '081234567891',
        email: 'siti.hostile@example.id',
        password: 'kopi-tubruk-2026',
      };
      const signup = await json(gw, 'POST', '/v1/auth/signup', person, { 'idempotency-key': 'signup-key' });
      expect(signup.status).toBe(201);
      const code = DevVerificationSender.lastCode(`+62${person.phone.slice(1)}`);
      const verify = await json(gw, 'POST', '/v1/auth/verify', { login: person.email, code }, { 'idempotency-key': 'verify-key' });
      expect(verify.status).toBeLessThan(300);
      const login = () =>
        json(gw, 'POST', '/v1/auth/login', { login: person.email, password: person.password }, { 'idempotency-key': 'login-key' });
      const first = await login();
      const second = await login();
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(second.headers.get('idempotent-replayed')).toBeNull();
      expect((await first.json()).refresh_token).not.toBe((await second.json()).refresh_token);
      const client = () =>
        json(
          gw,
          'POST',
          '/v1/admin/clients',
          { name: 'Mitra Kunci', scopes: ['jobs:read'], roles: ['PARTNER'] },
          { ...admin, 'idempotency-key': 'client-key' },
        );
      const c1 = await client();
      const c2 = await client();
      expect([c1.status, c2.status]).toEqual([201, 201]);
      expect((await c1.json()).clientSecret).not.toBe((await c2.json()).clientSecret);
      const db = new Client({ connectionString: databaseUrl.get(gw) });
      await db.connect();
      try {
        const rows = await db.query(
          `SELECT key FROM idempotency_keys WHERE key IN ('signup-key', 'verify-key', 'login-key', 'client-key')`,
        );
        expect(rows.rows).toEqual([]);
        // the gateway's store is in use (the PATCH above)
        expect((await db.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'same-key'`)).rows[0].n).toBeGreaterThan(0);
      } finally {
        await db.end();
      }
    });
  });

  it('reads a JSON body in UTF-16BE and refuses one in UTF-32 with 415 (both were a 403 "could not be read")', async () => {
    const body = JSON.stringify({ nib: nib(), legalName: 'PT Enkode', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.73' });
    const be = Buffer.from(body, 'utf16le').swap16();
    const utf16 = await sane(
      await send(gw, 'POST', '/v1/employers', { ...admin, 'content-type': 'application/json; charset=utf-16be' }, be),
      'utf-16be',
    );
    expect(utf16.status).toBe(201);
    const utf32 = await sane(
      await send(gw, 'POST', '/v1/employers', { ...admin, 'content-type': 'application/json; charset=utf-32' }, Buffer.from(body)),
      'utf-32',
    );
    expect(utf32.status).toBe(415);
  });

  it('answers forged, expired, misaddressed and misused tokens with 401 / 403 problem+json', async () => {
    const jwks = (await (await fetch(`${gw.url}/.well-known/jwks.json`)).json()) as { keys: unknown[] };
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const [h, p] = admin.authorization.slice(7).split('.');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString());
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
    const now = Math.floor(Date.now() / 1000);
    const es256 = (hdr: unknown, c: unknown) => {
      const input = `${b64(hdr)}.${b64(c)}`;
      return `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
    };
    const hsInput = `${b64({ ...header, alg: 'HS256' })}.${p}`;
    const forged: Record<string, [string, RegExp]> = {
      'alg none': [`${b64({ alg: 'none', typ: 'JWT' })}.${p}.`, /algorithm/],
      'HS256 keyed with the public key': [
        `${hsInput}.${createHmac('sha256', JSON.stringify(jwks.keys[0])).update(hsInput).digest('base64url')}`,
        /algorithm/,
      ],
      expired: [es256(header, { ...claims, exp: now - 10 }), /expired/],
      'not yet valid': [es256(header, { ...claims, nbf: now + 3600 }), /nbf/],
      'wrong audience': [es256(header, { ...claims, aud: 'another-api' }), /issuer or audience/],
      'wrong issuer': [es256(header, { ...claims, iss: 'https://evil.example' }), /issuer or audience/],
      'a key named by URL': [es256({ ...header, jku: 'http://evil.example/jwks', kid: 'evil' }, claims), /unknown key/],
      'claims of the wrong types': [es256(header, { ...claims, sub: { a: 1 }, roles: 'MINISTRY_ADMIN' }), /malformed/],
      'no JWT at all': ['a.b.c', /malformed/],
    };
    for (const [name, [token, detail]] of Object.entries(forged)) {
      const r = await sane(await send(gw, 'GET', '/v1/admin/clients', { authorization: `Bearer ${token}` }), name);
      expect({ name, status: r.status, detail: JSON.parse(r.text).detail }).toEqual({
        name,
        status: 401,
        detail: expect.stringMatching(detail),
      });
    }
    // the real key signs: the same claims pass (the forgeries above failed for what they changed)
    expect((await send(gw, 'GET', '/v1/admin/clients', { authorization: `Bearer ${es256(header, claims)}` })).status).toBe(200);
    // a person's token on an administrator's route; a client's token without the scope; a scope the client was not granted
    const person = await json(gw, 'POST', '/v1/auth/login', { login: 'siti.hostile@example.id', password: 'kopi-tubruk-2026' });
    const personToken = ((await person.json()) as { access_token?: string }).access_token;
    if (personToken)
      expect((await sane(await send(gw, 'GET', '/v1/admin/clients', { authorization: `Bearer ${personToken}` }), 'person')).status).toBe(
        403,
      );
    const readOnly = await sandboxAuth(gw.url, 'partnerA', 'jobs:read');
    expect((await sane(await json(gw, 'POST', '/v1/employers', {}, readOnly), 'read-only')).status).toBe(403);
    const notGranted = await send(
      gw,
      'POST',
      '/oauth/token',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'sandbox-partner-a',
        client_secret: 'sandbox-partner-a-secret-000000000001',
        scope: 'admin:write',
      }).toString(),
    );
    expect((await sane(notGranted, 'not granted')).status).toBe(400);
  });

  it('answers odd paths, repeated and nested query parameters, hostile bodies, content types and encodings without a 5xx or a trace', async () => {
    const failures: string[] = [];
    const check = async (what: string, res: Promise<Response>) => {
      const r = await sane(await res, what);
      if (r.text.startsWith('BAD ')) failures.push(r.text);
      return r;
    };
    const headers = { ...admin, 'x-purpose': 'SUPERVISION' };
    for (const path of [
      `/v1/employers/${'a'.repeat(50_000)}`,
      `/v1/employers/${'a'.repeat(5_000)}`,
      '/v1/employers/a%2Fb',
      '/v1/employers/%2e%2e%2fadmin%2fclients',
      '/v1/employers/%00',
      '/v1/employers/%',
      '/v1/employers/%C0%AE',
      '/v1/employers/%E2%80%AE',
    ])
      await check(`path ${path.slice(0, 60)}`, send(gw, 'GET', path, headers));
    for (const raw of ['/v1/employers/../admin/clients', '/v1/./admin/clients', '/v1/employers/..%2f..%2fadmin%2fclients']) {
      const a = await rawRequest(
        gw.port,
        `GET ${raw} HTTP/1.1\r\nHost: x\r\nAuthorization: ${admin.authorization}\r\nConnection: close\r\n\r\n`,
      );
      // never the client list: dot segments are not resolved into another route
      expect(a).not.toMatch(/sandbox-admin/);
      expect(a.slice(9, 12)).toMatch(/^4/);
    }
    for (const q of [
      'regionCode=33&regionCode=34',
      'regionCode[a]=1',
      'regionCode[]=33',
      'pageSize=1&pageSize=2',
      'pageSize=99999999999999999999',
      '__proto__[x]=1',
      'constructor=x',
      `pageToken=${'A'.repeat(5000)}`,
    ])
      for (const route of ['/v1/employers', '/v1/vacancies', '/v1/job-seekers'])
        await check(`query ${route}?${q.slice(0, 40)}`, send(gw, 'GET', `${route}?${q}`, headers));
    const good = { nib: nib(), legalName: 'PT Uji', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.73' };
    const bodies = [
      `{"__proto__":{"roles":["MINISTRY_ADMIN"]},"nib":"${nib()}","legalName":"PT Proto","employerType":"PRIVATE","kbliCodes":["62019"],"regionCode":"33.73"}`,
      `{"constructor":{"prototype":{"x":1}},"nib":"${nib()}","legalName":"PT Ctor","employerType":"PRIVATE","kbliCodes":["62019"],"regionCode":"33.73"}`,
      `{"nib":"${nib()}","nib":"123","legalName":"PT Dup","employerType":"PRIVATE","kbliCodes":["62019"],"regionCode":"33.73"}`,
      JSON.stringify({ ...good, nib: Number(good.nib) }),
      JSON.stringify({ ...good, kbliCodes: ['X'] }).replace('"X"', '1e309'),
      `{"nib":${'9'.repeat(400)},"legalName":"PT","employerType":"PRIVATE","kbliCodes":["62019"],"regionCode":"33.73"}`,
      JSON.stringify([good]),
      'null',
      '',
      JSON.stringify({ ...good, kbliCodes: { length: 1e9 } }),
      JSON.stringify({ ...good, kbliCodes: Array.from({ length: 50_000 }, () => '62019') }),
      JSON.stringify({ ...good, legalName: 'x'.repeat(3_000_000) }),
    ];
    for (const body of bodies)
      await check(`body ${body.slice(0, 60)}`, send(gw, 'POST', '/v1/employers', { ...admin, 'content-type': 'application/json' }, body));
    for (const ct of [
      'text/plain',
      'application/xml',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/json; charset=bogus',
    ])
      await check(`content type ${ct}`, send(gw, 'POST', '/v1/employers', { ...admin, 'content-type': ct }, JSON.stringify(good)));
    // a gzip bomb: 50 MB of JSON in 49 KB; the inflated size is held to the body limit
    const bomb = gzipSync(Buffer.from(`{"a":"${'x'.repeat(50_000_000)}"}`));
    for (const encoding of ['gzip', 'deflate', 'br', 'bogus', 'gzip, gzip']) {
      const r = await check(
        `encoding ${encoding}`,
        send(gw, 'POST', '/v1/employers', { ...admin, 'content-type': 'application/json', 'content-encoding': encoding }, bomb),
      );
      expect(r.status).toBeGreaterThanOrEqual(400);
    }
    const formBomb = gzipSync(Buffer.from(`grant_type=client_credentials&x=${'a'.repeat(20_000_000)}`));
    await check(
      'form bomb',
      send(gw, 'POST', '/oauth/token', { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' }, formBomb),
    );
    await check(
      'form arrays',
      send(
        gw,
        'POST',
        '/oauth/token',
        { 'content-type': 'application/x-www-form-urlencoded' },
        'grant_type[a]=client_credentials&client_id=a&client_id=b&__proto__[x]=1',
      ),
    );
    await check('login arrays', json(gw, 'POST', '/v1/auth/login', { login: ['a', 'b', 'c'], password: { x: 1 } }));
    expect(failures).toEqual([]);
  });
});

function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.setTimeout(5000, () => socket.end());
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}
