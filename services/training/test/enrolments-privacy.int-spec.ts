import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { todayWib } from '@siapkerja/codes';
import { serviceDefinition, PersonErasureRequested, PersonProcessingRestricted, type trainingV1 } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  kafkaBrokers,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  testNik,
  waitFor,
  gatewayCaller,
  startFakeAccessLog,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

// the caller as the gateway signs it: with its token's scopes (a person's token reads and enrols himself only)
const as = (c: Record<string, unknown>) => gatewayCaller(c, 'training');
const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73', purpose: 'SUPERVISION' });
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const personCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 12)}`, roles: ['JOB_SEEKER'], personId });
const code = (e: unknown) => (e as { code: number }).code;
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/**
 * The gateway's erasure and restriction requests (UU 27/2022), carried out by the training service from real Kafka
 * events exactly once, and the person's data export (ExportPersonData).
 */
describe('training: personal data (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;
  const kafka = new Kafka({ clientId: 'training-privacy-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const identity = new PersonIdentity(TEST_PERSON_SECRET);

  beforeAll(async () => {
    const db = await createTestDatabase('training_privacy');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(trainingService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const person = (birthDate = '1995-03-12', sex: 1 | 2 = 2) => {
    const nik = testNik('3373', birthDate, sex);
    return { nik, name: 'Ratna Sari', birthDate, personId: identity.personId(nik) };
  };
  async function openBatch(title = 'Menjahit Busana') {
    const program = await client.createProgram(
      {
        program: {
          providerName: 'BLK Salatiga',
          title,
          regionCode: '33.73',
          kbjiCode: '7531',
          competencyUnits: ['C.141000.001.01'],
          durationDays: 30,
          capacity: 16,
        },
      },
      partnerA,
    );
    const batch = await client.createBatch(
      {
        programId: program.id,
        batch: { startDate: day(10), endDate: day(40), registrationOpens: day(0), registrationCloses: day(5), mode: 'BATCH_MODE_OFFLINE' },
      },
      partnerA,
    );
    await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, partnerA);
    return batch;
  }
  const enrol = (batchId: string, p: ReturnType<typeof person>, caller: ReturnType<typeof as>, requestId = '') =>
    client.createEnrolment({ batchId, nik: p.nik, name: p.name, birthDate: p.birthDate, requestId }, caller);
  const move = (id: string, toState: string, caller: ReturnType<typeof as>, note = '') =>
    client.transitionEnrolment({ id, toState: toState as trainingV1.EnrolmentState, note }, caller);
  const send = async (def: typeof PersonErasureRequested | typeof PersonProcessingRestricted, personId: string, at = new Date()) => {
    const data =
      def === PersonErasureRequested
        ? { personId, requestId: randomUUID(), requestedAt: at.toISOString() }
        : { personId, requestId: randomUUID(), restrictedAt: at.toISOString() };
    const event = buildEvent(def as typeof PersonErasureRequested, '/siapkerja/gateway', { subject: personId, data: data as never });
    await producer.send({ topic: def.topic, messages: [{ key: personId, value: JSON.stringify(event) }] });
    return event;
  };
  const consumer = () => svc.consumers.find((c) => c.name === 'training.enrolments-privacy')!;

  let me: { p: ReturnType<typeof person>; enrolments: string[] };

  it("exports the person's own enrolments unmasked with their history, oldest first", async () => {
    const p = person();
    const b1 = await openBatch('Menjahit Busana');
    const b2 = await openBatch('Tata Boga');
    const e1 = await enrol(b1.id, p, partnerA);
    await move(e1.id, 'ENROLMENT_STATE_ACCEPTED', partnerA, 'Ratna Sari lulus wawancara');
    const e2 = await enrol(b2.id, p, personCaller(p.personId));
    // someone else's enrolment is not part of the export
    await enrol(b1.id, person('1996-05-05'), partnerA);

    const r = await client.exportPersonData({ personId: p.personId }, personCaller(p.personId));
    expect(r).toMatchObject({ eraseTime: '', processingRestrictTime: '' });
    expect(r.enrolments.map((e) => e.id)).toEqual([e1.id, e2.id]);
    expect(r.enrolments[0]).toMatchObject({
      nik: p.nik,
      name: 'Ratna Sari',
      birthDate: '1995-03-12',
      sex: 'SEX_FEMALE',
      state: 'ENROLMENT_STATE_ACCEPTED',
      programTitle: 'Menjahit Busana',
      registrant: 'PARTNER',
      history: [
        expect.objectContaining({ toState: 'ENROLMENT_STATE_REGISTERED' }),
        expect.objectContaining({ toState: 'ENROLMENT_STATE_ACCEPTED', note: 'Ratna Sari lulus wawancara' }),
      ],
    });
    expect(r.enrolments[1]).toMatchObject({ programTitle: 'Tata Boga', registrant: 'SELF', state: 'ENROLMENT_STATE_REGISTERED' });
    expect((await client.exportPersonData({ personId: p.personId }, ministry)).enrolments).toHaveLength(2);
    me = { p, enrolments: [e1.id, e2.id] };
  });

  it('refuses the export to everyone but the person and the ministry, before reading anything', async () => {
    const stranger = person('1990-01-01').personId;
    for (const who of [partnerA, officer3373, personCaller(stranger), as({ sub: 'blk', roles: ['TRAINING_PROVIDER'] })]) {
      expect(code(await client.exportPersonData({ personId: me.p.personId }, who).catch((e) => e))).toBe(status.PERMISSION_DENIED);
    }
    expect(code(await client.exportPersonData({ personId: me.p.personId }).catch((e) => e))).toBe(status.PERMISSION_DENIED);
    expect(code(await client.exportPersonData({ personId: 'nope' }, ministry).catch((e) => e))).toBe(status.INVALID_ARGUMENT);
    expect(await client.exportPersonData({ personId: stranger }, personCaller(stranger))).toEqual({
      enrolments: [],
      eraseTime: '',
      processingRestrictTime: '',
    });
  });

  it("pseudonymises the person's enrolments on erasure exactly once, keeping what the statistics need", async () => {
    const requestedAt = new Date();
    const event = await send(PersonErasureRequested, me.p.personId, requestedAt);
    const r = await waitFor(
      async () => {
        const x = await client.exportPersonData({ personId: me.p.personId }, personCaller(me.p.personId));
        return x.eraseTime ? x : undefined;
      },
      { what: 'erasure carried out' },
    );
    expect(new Date(r.eraseTime).getTime()).toBe(requestedAt.getTime());
    expect(r.enrolments.map((e) => e.id)).toEqual(me.enrolments);
    for (const e of r.enrolments) {
      expect(e).toMatchObject({
        personId: me.p.personId,
        name: 'Dihapus (UU 27/2022)',
        birthDate: '1995-07-01',
        sex: 'SEX_FEMALE',
        regionCode: '33.73',
        eraseTime: r.eraseTime,
      });
      expect(e.nik).toMatch(/^X[0-9a-f]{15}$/);
    }
    expect(r.enrolments[0].state).toBe('ENROLMENT_STATE_ACCEPTED');
    expect(r.enrolments[0].history.map((h) => h.note)).toEqual(['', '']);
    const raw = JSON.stringify(
      await svc.dataSource.query(
        `SELECT e.*, t.note FROM enrolments e JOIN enrolment_transitions t ON t.enrolment_id = e.id WHERE e.person_id = $1`,
        [me.p.personId],
      ),
    );
    for (const personal of [me.p.nik, 'Ratna Sari', '1995-03-12']) expect(raw).not.toContain(personal);
    // other people are untouched
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE erased_at IS NULL AND name = 'Ratna Sari'`);
    expect(n).toBeGreaterThan(0);

    // the person enrols again later (new data he gives); the erasure event redelivered changes nothing: exactly once
    const b3 = await openBatch('Barista');
    const fresh = await enrol(b3.id, me.p, personCaller(me.p.personId));
    const duplicatesBefore = consumer().stats.duplicate;
    await producer.send({ topic: PersonErasureRequested.topic, messages: [{ key: me.p.personId, value: JSON.stringify(event) }] });
    await waitFor(async () => consumer().stats.duplicate > duplicatesBefore, { what: 'redelivery seen as a duplicate' });
    expect(await client.getEnrolment({ id: fresh.id }, personCaller(me.p.personId))).toMatchObject({
      nik: me.p.nik,
      name: 'Ratna Sari',
      eraseTime: '',
    });
    const [{ inbox }] = await svc.dataSource.query(`SELECT count(*)::int AS inbox FROM inbox_events WHERE event_id = $1`, [event.id]);
    expect(inbox).toBe(1);
  });

  it('on restriction: nobody registers the person on his behalf or selects him any more; he may still enrol himself', async () => {
    const p = person('1993-08-17', 1);
    const batch = await openBatch('Las Listrik');
    const before = await enrol(batch.id, p, partnerA);
    // restricted before any enrolment of this other person: remembered all the same
    const q = person('1994-02-02', 1);
    await send(PersonProcessingRestricted, q.personId);
    await send(PersonProcessingRestricted, p.personId);
    await waitFor(
      async () => {
        const [row] = await svc.dataSource.query(
          `SELECT count(*)::int AS n FROM person_privacy WHERE person_id IN ($1, $2) AND processing_restricted_at IS NOT NULL`,
          [p.personId, q.personId],
        );
        return row.n === 2;
      },
      { what: 'restrictions recorded' },
    );
    expect((await client.getEnrolment({ id: before.id }, ministry)).processingRestrictTime).not.toBe('');

    const refused = await enrol(batch.id, q, partnerA).catch((e) => e);
    expect(code(refused)).toBe(status.FAILED_PRECONDITION);
    expect(refused.details).toMatch(/restricted the processing of his personal data \(UU 27\/2022\): he is not enrolled on his behalf/);
    expect(code(await enrol(batch.id, q, officer3373).catch((e) => e))).toBe(status.FAILED_PRECONDITION);
    const notSelected = await move(before.id, 'ENROLMENT_STATE_ACCEPTED', partnerA).catch((e) => e);
    expect(code(notSelected)).toBe(status.FAILED_PRECONDITION);
    expect(notSelected.details).toMatch(/not selected further/);
    // his own enrolment is his own act: taken and selectable
    const own = await enrol(batch.id, q, personCaller(q.personId));
    expect(own.processingRestrictTime).not.toBe('');
    expect((await move(own.id, 'ENROLMENT_STATE_ACCEPTED', partnerA)).state).toBe('ENROLMENT_STATE_ACCEPTED');
    // withdrawing stays possible
    expect((await move(before.id, 'ENROLMENT_STATE_WITHDRAWN', partnerA)).state).toBe('ENROLMENT_STATE_WITHDRAWN');
    expect((await client.exportPersonData({ personId: q.personId }, personCaller(q.personId))).processingRestrictTime).not.toBe('');
  });
});
