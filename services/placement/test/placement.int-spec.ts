import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { buildEvent } from '@siapkerja/events';
import { ProgramPublished, SchemeRegistered, VacancyRegistered } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, waitFor, prefixedProducer, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';
import { randomUUID } from 'node:crypto';

describe('placement service: reports built from real Kafka events', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'placement-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  // topics of this file's own: a second run on the same broker (or another file) does not feed it other events
  const topicPrefix = testTopicPrefix();
  const producer = prefixedProducer(kafka.producer(), topicPrefix);
  // a month no other test writes to, so counts are exact
  const month = '2031-04';
  const registeredAt = '2031-04-15T03:00:00.000Z';

  function vacancyEvent(regionCode: string, numberNeeded = 2) {
    const vacancyId = randomUUID();
    return buildEvent(VacancyRegistered, '/siapkerja/jobs', {
      subject: vacancyId,
      regionCode,
      data: {
        vacancyId,
        employerId: randomUUID(),
        positionName: 'Operator',
        kbjiCode: '8189',
        regionCode,
        numberNeeded,
        validFrom: '2031-04-15',
        validUntil: '2031-05-15',
        state: 'PUBLISHED',
        registeredAt,
      },
    });
  }
  async function send(topic: string, envelopes: object[]) {
    await producer.send({ topic, messages: envelopes.map((e) => ({ key: (e as { subject: string }).subject, value: JSON.stringify(e) })) });
  }
  async function report(regionCode: string) {
    return client.getVacancyReport({ regionCode, month });
  }

  beforeAll(async () => {
    const db = await createTestDatabase('placement');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  it('counts registered vacancies per regency and rolls them up per province', async () => {
    await send(VacancyRegistered.topic, [
      vacancyEvent('33.73', 2),
      vacancyEvent('33.73', 5),
      vacancyEvent('33.74', 1),
      vacancyEvent('32.73', 4),
    ]);
    await waitFor(async () => (await report('33')).registered === '3', { what: 'province 33 count', timeoutMs: 60000 });
    const reg = await report('33.73');
    expect(reg).toMatchObject({ regionCode: '33.73', month, registered: '2', positions: '7' });
    const prov = await report('33');
    expect(prov.rows).toEqual([
      { regionCode: '33.73', registered: '2', positions: '7' },
      { regionCode: '33.74', registered: '1', positions: '1' },
    ]);
    expect(await waitFor(async () => (await report('32.73')).registered === '1' || undefined)).toBe(true);
  });

  it('applies an event delivered twice only once (inbox)', async () => {
    const e = vacancyEvent('35.78', 3);
    await send(VacancyRegistered.topic, [e, e]);
    await send(VacancyRegistered.topic, [e]);
    await waitFor(async () => (await report('35.78')).registered === '1', { what: 'first delivery' });
    // a later event on the same partition key proves the duplicates were consumed too
    const marker = buildEvent(VacancyRegistered, '/siapkerja/jobs', {
      subject: e.subject,
      regionCode: '35.78',
      data: { ...e.data, vacancyId: randomUUID() },
    });
    await send(VacancyRegistered.topic, [marker]);
    await waitFor(async () => (await report('35.78')).registered === '2', { what: 'marker event' });
    const consumer = svc.consumers[0];
    expect(consumer.stats.duplicate).toBeGreaterThanOrEqual(2);
    const r = await report('35.78');
    expect(r).toMatchObject({ registered: '2', positions: '6' });
  });

  it('counts events from the other services and dead-letters poison messages', async () => {
    const p = buildEvent(ProgramPublished, '/siapkerja/training', {
      subject: randomUUID(),
      regionCode: '33.73',
      time: new Date(registeredAt),
      data: {
        programId: randomUUID(),
        title: 'Pemrograman Web',
        regionCode: '33.73',
        kbjiCode: '2513',
        competencyUnits: ['J.620100.001.01'],
        capacity: 16,
        publishedAt: registeredAt,
      },
    });
    const s = buildEvent(SchemeRegistered, '/siapkerja/certification', {
      subject: randomUUID(),
      time: new Date(registeredAt),
      data: {
        schemeId: randomUUID(),
        code: 'SKM-01',
        schemeType: 'OKUPASI',
        kkniLevel: 0,
        competencyUnits: ['J.620100.001.01'],
        registeredAt,
      },
    });
    await send(ProgramPublished.topic, [p]);
    await send(SchemeRegistered.topic, [s]);
    await producer.send({ topic: ProgramPublished.topic, messages: [{ key: 'poison', value: '{not json' }] });
    await waitFor(async () => (await client.listActivityCounts({ regionCode: '00', month })).counts.length > 0, {
      what: 'national count',
    });
    const regency = await client.listActivityCounts({ regionCode: '33.73', month });
    expect(regency.counts).toEqual(expect.arrayContaining([{ eventType: 'siapkerja.training.program.published', count: '1' }]));
    await waitFor(async () => svc.consumers[0].stats.deadLettered >= 1, { what: 'dead letter' });
  });

  it('rejects bad report parameters', async () => {
    const err = await client.getVacancyReport({ regionCode: '99.99', month: '2031-13' }).catch((e) => e);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(err.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field)).toEqual([
      'regionCode',
      'month',
    ]);
  });

  it('refuses officers a report outside their region', async () => {
    const regency = { metadata: { 'x-caller': JSON.stringify({ sub: 'o', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }) } };
    await expect(client.getVacancyReport({ regionCode: '33.73', month }, regency)).resolves.toMatchObject({ regionCode: '33.73' });
    await expect(client.getVacancyReport({ regionCode: '33', month }, regency)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(client.listActivityCounts({ regionCode: '00', month }, regency)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 00 is outside the caller's region 33.73",
    });
    // the region is checked first (as the gateway did): outside the region is refused before the code or the month is
    await expect(client.getVacancyReport({ regionCode: '33.74', month: '2032-13' }, regency)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33.74 is outside the caller's region 33.73",
    });
    const unbound = { metadata: { 'x-caller': JSON.stringify({ sub: 'o', roles: ['DISNAKER_PROVINCE'] }) } };
    await expect(client.listActivityCounts({ regionCode: '33', month }, unbound)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: 'This officer credential is not bound to a region',
    });
  });
});
