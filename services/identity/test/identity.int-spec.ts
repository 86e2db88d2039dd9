import { randomBytes } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { assertRegionAllowed, isRegionBound, parseCaller } from '@siapkerja/authz';
import { ClientRevoked, PersonErasureRequested, SessionEnded } from '@siapkerja/contracts';
import { ERROR_DETAILS_METADATA_KEY } from '@siapkerja/errors';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, SANDBOX_CLIENTS, serviceTestEnv, testNik, waitFor } from '@siapkerja/testing';
import { DevVerificationSender } from '../src/accounts/verification';
import { identityService } from '../src/identity.module';

type GrpcErr = { code: number; details: string; metadata: { get(k: string): unknown[] } };
const fails = async (p: Promise<unknown>): Promise<GrpcErr> => {
  try {
    await p;
  } catch (e) {
    return e as GrpcErr;
  }
  throw new Error('expected the call to fail');
};
/** A caller as the gateway forwards it (signed in production; the test service takes it unsigned). */
const as = (caller: object) => ({ metadata: { 'x-caller': JSON.stringify(caller) } });
/** Text that does not compress (so it does not fit in an index row as a repeated character would). */
const noise = (chars: number) =>
  randomBytes(Math.ceil((chars * 3) / 4))
    .toString('base64')
    .slice(0, chars);
/** How a call ended: OK, or its status code and the fields it named (to compare many calls at once). */
const outcome = async (call: () => Promise<unknown>): Promise<{ code: number; fields: string[] }> => {
  try {
    await call();
    return { code: status.OK, fields: [] };
  } catch (e) {
    const raw = (e as GrpcErr).metadata?.get('x-field-violations')[0];
    return { code: (e as GrpcErr).code, fields: raw ? JSON.parse(String(raw)).map((f: { field: string }) => f.field) : [] };
  }
};
const fields = (e: GrpcErr) => JSON.parse(String(e.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field);

describe('identity service (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'identity'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;

  beforeAll(async () => {
    const db = await createTestDatabase('identity');
    drop = db.drop;
    topic = await collectTopic([ClientRevoked.topic, SessionEnded.topic, PersonErasureRequested.topic]);
    svc = await startService(
      identityService,
      serviceTestEnv(db.url, { SANDBOX: 'true', AUTH_LOGIN_MAX_FAILURES: '3', AUTH_SECRET_GRACE_S: '60' }),
    );
    client = createServiceClient('identity', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await drop?.();
  });

  const verifyToken = async (token: string) =>
    (
      await jwtVerify(token, createLocalJWKSet(await client.getJwks({})), {
        issuer: 'https://siapkerja.kemnaker.go.id',
        audience: 'siapkerja-api',
        algorithms: ['ES256'],
      })
    ).payload;

  describe('accounts', () => {
    const phone = `0812${String(Date.now()).slice(-7)}`;
    const e164 = `+62${phone.slice(1)}`;
    const nik = testNik('3374', '1990-07-05', 2);
    const signup = {
      nik,
      name: 'Siti Rahayu',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1990-07-05',
      sex: 2,
      phone,
      password: 'kopi-tubruk-2024',
    };

    it('signs up, refuses a duplicate, verifies with the code, logs in, refreshes once, and ends sessions with an event', async () => {
      const up = await client.signUp(signup);
      expect(up).toMatchObject({
        status: 'PENDING_VERIFICATION',
        nikMasked: expect.stringMatching(/^3374\*+/),
        codeSentTo: '+628****' + phone.slice(-3),
      });
      expect((await fails(client.signUp(signup))).code).toBe(status.ALREADY_EXISTS);
      expect((await fails(client.login({ login: phone, password: signup.password }))).code).toBe(status.PERMISSION_DENIED);
      expect(fields(await fails(client.verifyAccount({ login: phone, code: '000000' })))).toEqual(['code']);
      const code = DevVerificationSender.lastCode(e164)!;
      expect(await client.verifyAccount({ login: nik, code })).toEqual({ id: up.id, status: 'ACTIVE' });

      const t = await client.login({ login: phone, password: signup.password, clientIp: '10.0.0.1' });
      const claims = await verifyToken(t.accessToken);
      expect(claims).toMatchObject({ sub: up.id, roles: ['JOB_SEEKER'], sid: expect.any(String), pid: expect.any(String) });
      expect(await client.checkSession({ sessionId: String(claims.sid) })).toEqual({ active: true });
      expect(await client.getAccount({ id: up.id })).toMatchObject({ name: 'Siti Rahayu', phone: '+628****' + phone.slice(-3) });

      const r = await client.refreshSession({ refreshToken: t.refreshToken });
      expect(r.refreshToken).not.toBe(t.refreshToken);
      // reusing the first refresh token ends the session, for every replica (event)
      expect((await fails(client.refreshSession({ refreshToken: t.refreshToken }))).code).toBe(status.UNAUTHENTICATED);
      expect(await client.checkSession({ sessionId: String(claims.sid) })).toEqual({ active: false });
      await waitFor(
        async () => topic.messages.some((m) => m.value.data?.sessionId === claims.sid && m.value.data?.reason === 'refresh token reuse'),
        {
          what: 'SessionEnded',
        },
      );

      const again = await client.login({ login: e164, password: signup.password });
      const sid = String((await verifyToken(again.accessToken)).sid);
      expect(await client.endSession({ sessionId: sid })).toEqual({ revocation: { sessionIds: [sid], clientIds: [] } });
      expect((await fails(client.endSession({ sessionId: '' }))).code).toBe(status.PERMISSION_DENIED);
      expect(await client.checkSession({ sessionId: sid })).toEqual({ active: false });
      await waitFor(async () => topic.messages.some((m) => m.value.data?.sessionId === sid && m.value.data?.reason === 'logout'), {
        what: 'SessionEnded (logout)',
      });
    });

    it('throttles failed logins per account: RESOURCE_EXHAUSTED with retryAfterSeconds, even with the right password', async () => {
      for (let i = 0; i < 3; i++)
        expect((await fails(client.login({ login: phone, password: 'wrong-password-1' }))).code).toBe(status.UNAUTHENTICATED);
      const e = await fails(client.login({ login: phone, password: signup.password }));
      expect(e.code).toBe(status.RESOURCE_EXHAUSTED);
      expect(Number(JSON.parse(String(e.metadata.get(ERROR_DETAILS_METADATA_KEY)[0])).retryAfterSeconds)).toBeGreaterThan(0);
    });

    it('resets the password with a code (every session ends) and serves sandbox codes by NIK', async () => {
      await client.requestPasswordReset({ login: nik });
      const codes = (await client.listSandboxVerificationCodes({ nik })).codes;
      expect(codes.map((c) => c.purpose)).toEqual(['RESET', 'VERIFY']);
      expect(codes[0].code).toBe(DevVerificationSender.lastCode(e164, 'RESET'));
      expect(fields(await fails(client.confirmPasswordReset({ login: nik, code: codes[0].code, newPassword: 'short' })))).toContain(
        'newPassword',
      );
      await client.confirmPasswordReset({ login: nik, code: codes[0].code, newPassword: 'teh-manis-20250' });
      expect((await fails(client.confirmPasswordReset({ login: nik, code: codes[0].code, newPassword: 'teh-manis-20251' }))).code).toBe(
        status.INVALID_ARGUMENT,
      );
    });

    it('refuses a phone that is not a phone number with INVALID_ARGUMENT naming phone (not INTERNAL)', async () => {
      for (const bad of ['abc', '+0812345678', '()'])
        expect(fields(await fails(client.signUp({ ...signup, nik: testNik('3374', '1990-07-05', 2), phone: bad })))).toEqual(['phone']);
    });

    it('refuses at sign-up a +62 phone that is no mobile number (0812345, a landline), naming phone in ASCII; takes a number abroad', async () => {
      for (const bad of ['0812345', '+62812345', '021-1234567', '08123456789012']) {
        const e = await fails(client.signUp({ ...signup, nik: testNik('3374', '1990-07-05', 2), phone: bad }));
        expect({ bad, code: e.code, fields: fields(e) }).toEqual({ bad, code: status.INVALID_ARGUMENT, fields: ['phone'] });
        const [v] = JSON.parse(String(e.metadata.get('x-field-violations')[0])) as { description: string }[];
        expect(v.description).toMatch(
          /^phone must be an Indonesian mobile number \(08 and 8 to 11 more digits[\x20-\x7e]*\+<country code>/,
        );
      }
      // an Indonesian worker abroad (PMI) signs up with his Hong Kong number: the code goes there by SMS
      const abroad = `+852 9${String(Date.now()).slice(-7)}`;
      const e164Abroad = abroad.replace(' ', '');
      const up = await client.signUp({ ...signup, nik: testNik('3374', '1990-07-05', 2), phone: abroad });
      expect(up.codeSentTo).toBe(`+852****${e164Abroad.slice(-3)}`);
      expect(DevVerificationSender.lastCode(e164Abroad)).toMatch(/^\d{6}$/);
    });

    it('still logs in, verifies and resets by a phone stored before the mobile rule; its reset code goes to the e-mail, not by SMS', async () => {
      const email = `lama.${Date.now()}@example.id`;
      const n = testNik('3374', '1985-03-12', 1);
      const up = await client.signUp({ ...signup, nik: n, phone: '', email, name: 'Joko Susilo', birthDate: '1985-03-12', sex: 1 });
      // a phone the earlier rule stored (7 digits after 08: no such mobile number)
      const old = `+628${String(Date.now()).slice(-6)}`;
      await svc.dataSource.query(`UPDATE auth_accounts SET phone = $2 WHERE id = $1`, [up.id, old]);
      const written = `08${old.slice(4)}`;
      expect(await client.verifyAccount({ login: written, code: DevVerificationSender.lastCode(email)! })).toEqual({
        id: up.id,
        status: 'ACTIVE',
      });
      expect((await verifyToken((await client.login({ login: written, password: signup.password })).accessToken)).sub).toBe(up.id);
      const sms = DevVerificationSender.outbox.length;
      await client.requestPasswordReset({ login: written });
      expect(DevVerificationSender.outbox.slice(sms)).toEqual([expect.objectContaining({ channel: 'email', to: email, purpose: 'RESET' })]);
      await client.confirmPasswordReset({
        login: written,
        code: DevVerificationSender.lastCode(email, 'RESET')!,
        newPassword: 'soto-ayam-20250',
      });
      expect((await client.login({ login: old, password: 'soto-ayam-20250' })).tokenType).toBe('Bearer');
    });

    it('refuses at sign-up a malformed NIK, sex, birth date or e-mail naming the field (not INTERNAL, nothing stored)', async () => {
      const fresh = () => testNik('3374', '1990-07-05', 2);
      for (const [change, field] of [
        [{ nik: '' }, 'nik'],
        [{ nik: '3374abc' }, 'nik'],
        [{ nik: testNik('3374', '1990-07-06', 2) }, 'nik'],
        [{ nik: fresh(), sex: 7 }, 'sex'],
        [{ nik: fresh(), birthDate: '5 Juli 1990' }, 'birthDate'],
        [{ nik: fresh(), phone: '', email: `${noise(6000)}@example.id` }, 'email'],
        [{ nik: fresh(), phone: '', email: '   ' }, 'email'],
        [{ nik: fresh(), phone: '', email: 'siti-at-example.id' }, 'email'],
      ] as const) {
        const got = await outcome(() => client.signUp({ ...signup, ...change }));
        expect({ change: Object.keys(change), got }).toEqual({
          change: Object.keys(change),
          got: { code: status.INVALID_ARGUMENT, fields: [field] },
        });
      }
      // an e-mail is stored trimmed and lower-cased: the person logs in with it as he writes it
      const email = `  Wulan.${Date.now()}@Example.ID `;
      await client.signUp({ ...signup, nik: fresh(), phone: '', email });
      expect(DevVerificationSender.lastCode(email.trim().toLowerCase())).toMatch(/^\d{6}$/);
    });

    it('counts a failed login from a long client address (not INTERNAL), and refuses a sandbox code lookup by a long NIK naming it', async () => {
      // the gateway passes the client's address as it got it (X-Forwarded-For holds any text): a long one is still counted
      const e = await fails(
        client.login({ login: `nobody.${Date.now()}@example.id`, password: 'wrong-password-1', clientIp: noise(8000) }),
      );
      expect(e.code).toBe(status.UNAUTHENTICATED);
      expect(fields(await fails(client.listSandboxVerificationCodes({ nik: noise(5000) })))).toEqual(['nik']);
    });

    it('counts failed logins from one IPv6 /64 together (a client rotates the low 64 bits at will), an IPv4 address alone', async () => {
      const counted = async (key: string) =>
        (
          (await svc.dataSource.query(`SELECT coalesce(sum(count), 0)::int AS n FROM login_attempts WHERE key = $1`, [key])) as {
            n: number;
          }[]
        )[0].n;
      // another login each time (the account's own counter allows AUTH_LOGIN_MAX_FAILURES, 3 here)
      const ips = ['2001:db8:77:1::1', '2001:db8:77:1:dead:beef:0:2', '2001:db8:77:1::3', '2001:db8:77:2::1'];
      for (const [i, clientIp] of ips.entries())
        expect(
          (await fails(client.login({ login: `nobody.${Date.now()}.${i}@example.id`, password: 'wrong-password-1', clientIp }))).code,
        ).toBe(status.UNAUTHENTICATED);
      expect(await counted('login:ip:2001:db8:77:1::/64')).toBe(3);
      expect(await counted('login:ip:2001:db8:77:2::/64')).toBe(1);
      expect(await counted('login:ip:2001:db8:77:1::1')).toBe(0);
    });

    it('does not tell whether a login has an account: verify with a wrong code, reset confirm before the code, alike for known and unknown', async () => {
      const unknown = testNik('3374', '1990-07-05', 2);
      // an ACTIVE account (verified in the first test): a wrong code is wrong, as for an unknown NIK; no account id comes back
      const known = await fails(client.verifyAccount({ login: nik, code: '000000' }));
      const none = await fails(client.verifyAccount({ login: unknown, code: '000000' }));
      expect([known.code, fields(known)]).toEqual([status.INVALID_ARGUMENT, ['code']]);
      expect([none.code, fields(none)]).toEqual([known.code, fields(known)]);
      // a new password holding the name: without the right code, the answer is the same as for an unknown login
      // (before, 'must not contain the name' told the caller that the NIK has an account and which words its name holds)
      await client.requestPasswordReset({ login: nik });
      const withName = { code: '000000', newPassword: 'rahayu-kopi-2025' };
      const k = await fails(client.confirmPasswordReset({ login: nik, ...withName }));
      const u = await fails(client.confirmPasswordReset({ login: unknown, ...withName }));
      expect(fields(k)).toEqual(['code']);
      expect(fields(u)).toEqual(['code']);
      // with the right code the name rule applies, and the code stays usable for a better password
      const code = DevVerificationSender.lastCode(e164, 'RESET')!;
      expect(fields(await fails(client.confirmPasswordReset({ login: nik, code, newPassword: 'rahayu-kopi-2025' })))).toEqual([
        'newPassword',
      ]);
      await client.confirmPasswordReset({ login: nik, code, newPassword: 'teh-tarik-20260' });
      expect(fields(await fails(client.confirmPasswordReset({ login: nik, code, newPassword: 'teh-tarik-20261' })))).toEqual(['code']);
    });

    it('sends at most AUTH_LOGIN_MAX_FAILURES reset codes per account and window, answering every request alike', async () => {
      const email = `budi.${Date.now()}@example.id`;
      const n = testNik('3374', '1991-02-03', 1);
      await client.signUp({ ...signup, nik: n, phone: '', email, name: 'Budi Santoso', birthDate: '1991-02-03', sex: 1 });
      for (let i = 0; i < 6; i++) expect(await client.requestPasswordReset({ login: email })).toEqual({ status: 'accepted' });
      const codes = (await client.listSandboxVerificationCodes({ nik: n })).codes.filter((c) => c.purpose === 'RESET');
      expect(codes).toHaveLength(3);
    });

    it('refuses an identity the registry does not confirm with FAILED_PRECONDITION and a reason', async () => {
      const e = await fails(
        client.signUp({ ...signup, nik: testNik('3374', '1990-07-05', 2), phone: '', email: 'x@example.id', name: '1234' }),
      );
      expect(e.code).toBe(status.FAILED_PRECONDITION);
      expect(JSON.parse(String(e.metadata.get(ERROR_DETAILS_METADATA_KEY)[0]))).toEqual({ reason: 'IDENTITY_NOT_VERIFIED' });
    });
  });

  describe('clients', () => {
    it('seeds the sandbox clients; issues tokens with a subset of scopes; refuses others', async () => {
      const t = await client.issueClientToken({
        clientId: SANDBOX_CLIENTS.partnerA.id,
        clientSecret: SANDBOX_CLIENTS.partnerA.secret,
        scope: 'jobs:read',
      });
      expect(await verifyToken(t.accessToken)).toMatchObject({
        sub: SANDBOX_CLIENTS.partnerA.id,
        client_id: SANDBOX_CLIENTS.partnerA.id,
        scope: 'jobs:read',
      });
      expect(
        (
          await fails(
            client.issueClientToken({
              clientId: SANDBOX_CLIENTS.partnerA.id,
              clientSecret: SANDBOX_CLIENTS.partnerA.secret,
              scope: 'admin:write',
            }),
          )
        ).code,
      ).toBe(status.INVALID_ARGUMENT);
      expect((await fails(client.issueClientToken({ clientId: SANDBOX_CLIENTS.partnerA.id, clientSecret: 'nope' }))).code).toBe(
        status.UNAUTHENTICATED,
      );
      // HTTP Basic client authentication in the Authorization header the gateway passes on
      const basic = Buffer.from(`${SANDBOX_CLIENTS.partnerA.id}:${SANDBOX_CLIENTS.partnerA.secret}`).toString('base64');
      expect((await client.issueClientToken({ authorization: `Basic ${basic}`, scope: 'jobs:read' })).scope).toBe('jobs:read');
      expect((await fails(client.issueClientToken({ clientId: SANDBOX_CLIENTS.partnerA.id }))).code).toBe(status.INVALID_ARGUMENT);
    });

    it('refuses a NUL in the HTTP Basic credentials as invalid_request (not INTERNAL)', async () => {
      const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;
      for (const authorization of [
        basic(`${SANDBOX_CLIENTS.partnerA.id}\u0000`, SANDBOX_CLIENTS.partnerA.secret),
        basic('a%00b', 'x'),
        basic(SANDBOX_CLIENTS.partnerA.id, 'x%00'),
      ]) {
        const e = await fails(client.issueClientToken({ authorization }));
        expect({ code: e.code, details: e.details }).toEqual({
          code: status.INVALID_ARGUMENT,
          details: expect.stringMatching(/^invalid_request/),
        });
      }
    });

    it('quotes a huge unknown scope or client id cut short in its refusal, and still answers', async () => {
      // the refusal quoted the whole scope (or client id): a status message of any size, which the client and the gateway
      // carry in a header (in an exploratory run, one of 133 000 characters never arrived: DEADLINE_EXCEEDED)
      const partner = { clientId: SANDBOX_CLIENTS.partnerA.id, clientSecret: SANDBOX_CLIENTS.partnerA.secret };
      const scope = await fails(client.issueClientToken({ ...partner, scope: `jobs:read ${noise(150_000)}` }, { deadlineMs: 3000 }));
      expect(scope.code).toBe(status.INVALID_ARGUMENT);
      expect(scope.details).toMatch(/^invalid_scope: not granted to this client: .{1,64}…$/);
      expect((await client.issueClientToken({ ...partner, scope: 'jobs:read' })).scope).toBe('jobs:read');
      for (const call of [client.rotateClientSecret, client.revokeClient]) {
        const e = await fails(call({ clientId: noise(150_000) }, { deadlineMs: 3000 }));
        expect({ code: e.code, short: e.details.length < 200 }).toEqual({ code: status.NOT_FOUND, short: true });
      }
    });

    it('refuses roles and scopes libs/authz does not know, and a name over 200 characters, naming the field', async () => {
      const bad = [
        [{ name: 'x', scopes: ['root:all'], roles: ['PARTNER'] }, 'scopes'],
        [{ name: 'x', scopes: ['jobs:read'], roles: ['SUPERUSER'] }, 'roles'],
        [{ name: 'x'.repeat(201), scopes: ['jobs:read'], roles: ['PARTNER'] }, 'name'],
      ] as const;
      const got = [];
      for (const [c] of bad) got.push(await outcome(() => client.createClient({ ...c, scopes: [...c.scopes], roles: [...c.roles] })));
      expect(got).toEqual(bad.map(([, field]) => ({ code: status.INVALID_ARGUMENT, fields: [field] })));
      const email = `role.${Date.now()}@example.id`;
      const up = await client.signUp({
        nik: testNik('3373', '1987-01-02', 1),
        name: 'Agus Salim',
        motherMaidenName: 'Sri Wahyuni',
        birthDate: '1987-01-02',
        sex: 1,
        email,
        password: 'bakso-urat-2024',
      });
      expect(await outcome(() => client.setAccountRoles({ id: up.id, roles: ['JOB_SEEKER', 'ROOT'] }))).toEqual({
        code: status.INVALID_ARGUMENT,
        fields: ['roles'],
      });
      expect((await client.getAccount({ id: up.id })).roles).toEqual(['JOB_SEEKER']);
    });

    it('stores a client name trimmed and its scopes and roles once each; refuses a blank name', async () => {
      const c = await client.createClient({ name: '  Pintar  ', scopes: ['jobs:read', 'jobs:read'], roles: ['PARTNER', 'PARTNER'] });
      expect(c.client).toMatchObject({ name: 'Pintar', scopes: ['jobs:read'], roles: ['PARTNER'] });
      expect(fields(await fails(client.createClient({ name: '   ', scopes: ['jobs:read'], roles: ['PARTNER'] })))).toEqual(['name']);
    });

    it('rotates with grace (both secrets work) and revokes with an event; credentials follow', async () => {
      const c = await client.createClient({ name: 'Pintar', scopes: ['jobs:read'], roles: ['PARTNER'], hmacRequired: true });
      const id = c.client!.clientId;
      const rotated = await client.rotateClientSecret({ clientId: id });
      expect(Date.parse(rotated.previousValidUntil)).toBeGreaterThan(Date.now());
      expect(rotated.revocation).toEqual({ sessionIds: [], clientIds: [id] });
      for (const secret of [c.clientSecret, rotated.client!.clientSecret])
        expect((await client.issueClientToken({ clientId: id, clientSecret: secret })).scope).toBe('jobs:read');
      expect(await client.getClientCredentials({ clientId: id })).toMatchObject({
        found: true,
        revoked: false,
        hmacRequired: true,
        hmacSecrets: [rotated.client!.hmacSecret, c.hmacSecret],
      });
      const revoked = await client.revokeClient({ clientId: id });
      expect(revoked.revokeTime).not.toBe('');
      expect(revoked.revocation).toEqual({ sessionIds: [], clientIds: [id] });
      expect((await client.getClientCredentials({ clientId: id })).revoked).toBe(true);
      expect((await fails(client.issueClientToken({ clientId: id, clientSecret: rotated.client!.clientSecret }))).code).toBe(
        status.UNAUTHENTICATED,
      );
      expect((await fails(client.rotateClientSecret({ clientId: id }))).code).toBe(status.NOT_FOUND);
      await waitFor(async () => topic.messages.some((m) => m.value.type === ClientRevoked.type && m.value.data?.clientId === id), {
        what: 'ClientRevoked',
      });
      expect((await client.listClients({})).clients.map((x) => x.clientId)).toContain(id);
    });
    it('binds a client to the organization it acts for: the token names it (org); a bad or misplaced binding is refused', async () => {
      const org = '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
      const c = await client.createClient({
        name: 'Pintar (provider)',
        scopes: ['training:write'],
        roles: ['PARTNER'],
        organizationId: org,
      });
      expect(c.client!.organizationId).toBe(org);
      const t = await client.issueClientToken({ clientId: c.client!.clientId, clientSecret: c.clientSecret });
      expect(JSON.parse(Buffer.from(t.accessToken.split('.')[1], 'base64url').toString())).toMatchObject({ org, roles: ['PARTNER'] });
      const officer = fails(
        client.createClient({ name: 'x', scopes: ['jobs:read'], roles: ['DISNAKER_REGENCY'], regionCode: '33.73', organizationId: org }),
      );
      expect((await officer).code).toBe(status.INVALID_ARGUMENT);
      expect((await fails(client.createClient({ name: 'x', scopes: ['jobs:read'], roles: ['LSP'], organizationId: 'lsp-1' }))).code).toBe(
        status.INVALID_ARGUMENT,
      );
      const plain = await client.createClient({ name: 'no org', scopes: ['jobs:read'], roles: ['PARTNER'] });
      expect(plain.client!.organizationId).toBe('');
    });

    it("keeps an officer client's region as the code list writes it: registered with '3373', its tokens name 33.73 and it sees 33.73", async () => {
      // the gateway's check takes ' 33.73\n' and '3373' for 33.73 and ' 33' for 33 (it normalizes before looking them up)
      for (const [roles, written, region] of [
        [['DISNAKER_REGENCY'], '3373', '33.73'],
        [['DISNAKER_REGENCY'], ' 33.73\n', '33.73'],
        [['DISNAKER_REGENCY'], '33.73 ', '33.73'],
        [['DISNAKER_PROVINCE'], ' 33', '33'],
      ] as const) {
        const c = await client.createClient({ name: 'Disnaker', scopes: ['jobs:read'], roles: [...roles], regionCode: written });
        expect({ written, region: c.client!.regionCode }).toEqual({ written, region });
        expect((await client.listClients({})).clients.find((x) => x.clientId === c.client!.clientId)?.regionCode).toBe(region);
        const claims = await verifyToken(
          (await client.issueClientToken({ clientId: c.client!.clientId, clientSecret: c.clientSecret })).accessToken,
        );
        expect({ written, region: claims.region }).toEqual({ written, region });
        // the caller a service reads from it (the gateway forwards the token's region): an officer of that region, who sees
        // a record of Kota Salatiga (33.73.04) and is refused one of Kota Bandung (32.73)
        const caller = parseCaller(JSON.stringify({ sub: claims.sub, roles: claims.roles, regionCode: claims.region }));
        expect(isRegionBound(caller)).toBe(true);
        expect(() => assertRegionAllowed('33.73.04', caller)).not.toThrow();
        expect(() => assertRegionAllowed('32.73', caller)).toThrow(/outside the caller's region/);
      }
      // a region of the wrong level, however written, is refused as before
      const province = await fails(
        client.createClient({ name: 'x', scopes: ['jobs:read'], roles: ['DISNAKER_PROVINCE'], regionCode: '3373' }),
      );
      expect(province.code).toBe(status.INVALID_ARGUMENT);
      expect(JSON.parse(String(province.metadata.get('x-field-violations')[0]))).toEqual([
        { field: 'regionCode', description: 'regionCode must be a province code (NN) for DISNAKER_PROVINCE' },
      ]);
      expect(
        fields(await fails(client.createClient({ name: 'x', scopes: ['jobs:read'], roles: ['DISNAKER_REGENCY'], regionCode: '33.7' }))),
      ).toEqual(['regionCode']);
    });

    it("keeps an officer account's region as the code list writes it: set to '3373', the account and its tokens name 33.73", async () => {
      const email = `dimas.${Date.now()}@example.id`;
      const up = await client.signUp({
        nik: testNik('3373', '1988-02-14', 1),
        name: 'Dimas Pratama',
        motherMaidenName: 'Sri Wahyuni',
        birthDate: '1988-02-14',
        sex: 1,
        email,
        password: 'sate-ayam-2024',
      });
      await client.verifyAccount({ login: email, code: DevVerificationSender.lastCode(email)! });
      const set = await client.setAccountRoles({ id: up.id, roles: ['DISNAKER_REGENCY'], regionCode: ' 3373\n' });
      expect(set.regionCode).toBe('33.73');
      expect((await client.getAccount({ id: up.id })).regionCode).toBe('33.73');
      const claims = await verifyToken((await client.login({ login: email, password: 'sate-ayam-2024' })).accessToken);
      expect(claims).toMatchObject({ roles: ['DISNAKER_REGENCY'], region: '33.73' });
      const caller = parseCaller(JSON.stringify({ sub: claims.sub, roles: claims.roles, regionCode: claims.region }));
      expect(() => assertRegionAllowed('33.73.04', caller)).not.toThrow();
      expect((await client.setAccountRoles({ id: up.id, roles: ['DISNAKER_PROVINCE'], regionCode: ' 33' })).regionCode).toBe('33');
    });
  });

  describe('signing keys', () => {
    it('rotates: tokens of the previous key still verify, the JWK Set lists both, new tokens name the new key', async () => {
      const issue = () => client.issueClientToken({ clientId: SANDBOX_CLIENTS.admin.id, clientSecret: SANDBOX_CLIENTS.admin.secret });
      const before = (await client.getJwks({})).keys.map((k) => k.kid);
      expect(before).toHaveLength(1);
      const old = (await issue()).accessToken;
      const r = await client.rotateSigningKey({});
      expect(r.previousKid).toBe(before[0]);
      const kids = (await client.getJwks({})).keys.map((k) => k.kid);
      expect(kids).toEqual([r.kid, r.previousKid]);
      await expect(verifyToken(old)).resolves.toMatchObject({ sub: SANDBOX_CLIENTS.admin.id });
      const fresh = (await issue()).accessToken;
      expect(JSON.parse(Buffer.from(fresh.split('.')[0], 'base64url').toString()).kid).toBe(r.kid);
      // once the previous key's tokens have expired it leaves the set
      await svc.dataSource.query(`UPDATE signing_keys SET verify_until = now() - interval '1 s' WHERE kid = $1`, [r.previousKid]);
      expect((await client.getJwks({})).keys.map((k) => k.kid)).toEqual([r.kid]);
      await expect(verifyToken(old)).rejects.toThrow();
    });
  });

  describe('consents and data-subject requests', () => {
    const person = async (tag: string, birthDate: string) => {
      const email = `${tag}.${Date.now()}@example.id`;
      const up = await client.signUp({
        nik: testNik('3374', birthDate, 2),
        name: 'Dewi Lestari',
        motherMaidenName: 'Sri Wahyuni',
        birthDate,
        sex: 2,
        email,
        password: 'es-cendol-2024',
      });
      await client.verifyAccount({ login: email, code: DevVerificationSender.lastCode(email)! });
      return up.id;
    };

    it("lets neither a person nor a partner act on another account's data, consents or requests, whatever the request names", async () => {
      const [mine, theirs] = [await person('dewi', '1993-05-06'), await person('ayu', '1994-06-07')];
      const me = { sub: mine, roles: ['JOB_SEEKER'] };
      const partner = { sub: SANDBOX_CLIENTS.partnerA.id, clientId: SANDBOX_CLIENTS.partnerA.id, roles: ['PARTNER'] };
      const theirRequest = await client.createPrivacyRequest({ accountId: theirs, type: 'EXPORT' });
      await client.giveConsent({ accountId: theirs, purpose: 'RESEARCH', policyVersion: '2026-01' });
      for (const caller of [me, partner]) {
        const denied = [
          () => client.getAccount({ id: theirs }, as(caller)),
          () => client.giveConsent({ accountId: theirs, purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, as(caller)),
          () => client.listConsents({ accountId: theirs }, as(caller)),
          () => client.withdrawConsent({ accountId: theirs, purpose: 'RESEARCH' }, as(caller)),
          () => client.createPrivacyRequest({ accountId: theirs, type: 'ERASURE' }, as(caller)),
          () => client.exportPersonalData({ requestId: theirRequest.id, accountId: theirs }, as(caller)),
        ];
        const got = [];
        for (const call of denied) got.push((await outcome(call)).code);
        expect({ caller: caller.sub, got }).toEqual({ caller: caller.sub, got: denied.map(() => status.PERMISSION_DENIED) });
        // the request's administrator flag makes nobody an administrator: the request is as unknown as any other
        expect((await fails(client.getPrivacyRequest({ id: theirRequest.id, administrator: true }, as(caller)))).code).toBe(
          status.NOT_FOUND,
        );
      }
      // the other account is untouched; the person's own account, consents and requests answer as before
      expect((await client.listConsents({ accountId: theirs })).consents.map((c) => c.status)).toEqual(['ACTIVE']);
      expect((await client.getAccount({ id: theirs })).status).toBe('ACTIVE');
      expect((await client.getAccount({ id: mine }, as(me))).id).toBe(mine);
      expect((await client.getAccount({ id: '' }, as(me))).id).toBe(mine);
      expect((await client.giveConsent({ purpose: 'JOB_MATCHING', policyVersion: '2026-01' }, as(me))).created).toBe(true);
      // a ministry administrator sees any request
      const admin = { sub: SANDBOX_CLIENTS.admin.id, clientId: SANDBOX_CLIENTS.admin.id, roles: ['MINISTRY_ADMIN'] };
      expect((await client.getPrivacyRequest({ id: theirRequest.id }, as(admin))).accountId).toBe(theirs);
    });

    it('refuses a malformed policy version, oversized details, a bad resolution, page size, instant or access purpose naming the field (not INTERNAL)', async () => {
      const id = await person('sari', '1995-07-08');
      const correction = await client.createPrivacyRequest({ accountId: id, type: 'CORRECTION', details: 'my name is Sari' });
      const checks: [() => Promise<unknown>, string][] = [
        [() => client.giveConsent({ accountId: id, purpose: 'JOB_MATCHING', policyVersion: '' }), 'policyVersion'],
        [() => client.giveConsent({ accountId: id, purpose: 'JOB_MATCHING', policyVersion: noise(5000) }), 'policyVersion'],
        [() => client.withdrawConsent({ accountId: id, purpose: noise(5000) }), 'purpose'],
        [() => client.createPrivacyRequest({ accountId: id, type: 'CORRECTION', details: noise(2001) }), 'details'],
        [() => client.resolvePrivacyRequest({ id: correction.id, status: 'DONE', resolution: 'x' }), 'status'],
        [() => client.resolvePrivacyRequest({ id: correction.id, status: 'COMPLETED', resolution: '   ' }), 'resolution'],
        [() => client.listPrivacyRequests({ pageSize: -5 }), 'pageSize'],
        [() => client.listAccessLog({ pageSize: -5 }), 'pageSize'],
        [() => client.listAccessLog({ fromTime: 'yesterday' }), 'from'],
        [
          () =>
            client.recordAccesses({
              records: [
                {
                  actor: { sub: 'x', roles: [] },
                  resourceType: 'job-seeker',
                  resourceId: 'r',
                  fields: ['nik'],
                  subjectPersonId: 'p',
                  purpose: 'just looking',
                },
              ],
            }),
          'records[0].purpose',
        ],
      ];
      const got = [];
      for (const [call] of checks) got.push(await outcome(call));
      expect(got).toEqual(checks.map(([, field]) => ({ code: status.INVALID_ARGUMENT, fields: [field] })));
      // the CORRECTION is still open, and closes with a proper status and resolution
      expect((await client.getPrivacyRequest({ id: correction.id, accountId: id })).status).toBe('RECEIVED');
      expect((await client.resolvePrivacyRequest({ id: correction.id, status: 'COMPLETED', resolution: 'name corrected' })).status).toBe(
        'COMPLETED',
      );
    });

    it('records consent with history, and erases through the outbox: PersonErasureRequested and SessionEnded published, account pseudonymised', async () => {
      const email = `rina.${Date.now()}@example.id`;
      const nik = testNik('3374', '1992-04-09', 2);
      const up = await client.signUp({
        nik,
        name: 'Rina Wati',
        motherMaidenName: 'Sri Wahyuni',
        birthDate: '1992-04-09',
        sex: 2,
        email,
        password: 'nasi-goreng-2024',
      });
      await client.verifyAccount({ login: email, code: DevVerificationSender.lastCode(email)! });
      const first = await client.giveConsent({ accountId: up.id, purpose: 'JOB_MATCHING', policyVersion: '2026-01' });
      expect(first).toMatchObject({ created: true, consent: { status: 'ACTIVE' } });
      expect((await client.giveConsent({ accountId: up.id, purpose: 'JOB_MATCHING', policyVersion: '2026-01' })).created).toBe(false);
      await client.giveConsent({ accountId: up.id, purpose: 'JOB_MATCHING', policyVersion: '2026-02' });
      expect((await client.listConsents({ accountId: up.id })).consents.map((c) => c.status).sort()).toEqual(['ACTIVE', 'SUPERSEDED']);
      expect((await fails(client.giveConsent({ accountId: '', purpose: 'JOB_MATCHING', policyVersion: '1' }))).code).toBe(
        status.PERMISSION_DENIED,
      );

      // a CORRECTION says what to correct: blank details are refused, details are stored trimmed
      expect(fields(await fails(client.createPrivacyRequest({ accountId: up.id, type: 'CORRECTION', details: '   ' })))).toEqual([
        'details',
      ]);
      expect((await client.createPrivacyRequest({ accountId: up.id, type: 'CORRECTION', details: '  name is Rina Wati  ' })).details).toBe(
        'name is Rina Wati',
      );

      const t = await client.login({ login: email, password: 'nasi-goreng-2024' });
      const sid = String((await verifyToken(t.accessToken)).sid);
      const r = await client.createPrivacyRequest({ accountId: up.id, type: 'ERASURE' });
      expect(r).toMatchObject({ status: 'COMPLETED', eventId: expect.any(String) });
      expect(await client.checkSession({ sessionId: sid })).toEqual({ active: false });
      expect(await client.getAccount({ id: up.id })).toMatchObject({ name: '[erased]', email: '', status: 'DISABLED' });
      await waitFor(async () => topic.messages.some((m) => m.value.id === r.eventId && m.value.data?.personId === r.personId), {
        what: 'PersonErasureRequested',
      });
      await waitFor(async () => topic.messages.some((m) => m.value.data?.sessionId === sid && m.value.data?.reason === 'erasure'), {
        what: 'SessionEnded (erasure)',
      });
      expect((await fails(client.createPrivacyRequest({ accountId: up.id, type: 'EXPORT' }))).code).toBe(status.FAILED_PRECONDITION);
      expect((await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL`))[0].n).toBe(0);
    });
  });

  describe('outside the sandbox', () => {
    it('has no sandbox clients and no verification codes to show (NOT_FOUND), and keeps no sent code', async () => {
      const db = await createTestDatabase('identity_nosandbox');
      const plain = await startService(identityService, serviceTestEnv(db.url));
      const c = createServiceClient('identity', `127.0.0.1:${plain.grpcPort}`);
      try {
        const nik = testNik('3374', '1990-07-05', 2);
        await c.signUp({
          nik,
          name: 'Siti Rahayu',
          motherMaidenName: 'Sri Wahyuni',
          birthDate: '1990-07-05',
          sex: 2,
          email: `siti.${Date.now()}@example.id`,
          password: 'kopi-tubruk-2024',
        });
        expect((await fails(c.listSandboxVerificationCodes({ nik }))).code).toBe(status.NOT_FOUND);
        expect((await plain.dataSource.query('SELECT count(*)::int AS n FROM sandbox_codes'))[0].n).toBe(0);
        expect(
          (await fails(c.issueClientToken({ clientId: SANDBOX_CLIENTS.admin.id, clientSecret: SANDBOX_CLIENTS.admin.secret }))).code,
        ).toBe(status.UNAUTHENTICATED);
      } finally {
        c.close();
        await plain.stop();
        await db.drop();
      }
    });
  });
});
