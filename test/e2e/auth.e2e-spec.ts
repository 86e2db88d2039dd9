import { createHmac, createHash, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createTestDatabase, kafkaBrokers, SANDBOX_CLIENTS, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET } from '@siapkerja/testing';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { DevVerificationSender } from '../../services/identity/src/accounts/verification';
import { identityService } from '../../services/identity/src/identity.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';

/**
 * Auth through HTTP on the in-process gateway in front of the identity service (fresh databases, SANDBOX=true) and the
 * services that hold the officers' region rules (jobs, training, placement, entrepreneurship): a request the gateway lets
 * through gets the service's own answer (a refused region: 403 from the service), a refused one 401/403 before any
 * call. Certification and integration point at a closed port (503).
 */
describe('gateway auth', () => {
  let gw: RunningGateway;
  let identity: RunningService;
  const domain: RunningService[] = [];
  const dropDomain: (() => Promise<void>)[] = [];
  let base: string;
  let drop: () => Promise<void>;
  let dropIdentity: () => Promise<void>;
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  beforeAll(async () => {
    const db = await createTestDatabase('gw_auth');
    drop = db.drop;
    const idDb = await createTestDatabase('gw_auth_identity');
    dropIdentity = idDb.drop;
    identity = await startService(identityService, serviceTestEnv(idDb.url, { SANDBOX: 'true', AUTH_SIGNING_KEY: pem }));
    const url: Record<string, string> = {};
    for (const def of [jobsService, trainingService, placementService, entrepreneurshipService]) {
      const d = await createTestDatabase(`gw_auth_${def.name}`);
      dropDomain.push(d.drop);
      const svc = await startService(def, serviceTestEnv(d.url));
      domain.push(svc);
      url[def.name] = `127.0.0.1:${svc.grpcPort}`;
    }
    gw = await startGateway({
      DATABASE_URL: db.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      GRPC_DEADLINE_MS: '5000',
      IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}`,
      JOBS_GRPC_URL: url.jobs,
      TRAINING_GRPC_URL: url.training,
      CERTIFICATION_GRPC_URL: '127.0.0.1:1',
      PLACEMENT_GRPC_URL: url.placement,
      ENTREPRENEURSHIP_GRPC_URL: url.entrepreneurship,
    });
    base = gw.url;
  });
  afterAll(async () => {
    await gw?.close();
    for (const svc of domain.reverse()) await svc.stop();
    await identity?.stop();
    for (const d of dropDomain) await d();
    await drop?.();
    await dropIdentity?.();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const get = (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers });
  async function expectProblem(res: Response, status: number, fields: string[] = []) {
    const text = await res.text();
    expect({ status: res.status, text }).toMatchObject({ status });
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = JSON.parse(text);
    expect(body).toMatchObject({ status, type: expect.stringContaining('/problems/') });
    if (fields.length) expect(body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    return body;
  }
  /** A request the region rule lets through: the service's own answer (`status`), never a region refusal. */
  async function expectThrough(res: Response, status: number, detail?: RegExp) {
    const text = await res.text();
    expect({ status: res.status, text }).toMatchObject({ status });
    expect(text).not.toMatch(/outside the caller's region|not bound to a region/);
    if (detail) expect(JSON.parse(text).detail).toMatch(detail);
  }
  const employer = (regionCode = '33.73') => ({
    nib: '9120001234567',
    legalName: 'PT Contoh',
    employerType: 'PRIVATE',
    kbliCodes: ['62019'],
    regionCode,
  });
  const vacancy = (regionCode: string) => ({
    employerId: '3b1f4f0e-8c0a-4f9b-9a52-2b7f1c1d2e3f',
    positionName: 'Operator',
    kbjiCode: '8189',
    regionCode,
    numberNeeded: 2,
    validFrom: '2026-11-01',
    validUntil: '2026-12-31',
  });
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

  describe('OAuth2 client credentials', () => {
    it('issues an ES256 token verifiable with the JWKS, with the client scopes and roles', async () => {
      const res = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: SANDBOX_CLIENTS.regency3373.id,
          client_secret: SANDBOX_CLIENTS.regency3373.secret,
        }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const t = await res.json();
      expect(t).toMatchObject({
        token_type: 'Bearer',
        expires_in: 300,
        scope:
          'jobs:read jobs:write training:read training:write certification:read entrepreneurship:read entrepreneurship:write reports:read',
      });
      const [h, p] = t.access_token
        .split('.')
        .slice(0, 2)
        .map((x: string) => JSON.parse(Buffer.from(x, 'base64url').toString()) as Record<string, unknown>);
      expect(h).toMatchObject({ alg: 'ES256' });
      expect(p).toMatchObject({
        sub: SANDBOX_CLIENTS.regency3373.id,
        client_id: SANDBOX_CLIENTS.regency3373.id,
        roles: ['DISNAKER_REGENCY'],
        region: '33.73',
        iss: expect.any(String),
        aud: expect.any(String),
        jti: expect.any(String),
      });
      expect((p.exp as number) - (p.iat as number)).toBe(300);
      const jwks = await (await get('/.well-known/jwks.json')).json();
      expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: h.kid, use: 'sig' })]);
      // HTTP Basic client authentication and a narrowed scope
      const basic = Buffer.from(`${SANDBOX_CLIENTS.partnerA.id}:${SANDBOX_CLIENTS.partnerA.secret}`).toString('base64');
      const narrowed = await fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=client_credentials&scope=jobs%3Aread',
      });
      expect((await narrowed.json()).scope).toBe('jobs:read');
    });

    it('refuses a wrong secret (401), an unknown client (401), a scope not granted (400), another grant type (400)', async () => {
      const form = (f: Record<string, string>) =>
        fetch(`${base}/oauth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(f),
        });
      await expectProblem(
        await form({ grant_type: 'client_credentials', client_id: SANDBOX_CLIENTS.partnerA.id, client_secret: 'wrong-secret' }),
        401,
      );
      await expectProblem(await form({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' }), 401);
      await expectProblem(
        await form({
          grant_type: 'client_credentials',
          client_id: SANDBOX_CLIENTS.partnerA.id,
          client_secret: SANDBOX_CLIENTS.partnerA.secret,
          scope: 'admin:write',
        }),
        400,
      );
      await expectProblem(
        await form({ grant_type: 'password', client_id: SANDBOX_CLIENTS.partnerA.id, client_secret: SANDBOX_CLIENTS.partnerA.secret }),
        400,
        ['grant_type'],
      );
    });
  });

  describe('bearer tokens on the API', () => {
    it('answers a missing token with 401 problem+json and WWW-Authenticate: Bearer; health and docs stay open', async () => {
      const res = await post('/v1/employers', employer());
      const body = await expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer /);
      expect(body.correlationId).toBe(res.headers.get('x-correlation-id'));
      await expectProblem(await get('/v1/vacancies/00000000-0000-4000-8000-000000000000', { authorization: 'Basic abc' }), 401);
      expect((await get('/health/live')).status).toBe(200);
      expect((await get('/metrics')).status).toBe(200);
      expect((await get('/openapi.json')).status).toBe(200);
      expect((await get('/docs')).status).toBe(200);
    });

    it('answers a tampered token with 401', async () => {
      const { authorization } = await sandboxAuth(base, 'partnerA', 'jobs:read');
      const [h, p, s] = authorization.slice(7).split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = `${h}.${b64({ ...claims, scope: 'jobs:read jobs:write admin:write', roles: ['MINISTRY_ADMIN'] })}.${s}`;
      const res = await post(
        '/v1/admin/clients',
        { name: 'x', scopes: ['jobs:read'], roles: ['PARTNER'] },
        { authorization: `Bearer ${forged}` },
      );
      await expectProblem(res, 401);
      expect(res.headers.get('www-authenticate')).toContain('invalid_token');
      const flipped = `${h}.${p}.${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`;
      await expectProblem(await get('/v1/vacancies/00000000-0000-4000-8000-000000000000', { authorization: `Bearer ${flipped}` }), 401);
      // alg=none and a token signed by another key
      await expectProblem(await get('/v1/vacancies/x', { authorization: `Bearer ${b64({ alg: 'none' })}.${p}.` }), 401);
      const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
      const input = `${h}.${p}`;
      const otherSig = sign('sha256', Buffer.from(input), { key: other, dsaEncoding: 'ieee-p1363' }).toString('base64url');
      await expectProblem(await get('/v1/vacancies/x', { authorization: `Bearer ${input}.${otherSig}` }), 401);
    });

    it('answers an expired token (signed with the real key) with 401', async () => {
      const { authorization } = await sandboxAuth(base, 'admin');
      const [h, p] = authorization.slice(7).split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const now = Math.floor(Date.now() / 1000);
      const input = `${h}.${b64({ ...claims, iat: now - 600, exp: now - 1 })}`;
      const sig = sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
      // the same claims with a live exp pass (the test signs correctly), the expired one does not
      const liveInput = `${h}.${b64({ ...claims, iat: now, exp: now + 60 })}`;
      const liveSig = sign('sha256', Buffer.from(liveInput), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
      expect((await get('/v1/admin/clients', { authorization: `Bearer ${liveInput}.${liveSig}` })).status).toBe(200);
      const res = await get('/v1/admin/clients', { authorization: `Bearer ${input}.${sig}` });
      const body = await expectProblem(res, 401);
      expect(body.detail).toMatch(/expired/);
    });

    it('answers a token without the needed scope with 403', async () => {
      const readOnly = await sandboxAuth(base, 'partnerA', 'jobs:read');
      const res = await post('/v1/employers', employer(), readOnly);
      const body = await expectProblem(res, 403);
      expect(body.detail).toContain('jobs:write');
      expect(res.headers.get('www-authenticate')).toContain('insufficient_scope');
      await expectProblem(await get('/v1/reports/vacancies?region=33&month=2026-11', readOnly), 403);
      await expectProblem(await post('/v1/training-programs', {}, readOnly), 403);
      // the scope present: the gateway lets it through to the service (no such vacancy)
      expect((await get('/v1/vacancies/00000000-0000-4000-8000-000000000000', readOnly)).status).toBe(404);
      // a partner is not an administrator
      await expectProblem(await get('/v1/admin/clients', await sandboxAuth(base, 'partnerA')), 403);
    });
  });

  describe('officer region', () => {
    it('refuses vacancy and employer writes outside the regency / province (403) and lets those inside through', async () => {
      const regency = await sandboxAuth(base, 'regency3373');
      const province = await sandboxAuth(base, 'province33');
      await expectProblem(await post('/v1/vacancies', vacancy('33.74'), regency), 403);
      await expectProblem(await post('/v1/vacancies', vacancy('34.71'), province), 403);
      await expectProblem(await post('/v1/employers', employer('31.71'), regency), 403);
      await expectThrough(await post('/v1/vacancies', vacancy('33.73'), regency), 404, /employer/i);
      await expectThrough(await post('/v1/vacancies', vacancy('33.74'), province), 404, /employer/i);
      // the region's BLK and TKM programs too: outside refused by the service, inside through to its own answer
      const program = (regionCode: string) => ({
        providerName: 'BLK',
        title: 'X',
        regionCode,
        kbjiCode: '7411',
        competencyUnits: ['F.439900.001.01'],
        durationDays: 4,
        capacity: 16,
      });
      await expectProblem(await post('/v1/training-programs', program('33.74'), regency), 403);
      await expectProblem(await post('/v1/training-programs', program('34.71'), province), 403);
      await expectThrough(await post('/v1/training-programs', program('33.73'), regency), 201);
      const group = (regionCode: string) => ({ name: 'KUB Maju', programKind: 'PEMULA', regionCode, memberCount: 10 });
      await expectProblem(await post('/v1/tkm-groups', group('33.74'), regency), 403);
      await expectThrough(await post('/v1/tkm-groups', group('33.73'), regency), 201);
      // certification stays read-only for officers
      await expectProblem(
        await post(
          '/v1/certification-schemes',
          { code: 'SKM-X', name: 'X', schemeType: 'OCCUPATION', kkniLevel: 2, competencyUnits: ['F.439900.001.01'] },
          province,
        ),
        403,
      );
    });

    it('refuses report reads outside the region (403), including the province of a regency officer', async () => {
      const regency = await sandboxAuth(base, 'regency3373');
      const province = await sandboxAuth(base, 'province33');
      await expectProblem(await get('/v1/reports/vacancies?region=33&month=2026-11', regency), 403);
      await expectProblem(await get('/v1/reports/vacancies?region=33.74&month=2026-11', regency), 403);
      await expectProblem(await get('/v1/reports/activity?region=00&month=2026-11', province), 403);
      await expectProblem(await get('/v1/reports/vacancies?region=34&month=2026-11', province), 403);
      await expectThrough(await get('/v1/reports/vacancies?region=33.73&month=2026-11', regency), 200);
      await expectThrough(await get('/v1/reports/vacancies?region=33&month=2026-11', province), 200);
      await expectThrough(await get('/v1/reports/vacancies?region=34&month=2026-11', await sandboxAuth(base, 'admin')), 200);
    });
  });

  describe('admin: clients and HMAC signing', () => {
    let admin: Record<string, string>;
    beforeAll(async () => {
      admin = await sandboxAuth(base, 'admin');
    });
    const tokenFor = (id: string, secret: string) =>
      fetch(`${base}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }),
      });

    it('creates a client (secret shown once), lists it, rotates with a grace period, revokes it', async () => {
      const created = await post(
        '/v1/admin/clients',
        { name: 'Pintar', scopes: ['jobs:read', 'training:write'], roles: ['PARTNER'] },
        admin,
      );
      expect(created.status).toBe(201);
      const c = await created.json();
      expect(c).toMatchObject({
        clientId: expect.stringMatching(/^c_/),
        clientSecret: expect.any(String),
        hmacSecret: expect.any(String),
        scopes: ['jobs:read', 'training:write'],
      });
      const list = await (await get('/v1/admin/clients', admin)).json();
      const listed = list.find((x: { clientId: string }) => x.clientId === c.clientId);
      expect(listed).toBeDefined();
      expect(JSON.stringify(list)).not.toContain(c.clientSecret);
      expect((await tokenFor(c.clientId, c.clientSecret)).status).toBe(200);

      const rotated = await (await post(`/v1/admin/clients/${c.clientId}/rotate-secret`, {}, admin)).json();
      expect(rotated.clientSecret).not.toBe(c.clientSecret);
      expect(Date.parse(rotated.previousValidUntil) - Date.now()).toBeGreaterThan(23 * 3600e3);
      expect((await tokenFor(c.clientId, rotated.clientSecret)).status).toBe(200);
      expect((await tokenFor(c.clientId, c.clientSecret)).status).toBe(200); // grace period
      const live = `Bearer ${(await (await tokenFor(c.clientId, rotated.clientSecret)).json()).access_token}`;

      expect((await post(`/v1/admin/clients/${c.clientId}/revoke`, {}, admin)).status).toBe(200);
      await expectProblem(await tokenFor(c.clientId, rotated.clientSecret), 401);
      await expectProblem(await get('/v1/vacancies/00000000-0000-4000-8000-000000000000', { authorization: live }), 401);
      await expectProblem(await post(`/v1/admin/clients/${c.clientId}/rotate-secret`, {}, admin), 404);
    });

    it('validates client registrations: unknown scope, officer without region', async () => {
      await expectProblem(await post('/v1/admin/clients', { name: 'x', scopes: ['jobs:delete'], roles: ['PARTNER'] }, admin), 400, [
        'scopes',
      ]);
      await expectProblem(await post('/v1/admin/clients', { name: 'x', scopes: ['jobs:read'], roles: ['DISNAKER_REGENCY'] }, admin), 400, [
        'regionCode',
      ]);
      await expectProblem(
        await post('/v1/admin/clients', { name: 'x', scopes: ['jobs:read'], roles: ['DISNAKER_REGENCY'], regionCode: '33' }, admin),
        400,
        ['regionCode'],
      );
      const officer = await post(
        '/v1/admin/clients',
        { name: 'Disnaker Kota Salatiga', scopes: ['jobs:read', 'jobs:write'], roles: ['DISNAKER_REGENCY'], regionCode: '33.73' },
        admin,
      );
      expect(officer.status).toBe(201);
    });

    it('requires signed requests from an hmac_required client: valid passes, replay / stale / tampered body / missing are 401', async () => {
      const c = await (
        await post(
          '/v1/admin/clients',
          { name: 'Signed partner', scopes: ['jobs:read', 'jobs:write'], roles: ['PARTNER'], hmacRequired: true },
          admin,
        )
      ).json();
      const token = `Bearer ${(await (await tokenFor(c.clientId, c.clientSecret)).json()).access_token}`;
      const signed = (
        method: string,
        path: string,
        body: string,
        opts: { ts?: number; nonce?: string; secret?: string; sendBody?: string } = {},
      ) => {
        const ts = String(opts.ts ?? Math.floor(Date.now() / 1000));
        const nonce = opts.nonce ?? randomBytes(16).toString('hex');
        const toSign = [c.clientId, ts, nonce, method, path, createHash('sha256').update(body).digest('hex')].join('\n');
        const sig = createHmac('sha256', opts.secret ?? c.hmacSecret)
          .update(toSign)
          .digest('base64url');
        return fetch(base + path, {
          method,
          headers: {
            authorization: token,
            'content-type': 'application/json',
            'x-client-id': c.clientId,
            'x-timestamp': ts,
            'x-nonce': nonce,
            'x-signature': sig,
          },
          ...(method === 'GET' ? {} : { body: opts.sendBody ?? body }),
        });
      };
      const body = JSON.stringify(employer());
      const nonce = randomBytes(16).toString('hex');
      expect((await signed('POST', '/v1/employers', body, { nonce })).status).toBe(201); // through the gateway, to the service
      const replay = await signed('POST', '/v1/employers', body, { nonce });
      expect((await expectProblem(replay, 401)).detail).toMatch(/replay/);
      expect(
        (await expectProblem(await signed('POST', '/v1/employers', body, { ts: Math.floor(Date.now() / 1000) - 301 }), 401)).detail,
      ).toMatch(/window/);
      const tampered = JSON.stringify({ ...employer(), legalName: 'PT Lain' });
      expect((await expectProblem(await signed('POST', '/v1/employers', body, { sendBody: tampered }), 401)).detail).toMatch(/Signature/);
      expect((await signed('GET', '/v1/vacancies/00000000-0000-4000-8000-000000000000?x=1', '')).status).toBe(404);
      await expectProblem(
        await fetch(`${base}/v1/vacancies/00000000-0000-4000-8000-000000000000`, { headers: { authorization: token } }),
        401,
      );
      await expectProblem(await signed('GET', '/v1/vacancies/00000000-0000-4000-8000-000000000000', '', { secret: 'not-the-secret' }), 401);
    });
  });

  describe('people', () => {
    // NIK of a woman born 1990-07-05 in Kota Salatiga (33.73): day 05 + 40 = 45
    const person = {
      nik: '3373014507900001',
      name: 'Siti Rahayu',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1990-07-05',
      sex: 2,
      phone: '0812-3456-7890',
      email: 'siti@example.id',
      password: 'kopi-tubruk-2026',
    };

    it('refuses bad sign-ups with 400 naming the fields', async () => {
      await expectProblem(await post('/v1/auth/signup', { ...person, nik: '1234' }), 400, ['nik']);
      await expectProblem(await post('/v1/auth/signup', { ...person, birthDate: '1990-07-06' }), 400, ['nik']);
      await expectProblem(await post('/v1/auth/signup', { ...person, sex: 1 }), 400, ['nik']);
      await expectProblem(await post('/v1/auth/signup', { ...person, password: 'short1' }), 400, ['password']);
      await expectProblem(await post('/v1/auth/signup', { ...person, password: 'onlyletterslong' }), 400, ['password']);
      await expectProblem(await post('/v1/auth/signup', { ...person, password: `x${person.nik}` }), 400, ['password']);
      await expectProblem(await post('/v1/auth/signup', { ...person, password: 'rahayu12345' }), 400, ['password']);
      await expectProblem(await post('/v1/auth/signup', { ...person, phone: undefined, email: undefined }), 400, ['phone']);
      await expectProblem(await post('/v1/auth/signup', { ...person, motherMaidenName: '12345' }), 422);
    });

    it('signs up, verifies, logs in, rotates refresh tokens, detects reuse, logs out and resets the password', async () => {
      const signup = await post('/v1/auth/signup', person);
      expect(signup.status).toBe(201);
      const account = await signup.json();
      expect(account).toMatchObject({ status: 'PENDING_VERIFICATION', nikMasked: '3373********0001' });
      expect(JSON.stringify(account)).not.toContain(person.nik);
      await expectProblem(await post('/v1/auth/signup', person), 409);

      await expectProblem(await post('/v1/auth/login', { login: person.email, password: person.password }), 403); // not verified yet
      await expectProblem(
        await post('/v1/auth/verify', {
          login: person.email,
          code: '000000' === DevVerificationSender.lastCode('+6281234567890') ? '111111' : '000000',
        }),
        400,
        ['code'],
      );
      const code = DevVerificationSender.lastCode('+6281234567890')!;
      expect(code).toMatch(/^\d{6}$/);
      expect((await post('/v1/auth/verify', { login: '081234567890', code })).status).toBe(200);

      await expectProblem(await post('/v1/auth/login', { login: person.email, password: 'wrong-password-1' }), 401);
      const login = await post('/v1/auth/login', { login: person.nik, password: person.password });
      expect(login.status).toBe(200);
      const t1 = await login.json();
      expect(t1).toMatchObject({
        token_type: 'Bearer',
        expires_in: 300,
        refresh_token: expect.any(String),
        scope: expect.stringContaining('jobs:read'),
      });
      expect(t1.scope).not.toContain('jobs:write');
      const me = await (await get('/v1/auth/me', { authorization: `Bearer ${t1.access_token}` })).json();
      expect(me).toMatchObject({ id: account.id, roles: ['JOB_SEEKER'], phone: '+628****890' });
      // a job seeker reads the catalogue but does not post vacancies
      await expectProblem(await post('/v1/vacancies', vacancy('33.73'), { authorization: `Bearer ${t1.access_token}` }), 403);

      const t2 = await (await post('/v1/auth/refresh', { refresh_token: t1.refresh_token })).json();
      expect(t2.refresh_token).not.toBe(t1.refresh_token);
      const t3 = await (await post('/v1/auth/refresh', { refresh_token: t2.refresh_token })).json();
      expect(t3.access_token).toBeDefined();
      // reuse of a used refresh token revokes the whole family, including the newest tokens
      await expectProblem(await post('/v1/auth/refresh', { refresh_token: t1.refresh_token }), 401);
      await expectProblem(await post('/v1/auth/refresh', { refresh_token: t3.refresh_token }), 401);
      await expectProblem(await get('/v1/auth/me', { authorization: `Bearer ${t3.access_token}` }), 401);

      // logout ends a session: its access and refresh tokens stop working
      const s = await (await post('/v1/auth/login', { login: person.email, password: person.password })).json();
      expect((await post('/v1/auth/logout', {}, { authorization: `Bearer ${s.access_token}` })).status).toBe(204);
      await expectProblem(await get('/v1/auth/me', { authorization: `Bearer ${s.access_token}` }), 401);
      await expectProblem(await post('/v1/auth/refresh', { refresh_token: s.refresh_token }), 401);

      // password reset
      const other = await (await post('/v1/auth/login', { login: person.email, password: person.password })).json();
      expect((await post('/v1/auth/password-reset/request', { login: person.email })).status).toBe(202);
      expect((await post('/v1/auth/password-reset/request', { login: 'nobody@example.id' })).status).toBe(202);
      const resetCode = DevVerificationSender.lastCode('+6281234567890', 'RESET')!;
      await expectProblem(
        await post('/v1/auth/password-reset/confirm', { login: person.email, code: resetCode, newPassword: 'weak' }),
        400,
        ['newPassword'],
      );
      expect(
        (await post('/v1/auth/password-reset/confirm', { login: person.email, code: resetCode, newPassword: 'teh-manis-dingin-77' }))
          .status,
      ).toBe(204);
      await expectProblem(
        await post('/v1/auth/password-reset/confirm', { login: person.email, code: resetCode, newPassword: 'teh-manis-dingin-78' }),
        400,
        ['code'],
      );
      await expectProblem(await post('/v1/auth/login', { login: person.email, password: person.password }), 401);
      await expectProblem(await get('/v1/auth/me', { authorization: `Bearer ${other.access_token}` }), 401); // sessions ended by the reset
      expect((await post('/v1/auth/login', { login: person.email, password: 'teh-manis-dingin-77' })).status).toBe(200);
    });

    it('lets an admin make an account a regency officer bound to its region', async () => {
      const p = {
        ...person,
        nik: '3373010101900002',
        birthDate: '1990-01-01',
        sex: 1,
        name: 'Budi Santoso',
        phone: '081200000002',
        email: 'budi@example.id',
      };
      const a = await (await post('/v1/auth/signup', p)).json();
      await post('/v1/auth/verify', { login: p.email, code: DevVerificationSender.lastCode('+6281200000002')! });
      const admin = await sandboxAuth(base, 'admin');
      await expectProblem(
        await fetch(`${base}/v1/admin/accounts/${a.id}/roles`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...admin },
          body: JSON.stringify({ roles: ['DISNAKER_REGENCY'] }),
        }),
        400,
        ['regionCode'],
      );
      const set = await fetch(`${base}/v1/admin/accounts/${a.id}/roles`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', ...admin },
        body: JSON.stringify({ roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }),
      });
      expect(set.status).toBe(200);
      const t = await (await post('/v1/auth/login', { login: p.email, password: p.password })).json();
      const auth = { authorization: `Bearer ${t.access_token}` };
      await expectProblem(await post('/v1/vacancies', vacancy('33.74'), auth), 403);
      await expectThrough(await post('/v1/vacancies', vacancy('33.73'), auth), 404, /employer/i);
      await expectProblem(await get('/v1/reports/vacancies?region=33&month=2026-11', auth), 403);
    });
  });
});
