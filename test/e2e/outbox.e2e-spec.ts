import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { Kafka, logLevel } from 'kafkajs';
import { createTestDatabase, waitFor } from '@siapkerja/testing';
import { get, nib, post } from './http';
import { startPlatform, type Platform } from './support';

const { startBroker } = require('../../tools/kafka/broker.js');

/**
 * The outbox under a broker outage: with Kafka stopped, vacancies created through the gateway still
 * succeed; when Kafka is back every event arrives once and the report count is exact.
 * Uses its own broker so stopping it does not disturb other tests.
 */
describe('outbox survives a Kafka outage', () => {
  let platform: Platform;
  let broker: { brokers: string; port: number; stop: () => Promise<void> };
  let dataDir: string;
  const drops: (() => Promise<void>)[] = [];
  let jobsDbUrl: string;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siapkerja-outbox-kafka-'));
    broker = await startBroker({ dataDir });
    const databases: Record<string, string> = {};
    for (const s of ['jobs', 'placement']) {
      const db = await createTestDatabase(`outbox_${s}`);
      databases[s] = db.url;
      drops.push(db.drop);
    }
    jobsDbUrl = databases.jobs;
    const gwDb = await createTestDatabase('outbox_gateway');
    drops.push(gwDb.drop);
    platform = await startPlatform({ gatewayDatabase: gwDb.url, databases, kafkaBrokers: broker.brokers, services: ['jobs', 'placement'] });
  });
  afterAll(async () => {
    await platform?.stop();
    await broker?.stop();
    for (const d of drops) await d();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function pendingOutbox(): Promise<number> {
    const c = new Client({ connectionString: jobsDbUrl });
    await c.connect();
    try {
      return (await c.query('SELECT count(*)::int AS n FROM outbox_events WHERE published_at IS NULL')).rows[0].n;
    } finally {
      await c.end();
    }
  }

  it('accepts writes while Kafka is down and delivers each event exactly once afterwards', async () => {
    const base = platform.gatewayUrl;
    const month = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 7);
    const region = '12.75';
    const report = async () => (await get(base, `/v1/reports/vacancies?region=${region}&month=${month}`)).json();
    const e = await (
      await post(base, '/v1/employers', {
        nib: nib(),
        legalName: 'PT Deli Makmur',
        employerType: 'PRIVATE',
        kbliCodes: ['01262'],
        regionCode: region,
      })
    ).json();
    // one vacancy before the outage, to prove the pipeline runs
    expect(
      (
        await post(base, '/v1/vacancies', {
          employerId: e.id,
          positionName: 'Mandor Kebun',
          kbjiCode: '6112',
          regionCode: region,
          numberNeeded: 1,
          validFrom: '2026-11-01',
          validUntil: '2026-12-31',
        })
      ).status,
    ).toBe(201);
    await waitFor(async () => (await report()).registered === 1, { what: 'first vacancy counted', timeoutMs: 60000 });

    await broker.stop();
    const N = 12;
    for (let i = 0; i < N; i++) {
      const r = await post(base, '/v1/vacancies', {
        employerId: e.id,
        positionName: `Pemanen ${i}`,
        kbjiCode: '9211',
        regionCode: region,
        numberNeeded: 2,
        validFrom: '2026-11-01',
        validUntil: '2026-12-31',
      });
      expect(r.status).toBe(201);
    }
    // the broker is a health detail, never a reason to leave rotation: jobs stays ready (and SERVING), reporting it
    await waitFor(
      async () => {
        const r = await fetch(`http://127.0.0.1:${platform.opsPorts.jobs}/health/ready`);
        const body = await r.json();
        return r.status === 200 && body.checks.broker.ok === false;
      },
      { what: 'jobs ready with the broker reported down', timeoutMs: 30000 },
    );
    const gatewayReady = await fetch(`${base}/health/ready`);
    expect(gatewayReady.status).toBe(200);
    expect((await gatewayReady.json()).checks.jobs).toEqual({ ok: true, status: 'SERVING' });
    await new Promise((r) => setTimeout(r, 1500));
    // each published vacancy is two events (registered + published)
    expect(await pendingOutbox()).toBe(2 * N);
    expect((await report()).registered).toBe(1);

    broker = await startBroker({ dataDir, port: broker.port });
    await waitFor(async () => (await pendingOutbox()) === 0, { what: 'outbox drained', timeoutMs: 120000, intervalMs: 500 });
    await waitFor(async () => (await report()).registered === N + 1, { what: 'all vacancies counted', timeoutMs: 120000, intervalMs: 500 });
    await new Promise((r) => setTimeout(r, 2000));
    expect(await report()).toMatchObject({ registered: N + 1, positions: 1 + 2 * N });

    // every event is on the topic exactly once
    const kafka = new Kafka({ clientId: 'outbox-check', brokers: [broker.brokers], logLevel: logLevel.NOTHING });
    const consumer = kafka.consumer({ groupId: `outbox-check-${Date.now()}` });
    const ids: string[] = [];
    await consumer.connect();
    await consumer.subscribe({ topics: ['siapkerja.jobs.vacancy.v1'], fromBeginning: true });
    await consumer.run({ eachMessage: async ({ message }) => void ids.push(JSON.parse(message.value!.toString()).id) });
    await waitFor(async () => ids.length >= 2 * (N + 1), { what: 'topic read' });
    await new Promise((r) => setTimeout(r, 1500));
    await consumer.disconnect();
    expect(ids).toHaveLength(2 * (N + 1));
    expect(new Set(ids).size).toBe(2 * (N + 1));
  });
});
