import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { PersonErasureRequested, PlacementRecorded, type PlacementRecordedData } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, waitFor, prefixedProducer, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';

const officer = (regionCode: string) => ({
  metadata: {
    'x-caller': JSON.stringify({ sub: 'off', roles: [regionCode.length === 2 ? 'DISNAKER_PROVINCE' : 'DISNAKER_REGENCY'], regionCode }),
  },
});

describe('placement service: placements read model from PlacementRecorded (real Kafka, inbox)', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'placements-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  // topics of this file's own: a second run on the same broker (or another file) does not feed it other events
  const topicPrefix = testTopicPrefix();
  const producer = prefixedProducer(kafka.producer(), topicPrefix);
  // a month no other test writes to; 2032-06-30T17:30Z is already July in WIB
  const month = '2032-06';

  function placement(over: Partial<PlacementRecordedData> = {}) {
    const applicationId = randomUUID();
    const data: PlacementRecordedData = {
      applicationId,
      vacancyId: randomUUID(),
      jobSeekerId: randomUUID(),
      personId: `p_${randomUUID().replace(/-/g, '')}`,
      employerId: randomUUID(),
      employerType: 'PRIVATE',
      kbjiCode: '7411',
      kbliCode: '43211',
      kbliMainGroup: '43',
      workRegionCode: '33.74',
      overseas: false,
      jobSeekerRegionCode: '33.74',
      sex: 2,
      educationLevel: 'SMK',
      ageBand: '30-44',
      channel: 'AKL',
      placedAt: '2032-06-10T03:00:00.000Z',
      ...over,
    };
    return buildEvent(PlacementRecorded, '/siapkerja/jobs', { subject: data.applicationId, regionCode: data.jobSeekerRegionCode, data });
  }
  const send = (envelopes: ReturnType<typeof placement>[]) =>
    producer.send({ topic: PlacementRecorded.topic, messages: envelopes.map((e) => ({ key: e.subject, value: JSON.stringify(e) })) });
  const report = (regionCode: string, m = month) => client.getPlacementReport({ regionCode, month: m });

  beforeAll(async () => {
    const db = await createTestDatabase('placements');
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

  it('counts placements per regency, channel, sex, KBLI main group, education and employer type, rolled up per province', async () => {
    await send([
      placement(),
      placement({ sex: 1, channel: 'AKAD', workRegionCode: '31.71', kbliMainGroup: '62', kbliCode: '62019', educationLevel: 'S1' }),
      placement({
        jobSeekerRegionCode: '33.73',
        sex: 1,
        channel: 'AKAN',
        overseas: true,
        destinationCountry: 'MY',
        employerType: 'STATE_OWNED',
      }),
      placement({ jobSeekerRegionCode: '32.73' }),
      placement({ placedAt: '2032-06-30T17:30:00.000Z' }),
    ]);
    await waitFor(async () => (await report('33')).total === '3' && (await report('33.74', '2032-07')).total === '1', {
      what: 'placements counted',
      timeoutMs: 60000,
    });
    const regency = await report('33.74');
    expect(regency).toMatchObject({ regionCode: '33.74', month, total: '2', male: '1', female: '1' });
    expect(regency.byChannel).toEqual([
      { key: 'AKAD', male: '1', female: '0', total: '1' },
      { key: 'AKL', male: '0', female: '1', total: '1' },
    ]);
    expect(regency.byKbliMainGroup).toEqual([
      { key: '43', male: '0', female: '1', total: '1' },
      { key: '62', male: '1', female: '0', total: '1' },
    ]);
    expect(regency.byEducation.map((c) => c.key)).toEqual(['S1', 'SMK']);
    const province = await report('33');
    expect(province).toMatchObject({ total: '3', male: '2', female: '1' });
    expect(province.byRegency).toEqual([
      { key: '33.73', male: '1', female: '0', total: '1' },
      { key: '33.74', male: '1', female: '1', total: '2' },
    ]);
    expect(province.byChannel.map((c) => [c.key, c.total])).toEqual([
      ['AKAD', '1'],
      ['AKAN', '1'],
      ['AKL', '1'],
    ]);
    expect(province.byEmployerType.map((c) => [c.key, c.total])).toEqual([
      ['PRIVATE', '2'],
      ['STATE_OWNED', '1'],
    ]);
    expect((await report('32')).total).toBe('1');
  });

  it('counts a placement exactly once: redelivery (inbox) and a replay under another event id (application id key)', async () => {
    const e = placement({ jobSeekerRegionCode: '35.78' });
    await send([e, e]);
    await send([e]);
    const replay = buildEvent(PlacementRecorded, '/siapkerja/jobs', { subject: e.subject, regionCode: '35.78', data: e.data });
    const marker = placement({ jobSeekerRegionCode: '35.78', sex: 1 });
    await send([replay]);
    await producer.send({ topic: PlacementRecorded.topic, messages: [{ key: e.subject, value: JSON.stringify(marker) }] });
    await waitFor(async () => (await report('35.78')).male === '1', { what: 'marker after the duplicates' });
    expect(await report('35.78')).toMatchObject({ total: '2', female: '1', male: '1' });
    const consumer = svc.consumers.find((c) => c.name === 'placement.placements')!;
    expect(consumer.stats.duplicate).toBeGreaterThanOrEqual(2);
  });

  it('refuses bad regions and months naming the field, and officers outside their region', async () => {
    const bad = await client.getPlacementReport({ regionCode: '3', month: '2032-13' }).catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(bad.metadata.get('x-field-violations')[0])).map((f: { field: string }) => f.field)).toEqual([
      'regionCode',
      'month',
    ]);
    await expect(client.getPlacementReport({ regionCode: '33', month }, officer('33.74'))).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "region 33 is outside the caller's region 33.74",
    });
    // the region first (as the gateway did): an officer's unknown region outside his own is refused, not reported invalid
    await expect(client.getPlacementReport({ regionCode: '99.99', month }, officer('33.74'))).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    expect((await client.getPlacementReport({ regionCode: '33.74', month }, officer('33'))).total).toBe('2');
  });

  it("exports a person's placements to him or the ministry only; erasure unlinks them exactly once and keeps them counted", async () => {
    const personId = `p_${randomUUID().replace(/-/g, '')}`;
    const m = '2032-09';
    const as = (who: object) => ({ metadata: { 'x-caller': JSON.stringify(who) } });
    const himself = as({ sub: 'acc-1', roles: ['JOB_SEEKER'], personId });
    await send([
      placement({ personId, placedAt: '2032-09-03T03:00:00.000Z' }),
      placement({ personId, placedAt: '2032-09-20T03:00:00.000Z', channel: 'AKAD', workRegionCode: '31.71' }),
      placement({ placedAt: '2032-09-05T03:00:00.000Z' }),
    ]);
    await waitFor(async () => (await report('33.74', m)).total === '3', { what: 'placements counted', timeoutMs: 60000 });

    const mine = await client.exportPersonData({ personId }, himself);
    expect(mine.placements.map((p) => [p.channel, p.month, p.regionCode, p.workRegionCode])).toEqual([
      ['AKL', m, '33.74', '33.74'],
      ['AKAD', m, '33.74', '31.71'],
    ]);
    expect(mine.eraseTime).toBe('');
    expect((await client.exportPersonData({ personId }, as({ sub: 'admin', roles: ['MINISTRY_ADMIN'] }))).placements).toHaveLength(2);
    // another person, an officer of the region, a partner: refused before anything is read
    for (const who of [
      { sub: 'acc-2', roles: ['JOB_SEEKER'], personId: `p_${randomUUID().replace(/-/g, '')}` },
      { sub: 'off', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' },
      { sub: 'c', roles: ['PARTNER'], clientId: 'c' },
    ]) {
      await expect(client.exportPersonData({ personId }, as(who))).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    }
    await expect(client.exportPersonData({ personId: 'x' }, himself)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });

    const erasure = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
      subject: personId,
      data: { personId, requestId: randomUUID(), requestedAt: '2032-10-01T00:00:00.000Z' },
    });
    await producer.send({
      topic: PersonErasureRequested.topic,
      messages: [erasure, erasure].map((e) => ({ key: e.subject, value: JSON.stringify(e) })),
    });
    await waitFor(async () => (await client.exportPersonData({ personId }, himself)).eraseTime !== '', {
      what: 'erasure carried out',
      timeoutMs: 60000,
    });
    const after = await client.exportPersonData({ personId }, himself);
    expect(after).toMatchObject({ placements: [], eraseTime: '2032-10-01T00:00:00.000Z' });
    // statistics kept: the same counts, by channel too
    const r = await report('33.74', m);
    expect(r.total).toBe('3');
    expect(r.byChannel.map((c) => [c.key, c.total])).toEqual([
      ['AKAD', '1'],
      ['AKL', '2'],
    ]);
    // a placement of his replayed after the erasure arrives unlinked too
    await send([placement({ personId, placedAt: '2032-09-25T03:00:00.000Z' })]);
    await waitFor(async () => (await report('33.74', m)).total === '4', { what: 'late placement counted', timeoutMs: 60000 });
    expect((await client.exportPersonData({ personId }, himself)).placements).toEqual([]);
  });
});
