import { createTestDatabase, kafkaBrokers, sandboxAuth, TEST_PERSON_SECRET, testNik, waitFor } from '@siapkerja/testing';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

/**
 * Two gateway replicas in front of one identity: a client revoked or a session ended through one replica is refused by
 * the other within 5 s (identity's events, consumed by each replica with a consumer group of its own, and a short cache).
 * No domain service runs: a request the gateway lets through ends in 503, a refused one in 401.
 */
describe('revocation across gateway replicas', () => {
  let platform: InProcessPlatform;
  let second: RunningGateway;
  let dropSecond: () => Promise<void>;
  let a: string;
  let b: string;

  beforeAll(async () => {
    platform = await startInProcessPlatform('rev', []);
    const identity = platform.services.find((s) => s.name === 'identity')!;
    const db = await createTestDatabase('rev_gateway_b');
    dropSecond = db.drop;
    second = await startGateway({
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX: 'true',
      GRPC_DEADLINE_MS: '1000',
      JOBS_GRPC_URL: '127.0.0.1:1',
      TRAINING_GRPC_URL: '127.0.0.1:1',
      CERTIFICATION_GRPC_URL: '127.0.0.1:1',
      PLACEMENT_GRPC_URL: '127.0.0.1:1',
      ENTREPRENEURSHIP_GRPC_URL: '127.0.0.1:1',
      IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}`,
      DATABASE_URL: db.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
    });
    a = platform.base;
    b = second.url;
  });
  afterAll(async () => {
    await second?.close();
    await dropSecond?.();
    await platform?.close();
  });

  const json = { 'content-type': 'application/json' };
  const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(base + path, { method: 'POST', headers: { ...json, ...headers }, body: JSON.stringify(body) });
  const statusOf = async (base: string, path: string, headers: Record<string, string>) => (await fetch(base + path, { headers })).status;
  /** Polls until `check` holds; answers how long it took. */
  async function within(ms: number, what: string, check: () => Promise<boolean>): Promise<number> {
    const t0 = Date.now();
    await waitFor(check, { timeoutMs: ms, intervalMs: 100, what });
    return Date.now() - t0;
  }

  it('refuses a revoked client on both replicas within 5 s', async () => {
    const admin = await sandboxAuth(a, 'admin');
    const created = await (await post(a, '/v1/admin/clients', { name: 'Mitra', scopes: ['jobs:read'], roles: ['PARTNER'] }, admin)).json();
    const token = await (
      await fetch(`${a}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: created.clientId, client_secret: created.clientSecret }),
      })
    ).json();
    const auth = { authorization: `Bearer ${token.access_token}` };
    const path = '/v1/vacancies';
    // both replicas accept the token (and remember the client as not revoked): jobs is down, so 503
    expect(await statusOf(a, path, auth)).toBe(503);
    expect(await statusOf(b, path, auth)).toBe(503);
    expect((await post(a, `/v1/admin/clients/${created.clientId}/revoke`, {}, admin)).status).toBe(200);
    expect(await statusOf(a, path, auth)).toBe(401);
    const took = await within(5000, 'replica B refuses the revoked client', async () => (await statusOf(b, path, auth)) === 401);
    expect(took).toBeLessThan(5000);
  });

  it('refuses an ended session (logout, refresh-token reuse) on both replicas within 5 s; the sandbox serves the codes', async () => {
    const nik = testNik('3374', '1991-02-03', 1);
    const person = {
      nik,
      name: 'Budi Santoso',
      motherMaidenName: 'Sri Lestari',
      birthDate: '1991-02-03',
      sex: 1,
      email: `budi.${Date.now()}@example.id`,
      password: 'kopi-susu-2025',
    };
    expect((await post(a, '/v1/auth/signup', person)).status).toBe(201);
    const codes = await (await fetch(`${b}/v1/sandbox/verification-codes?nik=${nik}`)).json();
    expect(codes.items).toEqual([expect.objectContaining({ purpose: 'VERIFY', channel: 'email', code: expect.stringMatching(/^\d{6}$/) })]);
    expect((await fetch(`${a}/v1/sandbox/verification-codes?nik=12`)).status).toBe(400);
    expect((await post(a, '/v1/auth/verify', { login: person.email, code: codes.items[0].code })).status).toBe(200);

    const login = async () =>
      (await (await post(a, '/v1/auth/login', { login: person.email, password: person.password })).json()) as Record<string, string>;
    const s1 = await login();
    const auth1 = { authorization: `Bearer ${s1.access_token}` };
    expect(await statusOf(a, '/v1/auth/me', auth1)).toBe(200);
    expect(await statusOf(b, '/v1/auth/me', auth1)).toBe(200);
    expect((await post(a, '/v1/auth/logout', {}, auth1)).status).toBe(204);
    expect(await statusOf(a, '/v1/auth/me', auth1)).toBe(401);
    expect(
      await within(5000, 'replica B refuses the logged-out session', async () => (await statusOf(b, '/v1/auth/me', auth1)) === 401),
    ).toBeLessThan(5000);

    const s2 = await login();
    const auth2 = { authorization: `Bearer ${s2.access_token}` };
    expect(await statusOf(b, '/v1/auth/me', auth2)).toBe(200);
    const s3 = await (await post(b, '/v1/auth/refresh', { refresh_token: s2.refresh_token })).json();
    expect(s3.access_token).toBeDefined();
    // the used refresh token presented again through replica A ends the session
    expect((await post(a, '/v1/auth/refresh', { refresh_token: s2.refresh_token })).status).toBe(401);
    expect(await statusOf(a, '/v1/auth/me', { authorization: `Bearer ${s3.access_token}` })).toBe(401);
    expect(
      await within(5000, 'replica B refuses the reused session', async () => (await statusOf(b, '/v1/auth/me', auth2)) === 401),
    ).toBeLessThan(5000);
  });
});
