import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET, waitFor } from '@siapkerja/testing';
import type { RunningGateway } from '../../services/gateway/src/app';
import { startGateway } from './in-process';
import { jobsService } from '../../services/jobs/src/jobs.module';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: number;
}

/** Webhooks over HTTP with the SSRF protection on: only the test receiver's exact host:port is exempt. */
describe('webhooks', () => {
  const services: RunningService[] = [];
  const drops: (() => Promise<void>)[] = [];
  let gw: RunningGateway;
  let base: string;
  let auth: Record<string, string>;
  let receiver: http.Server;
  let receiverPort: number;
  const received: Received[] = [];
  const failuresLeft: Record<string, number> = { '/flaky': 2 };
  let deadPathUp = false;
  const MAX_ATTEMPTS = 3;

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const path = req.url ?? '';
        let status = 200;
        if ((failuresLeft[path] ?? 0) > 0) {
          failuresLeft[path]--;
          status = 500;
        }
        if (path === '/dead' && !deadPathUp) status = 503;
        received.push({ path, headers: req.headers, body, answered: status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverPort = (receiver.address() as AddressInfo).port;

    const jobsDb = await createTestDatabase('wh_jobs');
    drops.push(jobsDb.drop);
    const jobs = await startService(jobsService, serviceTestEnv(jobsDb.url));
    services.push(jobs);
    const gwDb = await createTestDatabase('wh_gateway');
    drops.push(gwDb.drop);
    gw = await startGateway({
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      GRPC_DEADLINE_MS: '5000',
      JOBS_GRPC_URL: `127.0.0.1:${jobs.grpcPort}`,
      DATABASE_URL: gwDb.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      SANDBOX: 'true',
      WEBHOOK_ALLOWED_PRIVATE_TARGETS: `127.0.0.1:${receiverPort}`,
      WEBHOOK_BACKOFF_MS: '200',
      WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      WEBHOOK_POLL_MS: '50',
    });
    base = gw.url;
    auth = await sandboxAuth(base);
  });
  afterAll(async () => {
    await gw?.close();
    for (const s of services) await s.stop();
    for (const d of drops) await d();
    await new Promise((r) => receiver?.close(r));
  });

  const call = (method: string, path: string, body?: unknown) =>
    fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json', ...auth },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
  async function vacancy(regionCode: string): Promise<string> {
    const e = await (
      await call('POST', '/v1/employers', {
        nib: nib(),
        legalName: 'PT Webhook Test',
        employerType: 'PRIVATE',
        kbliCodes: ['62019'],
        regionCode,
      })
    ).json();
    const res = await call('POST', '/v1/vacancies', {
      employerId: e.id,
      positionName: 'Kasir',
      kbjiCode: '5230',
      regionCode,
      numberNeeded: 1,
      validFrom: '2026-11-01',
      validUntil: '2026-12-31',
    });
    expect(res.status).toBe(201);
    return (await res.json()).id;
  }
  async function subscribe(path: string, regions?: string[]) {
    const res = await call('POST', '/v1/webhooks/subscriptions', {
      url: `http://127.0.0.1:${receiverPort}${path}`,
      eventTypes: ['siapkerja.jobs.vacancy.registered'],
      ...(regions ? { regions } : {}),
    });
    expect(res.status).toBe(201);
    return res.json();
  }
  /** Standard Webhooks verification, written out independently of the gateway's code. */
  function verify(secret: string, r: Received): boolean {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    const expected =
      'v1,' + createHmac('sha256', key).update(`${r.headers['webhook-id']}.${r.headers['webhook-timestamp']}.${r.body}`).digest('base64');
    return String(r.headers['webhook-signature']).split(' ').includes(expected);
  }
  const forSubject = (path: string, subject: string) => received.filter((r) => r.path === path && JSON.parse(r.body).subject === subject);

  it('delivers once, signed, to a receiver that fails twice then succeeds, recording the failed attempts', async () => {
    const sub = await subscribe('/flaky', ['35']);
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
    expect(sub).toMatchObject({
      url: `http://127.0.0.1:${receiverPort}/flaky`,
      eventTypes: ['siapkerja.jobs.vacancy.registered'],
      regions: ['35'],
      active: true,
    });
    // the secret is shown once only
    const listed = await (await call('GET', '/v1/webhooks/subscriptions')).json();
    expect(listed.items.find((s: { id: string }) => s.id === sub.id)).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain(sub.secret);

    const id = await vacancy('35.78');
    await waitFor(async () => forSubject('/flaky', id).some((r) => r.answered === 200), { timeoutMs: 60000, what: 'successful delivery' });
    await new Promise((r) => setTimeout(r, 1000)); // nothing more arrives after the success
    const requests = forSubject('/flaky', id);
    expect(requests.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(new Set(requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const ok = requests[2];
    expect(ok.headers['content-type']).toContain('application/cloudevents+json');
    expect(verify(sub.secret, ok)).toBe(true);
    expect(verify(sub.secret, { ...ok, body: ok.body.replace('Kasir', 'Kasih') })).toBe(false);
    expect(Math.abs(Number(ok.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    const event = JSON.parse(ok.body);
    expect(event).toMatchObject({
      specversion: '1.0',
      id: ok.headers['webhook-id'],
      type: 'siapkerja.jobs.vacancy.registered',
      source: '/siapkerja/jobs',
      subject: id,
      regioncode: '35.78',
      data: { vacancyId: id, positionName: 'Kasir' },
    });

    const deliveries = await (await call('GET', `/v1/webhooks/deliveries?subscriptionId=${sub.id}`)).json();
    expect(deliveries.items).toHaveLength(1);
    expect(deliveries.items[0]).toMatchObject({
      status: 'delivered',
      attempt: 3,
      lastStatus: 200,
      eventId: event.id,
      eventType: event.type,
    });
    const detail = await (await call('GET', `/v1/webhooks/deliveries/${deliveries.items[0].id}`)).json();
    expect(detail.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 200]);
    expect(detail.attempts[0]).toMatchObject({ attempt: 1, error: 'receiver answered 500' });
    expect(detail.event).toEqual(event);
  });

  it('moves a delivery to the dead-letter list after the last attempt, and replays it on request', async () => {
    const sub = await subscribe('/dead', ['36']);
    const id = await vacancy('36.71');
    const dead = await waitFor(
      async () => {
        const page = await (await call('GET', '/v1/webhooks/deliveries?status=dead')).json();
        return page.items.find((d: { subscriptionId: string }) => d.subscriptionId === sub.id);
      },
      { timeoutMs: 60000, what: 'dead delivery' },
    );
    expect(dead).toMatchObject({ status: 'dead', attempt: MAX_ATTEMPTS, lastStatus: 503, nextAttemptAt: null });
    expect(forSubject('/dead', id).map((r) => r.answered)).toEqual(Array(MAX_ATTEMPTS).fill(503));
    // exponential backoff: the gaps between attempts grow
    const detail = await (await call('GET', `/v1/webhooks/deliveries/${dead.id}`)).json();
    const at = detail.attempts.map((a: { attemptedAt: string }) => Date.parse(a.attemptedAt));
    expect(at[2] - at[1]).toBeGreaterThan(at[1] - at[0]);
    expect(at[1] - at[0]).toBeGreaterThanOrEqual(200);

    expect((await call('POST', `/v1/webhooks/deliveries/00000000-0000-4000-8000-000000000000/replay`)).status).toBe(404);
    deadPathUp = true;
    const replay = await call('POST', `/v1/webhooks/deliveries/${dead.id}/replay`);
    expect(replay.status).toBe(202);
    expect(await replay.json()).toMatchObject({ id: dead.id, status: 'pending', attempt: 0 });
    await waitFor(async () => (await (await call('GET', `/v1/webhooks/deliveries/${dead.id}`)).json()).status === 'delivered', {
      timeoutMs: 30000,
      what: 'replayed delivery',
    });
    expect(forSubject('/dead', id).map((r) => r.answered)).toEqual([...Array(MAX_ATTEMPTS).fill(503), 200]);
    expect((await call('GET', '/v1/webhooks/deliveries?status=dead')).ok).toBe(true);
    expect(
      (await (await call('GET', '/v1/webhooks/deliveries?status=dead')).json()).items.find((d: { id: string }) => d.id === dead.id),
    ).toBeUndefined();
    // a delivery in flight cannot be replayed twice at once; delivered ones can be sent again
    expect((await call('POST', `/v1/webhooks/deliveries/${dead.id}/replay`)).status).toBe(202);
  });

  it('refuses targets on loopback, private and link-local addresses (SSRF), storing nothing', async () => {
    const other = receiverPort === 65535 ? receiverPort - 1 : receiverPort + 1;
    const refused = [
      `http://127.0.0.1:${other}/hook`,
      'http://169.254.169.254/latest/meta-data/',
      `http://localhost:${receiverPort}/flaky`,
      `http://[::1]:${receiverPort}/`,
      `http://[::ffff:127.0.0.1]:${receiverPort}/`,
      `http://[::ffff:a9fe:a9fe]/`,
      'http://2130706433/',
      'http://0.0.0.0/',
      'http://10.1.2.3/',
      'http://172.16.0.1/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://224.0.0.1/',
      'ftp://example.com/',
      'file:///etc/passwd',
      'http://user:pw@example.com/',
      'not a url',
    ];
    const before = (await (await call('GET', '/v1/webhooks/subscriptions')).json()).items.length;
    for (const url of refused) {
      const res = await call('POST', '/v1/webhooks/subscriptions', { url, eventTypes: ['siapkerja.jobs.vacancy.registered'] });
      expect({ url, status: res.status }).toEqual({ url, status: 400 });
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await res.json();
      expect(problem.errors.map((e: { field: string }) => e.field)).toContain('url');
    }
    expect((await (await call('GET', '/v1/webhooks/subscriptions')).json()).items.length).toBe(before);
    // unknown event types and bad regions are refused too
    const bad = await call('POST', '/v1/webhooks/subscriptions', {
      url: `http://127.0.0.1:${receiverPort}/x`,
      eventTypes: ['siapkerja.jobs.employer.registered'],
      regions: ['3'],
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['eventTypes', 'regions']));
  });

  it('honours the region filter, and stops delivering after unsubscribe', async () => {
    const central = await subscribe('/central-java', ['33']);
    const all = await subscribe('/all');
    const inside = await vacancy('33.74');
    const outside = await vacancy('34.71');
    await waitFor(async () => forSubject('/all', inside).length > 0 && forSubject('/all', outside).length > 0, {
      timeoutMs: 60000,
      what: 'deliveries to the catch-all subscription',
    });
    await waitFor(async () => forSubject('/central-java', inside).length > 0, { timeoutMs: 30000, what: 'regional delivery' });
    await new Promise((r) => setTimeout(r, 500));
    expect(forSubject('/central-java', outside)).toHaveLength(0);
    expect(received.filter((r) => r.path === '/central-java').every((r) => JSON.parse(r.body).regioncode.startsWith('33.'))).toBe(true);

    expect((await call('DELETE', `/v1/webhooks/subscriptions/${central.id}`)).status).toBe(204);
    expect((await call('GET', `/v1/webhooks/subscriptions/${central.id}`)).status).toBe(404);
    expect((await call('DELETE', `/v1/webhooks/subscriptions/${central.id}`)).status).toBe(404);
    const later = await vacancy('33.74');
    await waitFor(async () => forSubject('/all', later).length > 0, { timeoutMs: 60000, what: 'delivery after unsubscribe' });
    await new Promise((r) => setTimeout(r, 300));
    expect(forSubject('/central-java', later)).toHaveLength(0);
    expect((await call('DELETE', `/v1/webhooks/subscriptions/${all.id}`)).status).toBe(204);
  });

  it("keeps each partner's subscriptions and deliveries to itself (404 for another partner's)", async () => {
    const authA = await sandboxAuth(base, 'partnerA');
    const authB = await sandboxAuth(base, 'partnerB');
    const as = (h: Record<string, string>, method: string, path: string, body?: unknown) =>
      fetch(base + path, {
        method,
        headers: { 'content-type': 'application/json', ...h },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = await as(authA, 'POST', '/v1/webhooks/subscriptions', {
      url: `http://127.0.0.1:${receiverPort}/partner-a`,
      eventTypes: ['siapkerja.jobs.vacancy.registered'],
    });
    expect(created.status).toBe(201);
    const sub = await created.json();
    expect((await as(authA, 'GET', `/v1/webhooks/subscriptions/${sub.id}`)).status).toBe(200);
    expect((await as(authB, 'GET', `/v1/webhooks/subscriptions/${sub.id}`)).status).toBe(404);
    expect((await as(authB, 'DELETE', `/v1/webhooks/subscriptions/${sub.id}`)).status).toBe(404);
    const listB = await (await as(authB, 'GET', '/v1/webhooks/subscriptions')).json();
    expect(JSON.stringify(listB)).not.toContain(sub.id);
    const noScope = await sandboxAuth(base, 'partnerA', 'jobs:read');
    expect((await as(noScope, 'GET', '/v1/webhooks/subscriptions')).status).toBe(403);
    expect((await as({}, 'GET', '/v1/webhooks/subscriptions')).status).toBe(401);
    expect((await as(authA, 'DELETE', `/v1/webhooks/subscriptions/${sub.id}`)).status).toBe(204);
  });
});
