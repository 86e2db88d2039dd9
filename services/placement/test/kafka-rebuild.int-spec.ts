import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  JobSeekerPlaced,
  JobSeekerRegistered,
  PlacementRecorded,
  SelfEmploymentPlacementRecorded,
  TrainingCompleted,
  VacancyRegistered,
} from '@siapkerja/contracts';
import { buildEvent, type EventDefinition } from '@siapkerja/events';
import { listProvinces, listRegencies } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, waitFor, prefixedProducer, testTopicPrefix } from '@siapkerja/testing';
import { placementService } from '../src/placement.module';
import { rebuildFromKafka } from '../src/rebuild/kafka-rebuild';

const ministry = { metadata: { 'x-caller': JSON.stringify({ sub: 'min', roles: ['MINISTRY_ADMIN'] }) } };

/**
 * The rebuild from the Kafka topics themselves (from the beginning), for a month and region no other test writes to (a
 * far month in a random regency): the rebuilt IPK cells and outcomes equal the live ones.
 */
describe('placement: rebuild from the Kafka topics (real Kafka, PostgreSQL)', () => {
  let svc: RunningService;
  let client: ServiceClient<'placement'>;
  let ds: DataSource;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'kafka-rebuild-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  // topics of this file's own: a second run on the same broker (or another file) does not feed it other events
  const topicPrefix = testTopicPrefix();
  const producer = prefixedProducer(kafka.producer(), topicPrefix);
  // the topics hold every earlier run's events: each run takes an earlier month than every run before it (one month per
  // ten minutes, counting down from 2099-12) in a random regency, so no earlier event is carried over into this month
  const monthIndex = 2099 * 12 + 11 - Math.floor((Date.now() - Date.UTC(2026, 11, 1)) / 600_000);
  const M = `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
  const regencies = listProvinces().flatMap((p) => listRegencies(p.code));
  const R = regencies[Math.floor(Math.random() * regencies.length)].code;
  const year = M.slice(0, 4);
  const providerId = randomUUID();

  beforeAll(async () => {
    const db = await createTestDatabase('placement_kafka_rebuild');
    drop = db.drop;
    svc = await startService(placementService, serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix }));
    client = createServiceClient('placement', `127.0.0.1:${svc.grpcPort}`);
    ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await ds?.destroy();
    await svc?.stop();
    await drop?.();
  });

  const send = async <T>(def: EventDefinition<T>, subject: string, data: T) => {
    const e = buildEvent(def, '/siapkerja/test', { subject, data, regionCode: R });
    await producer.send({ topic: def.topic, messages: [{ key: subject, value: JSON.stringify(e) }] });
  };

  it('gives the same cells as the live read models', async () => {
    const at = `${M}-10T03:00:00.000Z`;
    const seekers = Array.from({ length: 3 }, (_, i) => ({
      jobSeekerId: randomUUID(),
      personId: `p_${`kr${i}${year}`.padEnd(43, 'k')}`,
      regionCode: R,
      sex: (i % 2) + 1,
      ageBand: '20-29',
      educationLevel: 'SMA',
      wantedKbjiCodes: ['5223'],
      fromState: '',
      state: 'REGISTERED',
      cardIssued: false,
    }));
    for (const s of seekers) await send(JobSeekerRegistered, s.jobSeekerId, { ...s, registeredAt: at });
    await send(JobSeekerPlaced, seekers[0].jobSeekerId, {
      ...seekers[0],
      fromState: 'REGISTERED',
      state: 'PLACED',
      placedAt: `${M}-20T03:00:00Z`,
    });
    const vacancyId = randomUUID();
    await send(VacancyRegistered, vacancyId, {
      vacancyId,
      employerId: randomUUID(),
      positionName: 'Pramuniaga',
      kbjiCode: '5223',
      regionCode: R,
      numberNeeded: 6,
      validFrom: `${M}-01`,
      validUntil: `${M}-28`,
      state: 'PUBLISHED',
      registeredAt: at,
    });
    const applicationId = randomUUID();
    await send(PlacementRecorded, applicationId, {
      applicationId,
      vacancyId,
      jobSeekerId: seekers[0].jobSeekerId,
      personId: seekers[0].personId,
      employerId: randomUUID(),
      employerType: 'PRIVATE',
      kbjiCode: '5223',
      kbliCode: '47111',
      kbliMainGroup: '47',
      workRegionCode: R,
      overseas: false,
      jobSeekerRegionCode: R,
      sex: 1,
      educationLevel: 'SMA',
      ageBand: '20-29',
      channel: 'AKL',
      placedAt: `${M}-20T03:00:00Z`,
    });
    const groupId = randomUUID();
    await send(SelfEmploymentPlacementRecorded, groupId, {
      placementKey: `${groupId}:worker:1`,
      groupId,
      tkmProgramId: randomUUID(),
      role: 'HIRED_WORKER',
      personId: '',
      kbliCode: '10792',
      kbliMainGroup: '10',
      regionCode: R,
      sex: 0,
      ageBand: '',
      educationLevel: '',
      channel: 'AKL',
      employerType: 'INDIVIDUAL',
      placedAt: `${M}-15`,
      occurredAt: `${M}-15T00:00:00Z`,
    });
    for (let i = 0; i < 10; i++) {
      const personId = i === 0 ? seekers[0].personId : `p_${`g${i}${year}`.padEnd(43, 'g')}`;
      await send(TrainingCompleted, personId, {
        enrolmentId: randomUUID(),
        batchId: randomUUID(),
        programId: providerId,
        programTitle: 'Pramuniaga',
        providerId,
        providerKind: 'LPK',
        personId,
        competencyUnits: [],
        kbjiCode: '5223',
        certificationSchemeId: '',
        regionCode: R,
        sex: 1,
        ageBand: '20-29',
        outcome: 'COMPLETED',
        outcomeDate: `${M}-01`,
        occurredAt: `${M}-01T00:00:00Z`,
      });
    }
    const forms = () =>
      Promise.all(
        ['III/1', 'III/3', 'III/5', 'III/7', 'III/8'].map((form) => client.getIpkForm({ regionCode: R, month: M, form }, ministry)),
      );
    const outcomes = () => client.getGraduateOutcomes({ regionCode: R, providerId, programId: '', cohortFrom: '', cohortTo: '' }, ministry);
    await waitFor(
      async () => {
        const o = await outcomes();
        const f = await forms();
        const f7 = f[3].tables[0].rows.find((r) => r.key === 'TOTAL')!.values;
        // every seeker and the vacancy too (the consumers read their partitions independently)
        const seekersRegistered = f[0].tables[0].rows.find((r) => r.key === '20-29')!.values[5];
        const positions = f[0].tables[1].rows.find((r) => r.key === 'TOTAL')!.values[1];
        return o.rows[0]?.placed_3m?.value === 1 && f7[2] === '2' && seekersRegistered === '3' && positions === '6';
      },
      { what: 'the events applied', timeoutMs: 60000 },
    );
    const live = JSON.stringify([await forms(), await outcomes()]);
    await ds.query(`DELETE FROM placements; DELETE FROM ipk_job_seekers; DELETE FROM training_outcomes`);
    const r = await rebuildFromKafka(ds, kafkaBrokers(), topicPrefix);
    expect(r.replayed).toBeGreaterThanOrEqual(17);
    expect(JSON.stringify([await forms(), await outcomes()])).toEqual(live);
  }, 120000);
});
