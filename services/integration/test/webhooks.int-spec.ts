import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { status, type ServiceError } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { CALLER_METADATA_KEY } from '@siapkerja/authz';
import { PUBLIC_EVENT_TYPES, VacancyRegistered } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, waitFor } from '@siapkerja/testing';
import { integrationService } from '../src/integration.module';
import { verifySignature } from '../src/webhooks/signature';

const MAX_ATTEMPTS = 3;
const partnerA = { [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'client:wa', roles: ['PARTNER'], clientId: 'wa' }) };
const partnerB = { [CALLER_METADATA_KEY]: JSON.stringify({ sub: 'client:wb', roles: ['PARTNER'], clientId: 'wb' }) };

/** Webhooks of the integration service: fan-out from real Kafka events, signed deliveries to a local receiver, retries, dead letters. */
describe('integration service: webhooks', () => {
  let svc: RunningService;
  let client: ServiceClient<'integration'>;
  let drop: () => Promise<void>;
  let receiver: http.Server;
  let port: number;
  const received: { path: string; headers: http.IncomingHttpHeaders; body: string; answered: number }[] = [];
  const failuresLeft: Record<string, number> = { '/flaky': 2 };
  let deadUp = false;
  const kafka = new Kafka({ clientId: 'integration-webhooks-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const region = `9${1 + Math.floor(Math.random() * 5)}.${String(10 + Math.floor(Math.random() * 59))}`;

  async function vacancyEvent(): Promise<string> {
    const vacancyId = randomUUID();
    const e = buildEvent(VacancyRegistered, '/siapkerja/jobs', {
      subject: vacancyId,
      regionCode: region,
      data: {
        vacancyId,
        employerId: randomUUID(),
        positionName: 'Kasir',
        kbjiCode: '5230',
        regionCode: region,
        numberNeeded: 1,
        validFrom: '2026-11-01',
        validUntil: '2026-12-31',
        state: 'DRAFT',
        registeredAt: new Date().toISOString(),
      },
    });
    await producer.send({ topic: VacancyRegistered.topic, messages: [{ key: vacancyId, value: JSON.stringify(e) }] });
    return vacancyId;
  }
  const subscribe = (path: string, metadata = partnerA) =>
    client.createWebhookSubscription(
      { url: `http://127.0.0.1:${port}${path}`, eventTypes: [VacancyRegistered.type], regions: [region], description: '' },
      { metadata },
    );
  const forSubject = (path: string, subject: string) => received.filter((r) => r.path === path && JSON.parse(r.body).subject === subject);

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const path = req.url ?? '';
        let answered = 200;
        if ((failuresLeft[path] ?? 0) > 0) {
          failuresLeft[path]--;
          answered = 500;
        }
        if (path === '/dead' && !deadUp) answered = 503;
        received.push({ path, headers: req.headers, body, answered });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    port = (receiver.address() as AddressInfo).port;
    const db = await createTestDatabase('integration_webhooks');
    drop = db.drop;
    svc = await startService(
      integrationService,
      serviceTestEnv(db.url, {
        JOBS_GRPC_URL: '127.0.0.1:1',
        WEBHOOK_ALLOWED_PRIVATE_TARGETS: `127.0.0.1:${port}`,
        WEBHOOK_BACKOFF_MS: '100',
        WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
        WEBHOOK_POLL_MS: '50',
      }),
    );
    client = createServiceClient('integration', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await drop?.();
    await new Promise((r) => receiver?.close(r));
  });

  it('delivers a signed event once after two failed attempts, recording every attempt', async () => {
    const { subscription, secret } = await subscribe('/flaky');
    const id = await vacancyEvent();
    await waitFor(async () => forSubject('/flaky', id).some((r) => r.answered === 200), { timeoutMs: 60000, what: 'delivery' });
    await new Promise((r) => setTimeout(r, 500));
    const requests = forSubject('/flaky', id);
    expect(requests.map((r) => r.answered)).toEqual([500, 500, 200]);
    const ok = requests[2];
    expect(
      verifySignature(
        secret,
        String(ok.headers['webhook-id']),
        String(ok.headers['webhook-timestamp']),
        ok.body,
        String(ok.headers['webhook-signature']),
      ),
    ).toBe(true);
    const page = await client.listWebhookDeliveries(
      { subscriptionId: subscription!.id, pageSize: 10, status: '', pageToken: '' },
      { metadata: partnerA },
    );
    expect(page.deliveries).toHaveLength(1);
    const detail = await client.getWebhookDelivery({ id: page.deliveries[0].id }, { metadata: partnerA });
    expect(detail).toMatchObject({ status: 'delivered', attempt: 3, lastStatus: 200 });
    expect(detail.attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    expect(JSON.parse(detail.eventJson)).toMatchObject({ subject: id, type: VacancyRegistered.type });
    // another partner sees none of it
    await expect(client.getWebhookDelivery({ id: detail.id }, { metadata: partnerB })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    await expect(client.getWebhookSubscription({ id: subscription!.id }, { metadata: partnerB })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('moves a delivery to the dead letters after the last attempt, and replays it', async () => {
    const { subscription } = await subscribe('/dead');
    const id = await vacancyEvent();
    const dead = await waitFor(
      async () =>
        (
          await client.listWebhookDeliveries(
            { subscriptionId: subscription!.id, status: 'dead', pageSize: 10, pageToken: '' },
            { metadata: partnerA },
          )
        ).deliveries[0],
      { timeoutMs: 60000, what: 'dead delivery' },
    );
    expect(dead).toMatchObject({ attempt: MAX_ATTEMPTS, lastStatus: 503, nextAttemptTime: '' });
    expect(forSubject('/dead', id).map((r) => r.answered)).toEqual(Array(MAX_ATTEMPTS).fill(503));
    deadUp = true;
    expect(await client.replayWebhookDelivery({ id: dead.id }, { metadata: partnerA })).toMatchObject({
      status: 'pending',
      attempt: 0,
    });
    await waitFor(async () => (await client.getWebhookDelivery({ id: dead.id }, { metadata: partnerA })).status === 'delivered', {
      timeoutMs: 30000,
      what: 'replayed delivery',
    });
    expect(forSubject('/dead', id).map((r) => r.answered)).toEqual([...Array(MAX_ATTEMPTS).fill(503), 200]);
  });

  it('refuses private targets and unknown event types, naming the field', async () => {
    for (const url of ['http://10.0.0.1/', 'http://[::ffff:127.0.0.1]/', `http://127.0.0.1:${port + 1 === 65536 ? port - 1 : port + 1}/`]) {
      const e = await client
        .createWebhookSubscription({ url, eventTypes: [VacancyRegistered.type], regions: [], description: '' }, { metadata: partnerA })
        .catch((x: ServiceError) => x);
      expect(e).toMatchObject({ code: status.INVALID_ARGUMENT });
      expect(String((e as ServiceError).metadata.get('x-field-violations')[0])).toContain('"url"');
    }
    const bad = await client
      .createWebhookSubscription(
        { url: 'https://1.1.1.1/hook', eventTypes: ['siapkerja.jobs.job-seeker.registered'], regions: ['3'], description: '' },
        { metadata: partnerA },
      )
      .catch((x: ServiceError) => x);
    expect(String((bad as ServiceError).metadata.get('x-field-violations')[0])).toMatch(/eventTypes.*regions/);
  });

  it('refuses a url that grows past 2048 characters once encoded (it could never be delivered), and stores none', async () => {
    const before = (await client.listWebhookSubscriptions({}, { metadata: partnerA })).subscriptions.length;
    // 2,022 characters as sent, 12,022 percent-encoded (as stored and checked again before every delivery)
    const url = `http://127.0.0.1:${port}/${'é'.repeat(2000)}`;
    expect(url.length).toBeLessThanOrEqual(2048);
    const e = await client
      .createWebhookSubscription({ url, eventTypes: [VacancyRegistered.type], regions: [region], description: '' }, { metadata: partnerA })
      .catch((x: ServiceError) => x);
    expect(e).toMatchObject({ code: status.INVALID_ARGUMENT });
    expect(JSON.parse(String((e as ServiceError).metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'url', description: expect.stringMatching(/^url must be at most 2048 characters once encoded/) },
    ]);
    expect((await client.listWebhookSubscriptions({}, { metadata: partnerA })).subscriptions).toHaveLength(before);
    // a url within the limit once encoded (1,823 characters) is taken, and stored as it is called
    const fits = `http://127.0.0.1:${port}/${'é'.repeat(300)}`;
    const { subscription } = await client.createWebhookSubscription(
      { url: fits, eventTypes: [VacancyRegistered.type], regions: [region], description: '' },
      { metadata: partnerA },
    );
    expect(subscription!.url).toBe(new URL(fits).href);
    await client.deleteWebhookSubscription({ id: subscription!.id }, { metadata: partnerA });
  });

  it('holds the limit of 100 active subscriptions per client under concurrent creates: at 98, 2 of 10 at once are taken', async () => {
    const clientId = `race-${randomUUID()}`;
    const racer = { [CALLER_METADATA_KEY]: JSON.stringify({ sub: `client:${clientId}`, roles: ['PARTNER'], clientId }) };
    // 98 active subscriptions already (for a region no event names: they get no deliveries), and a deleted one that does not count
    await svc.dataSource.query(
      `INSERT INTO webhook_subscriptions (id, owner, url, event_types, regions, secret, active)
       SELECT gen_random_uuid(), $1, 'https://1.1.1.1/hook', ARRAY[$2], ARRAY['99.99'], 'secret', n <= 98 FROM generate_series(1, 99) n`,
      [clientId, VacancyRegistered.type],
    );
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => subscribe('/race', racer)));
    const taken = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(taken).toHaveLength(2);
    expect(refused).toHaveLength(8);
    for (const r of refused)
      expect(r.reason).toMatchObject({ code: status.FAILED_PRECONDITION, details: 'At most 100 active subscriptions per client' });
    expect((await client.listWebhookSubscriptions({}, { metadata: racer })).subscriptions).toHaveLength(100);
    // another client is not held by this one's limit
    const other = await subscribe('/race', partnerB);
    await client.deleteWebhookSubscription({ id: other.subscription!.id }, { metadata: partnerB });
  });

  it('answers NOT_FOUND for a subscription or delivery id of 200,000 characters, quoting 64 of them (it hung to the deadline)', async () => {
    const huge = 'é'.repeat(200_000);
    const quoted = `${'é'.repeat(64)}…`;
    const calls = [
      () => client.getWebhookSubscription({ id: huge }, { metadata: partnerA }),
      () => client.deleteWebhookSubscription({ id: huge }, { metadata: partnerA }),
      () => client.getWebhookDelivery({ id: huge }, { metadata: partnerA }),
      () => client.replayWebhookDelivery({ id: huge }, { metadata: partnerA }),
    ];
    for (const call of calls)
      await expect(call()).rejects.toMatchObject({
        code: status.NOT_FOUND,
        details: expect.stringMatching(new RegExp(`^No \\w+ ${quoted}$`)),
      });
  });

  it('answers the event types a subscription may ask for, and pages the deliveries by 100 unless told, 1 to 500', async () => {
    expect((await client.listWebhookEventTypes({}, { metadata: partnerA })).eventTypes).toEqual(PUBLIC_EVENT_TYPES);
    expect(await client.listWebhookDeliveries({}, { metadata: partnerA })).toMatchObject({ deliveries: expect.any(Array) });
    for (const pageSize of [0, 501]) {
      const e = await client.listWebhookDeliveries({ pageSize }, { metadata: partnerA }).catch((x: ServiceError) => x);
      expect(e).toMatchObject({ code: status.INVALID_ARGUMENT, details: 'The request body or parameters are invalid' });
      expect(JSON.parse(String((e as ServiceError).metadata.get('x-field-violations')[0]))).toEqual([
        { field: 'limit', description: 'limit must be an integer from 1 to 500' },
      ]);
    }
  });
});
