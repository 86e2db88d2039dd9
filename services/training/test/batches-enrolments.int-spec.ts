import { status } from '@grpc/grpc-js';
import { serviceDefinition, BatchScheduled, EnrolmentRegistered, type trainingV1 } from '@siapkerja/contracts';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  testNik,
  uniqueSuffix,
  waitFor,
  gatewayCaller,
  startFakeAccessLog,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { trainingService } from '../src/training.module';

// the caller as the gateway signs it: with its token's scopes (a person's token reads and enrols himself only)
const as = (c: Record<string, unknown>) => gatewayCaller(c, 'training');
const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const partnerB = as({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
const provider = as({ sub: 'acc-blk-salatiga', roles: ['TRAINING_PROVIDER'] });
const otherProvider = as({ sub: 'acc-blk-lain', roles: ['TRAINING_PROVIDER'] });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73', purpose: 'SUPERVISION' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74', purpose: 'SUPERVISION' });
const province33 = as({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33', purpose: 'SUPERVISION' });
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const personCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 12)}`, roles: ['JOB_SEEKER'], personId });
const code = (e: unknown) => (e as { code: number }).code;
const fields = (e: unknown) =>
  JSON.parse(String((e as { metadata: { get(k: string): unknown[] } }).metadata.get('x-field-violations')[0])).map(
    (f: { field: string }) => f.field,
  );
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/** Skillhub batches and enrolments against the real service: ownership, state machines, seats, idempotency, who sees what. */
describe('training: batches and enrolments (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const identity = new PersonIdentity(TEST_PERSON_SECRET);

  beforeAll(async () => {
    const db = await createTestDatabase('training_batches');
    drop = db.drop;
    topic = await collectTopic([BatchScheduled.topic, EnrolmentRegistered.topic]);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(trainingService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const programBody = (regionCode = '33.73'): trainingV1.Program => ({
    providerName: 'BLK Salatiga',
    title: 'Junior Web Developer',
    regionCode,
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01'],
    durationDays: 40,
    capacity: 16,
  });
  const batchBody = (extra: Partial<trainingV1.Batch> = {}): trainingV1.Batch => ({
    startDate: day(10),
    endDate: day(50),
    registrationOpens: day(0),
    registrationCloses: day(5),
    mode: 'BATCH_MODE_OFFLINE',
    ...extra,
  });
  const person = (birthDate = '1998-04-12', sex: 1 | 2 = 1) => {
    const nik = testNik('3373', birthDate, sex);
    return { nik, name: sex === 2 ? 'Siti Rahayu' : 'Budi Santoso', birthDate, personId: identity.personId(nik) };
  };
  /** A program owned by partner A with one OPEN batch. */
  async function openBatch(capacity = 0, owner = partnerA) {
    const program = await client.createProgram({ program: programBody() }, owner);
    const batch = await client.createBatch({ programId: program.id, batch: batchBody({ capacity }) }, owner);
    await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, owner);
    return { program, batch };
  }
  const enrol = (batchId: string, p: ReturnType<typeof person>, caller: ReturnType<typeof as>, requestId = '') =>
    client.createEnrolment({ batchId, nik: p.nik, name: p.name, birthDate: p.birthDate, requestId }, caller);

  describe('programs and batches', () => {
    it("gives a program its owner: the publishing partner client or training-provider person; the ministry's and old programs have none", async () => {
      const a = await client.createProgram({ program: programBody() }, partnerA);
      expect(a.ownerClientId).toBe('pa');
      const m = await client.createProgram({ program: programBody() }, ministry);
      expect(m.ownerClientId).toBe('');
      const p = await client.createProgram({ program: programBody() }, provider);
      expect(p.ownerClientId).toBe('');
      const [row] = await svc.dataSource.query(`SELECT owner_client_id, owner_account_id FROM programs WHERE id = $1`, [p.id]);
      expect(row).toEqual({ owner_client_id: null, owner_account_id: 'acc-blk-salatiga' });
      // the same Idempotency key of two callers makes two programs
      const key = `k-${uniqueSuffix()}`;
      const x = await client.createProgram({ program: programBody(), requestId: key }, partnerA);
      const y = await client.createProgram({ program: programBody(), requestId: key }, partnerB);
      expect(y.id).not.toBe(x.id);
      expect((await client.createProgram({ program: programBody(), requestId: key }, partnerA)).id).toBe(x.id);
    });

    it("lets only the owner, officers of the program's region and the ministry add batches", async () => {
      const a = await client.createProgram({ program: programBody() }, partnerA);
      for (const who of [partnerA, officer3373, province33, ministry]) {
        expect((await client.createBatch({ programId: a.id, batch: batchBody() }, who)).programId).toBe(a.id);
      }
      // issue 11: another provider (or anyone not acting for the program) is told it does not exist; an officer elsewhere is refused
      expect(code(await client.createBatch({ programId: a.id, batch: batchBody() }, officer3374).catch((e) => e))).toBe(
        status.PERMISSION_DENIED,
      );
      for (const who of [partnerB, provider, personCaller(person().personId)]) {
        expect(code(await client.createBatch({ programId: a.id, batch: batchBody() }, who).catch((e) => e))).toBe(status.NOT_FOUND);
      }
      const p = await client.createProgram({ program: programBody() }, provider);
      expect((await client.createBatch({ programId: p.id, batch: batchBody() }, provider)).programId).toBe(p.id);
      expect(code(await client.createBatch({ programId: p.id, batch: batchBody() }, otherProvider).catch((e) => e))).toBe(status.NOT_FOUND);
      // a program from before owners existed (given its provider by the migration) is managed by the ministry and officers
      const [{ id: old }] = await svc.dataSource.query(
        `INSERT INTO programs (provider_name, title, region_code, kbji_code, competency_units, duration_days, capacity, provider_id)
         VALUES ('BLK Lama', 'Las', '33.73', '7212', '{F.000000.000.00}', 30, 12, (SELECT provider_id FROM programs WHERE id = $1)) RETURNING id`,
        [p.id],
      );
      expect(code(await client.createBatch({ programId: old, batch: batchBody() }, partnerA).catch((e) => e))).toBe(status.NOT_FOUND);
      expect((await client.createBatch({ programId: old, batch: batchBody() }, ministry)).capacity).toBe(12);
      expect(
        code(await client.createBatch({ programId: '00000000-0000-4000-8000-000000000000', batch: batchBody() }, ministry).catch((e) => e)),
      ).toBe(status.NOT_FOUND);
    });

    it("schedules a batch with the program's region and capacity, publishes it without personal data, idempotently per caller", async () => {
      const program = await client.createProgram({ program: programBody() }, partnerA);
      const key = `b-${uniqueSuffix()}`;
      const b = await client.createBatch(
        { programId: program.id, batch: batchBody({ mode: 'BATCH_MODE_ONLINE' }), requestId: key },
        partnerA,
      );
      expect(b).toMatchObject({
        programId: program.id,
        regionCode: '33.73',
        capacity: 16,
        mode: 'BATCH_MODE_ONLINE',
        state: 'BATCH_STATE_PLANNED',
        acceptedCount: 0,
        cancelReason: '',
        startDate: day(10),
        endDate: day(50),
        registrationOpens: day(0),
        registrationCloses: day(5),
        programTitle: 'Junior Web Developer',
      });
      expect(await client.getBatch({ id: b.id }, partnerB)).toEqual(b);
      expect((await client.createBatch({ programId: program.id, batch: batchBody(), requestId: key }, partnerA)).id).toBe(b.id);
      expect((await client.createBatch({ programId: program.id, batch: batchBody({ capacity: 8 }) }, partnerA)).capacity).toBe(8);
      const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === b.id), { what: 'batch event on Kafka' });
      expect(msg).toMatchObject({ topic: 'siapkerja.training.batch.v1', key: b.id });
      expect(msg.value).toMatchObject({
        type: 'siapkerja.training.batch.scheduled',
        regioncode: '33.73',
        data: {
          batchId: b.id,
          programId: program.id,
          programTitle: 'Junior Web Developer',
          kbjiCode: '2512',
          regionCode: '33.73',
          state: 'PLANNED',
          fromState: '',
          capacity: 16,
          mode: 'ONLINE',
          startDate: day(10),
        },
      });
    });

    it('refuses bad dates, capacity and mode naming each field, and an unknown program as NOT_FOUND', async () => {
      const program = await client.createProgram({ program: programBody() }, partnerA);
      const e1 = await client
        .createBatch(
          {
            programId: program.id,
            batch: {
              startDate: '2026-02-30',
              endDate: 'x',
              registrationOpens: day(0),
              registrationCloses: day(1),
              mode: 'BATCH_MODE_UNSPECIFIED',
            },
          },
          partnerA,
        )
        .catch((e) => e);
      expect(code(e1)).toBe(status.INVALID_ARGUMENT);
      expect(fields(e1)).toEqual(['startDate', 'endDate']);
      const e2 = await client
        .createBatch(
          {
            programId: program.id,
            batch: batchBody({ endDate: day(9), registrationCloses: day(10), capacity: 1001, mode: 'BATCH_MODE_UNSPECIFIED' }),
          },
          partnerA,
        )
        .catch((e) => e);
      expect(fields(e2)).toEqual(['endDate', 'registrationCloses', 'capacity', 'mode']);
      const e3 = await client
        .createBatch({ programId: program.id, batch: batchBody({ registrationOpens: day(-9), registrationCloses: day(-1) }) }, partnerA)
        .catch((e) => e);
      expect(fields(e3)).toEqual(['registrationCloses']);
      const e4 = await client
        .createBatch({ programId: program.id, batch: batchBody({ registrationOpens: day(6) }) }, partnerA)
        .catch((e) => e);
      expect(fields(e4)).toEqual(['registrationOpens']);
      expect(code(await client.getBatch({ id: 'nope' }).catch((e) => e))).toBe(status.NOT_FOUND);
    });

    it('moves a batch PLANNED -> OPEN -> RUNNING -> FINISHED, cancels from PLANNED or OPEN with a reason, refuses the rest (409), one event each', async () => {
      const program = await client.createProgram({ program: programBody() }, partnerA);
      const b = await client.createBatch({ programId: program.id, batch: batchBody() }, partnerA);
      const move = (id: string, toState: string, caller = partnerA, reason = '') =>
        client.transitionBatch({ id, toState: toState as trainingV1.BatchState, reason }, caller);
      const illegal = await move(b.id, 'BATCH_STATE_RUNNING').catch((e) => e);
      expect(code(illegal)).toBe(status.FAILED_PRECONDITION);
      expect(illegal.details).toMatch(/PLANNED: it cannot become RUNNING \(it can become OPEN, CANCELLED\)/);
      expect(code(await move(b.id, 'BATCH_STATE_OPEN', partnerB).catch((e) => e))).toBe(status.NOT_FOUND);
      expect(code(await move(b.id, 'BATCH_STATE_PLANNED').catch((e) => e))).toBe(status.INVALID_ARGUMENT);
      expect((await move(b.id, 'BATCH_STATE_OPEN')).state).toBe('BATCH_STATE_OPEN');
      expect((await move(b.id, 'BATCH_STATE_RUNNING', officer3373)).state).toBe('BATCH_STATE_RUNNING');
      expect(code(await move(b.id, 'BATCH_STATE_CANCELLED', partnerA, 'hujan').catch((e) => e))).toBe(status.FAILED_PRECONDITION);
      expect((await move(b.id, 'BATCH_STATE_FINISHED')).state).toBe('BATCH_STATE_FINISHED');
      expect((await move(b.id, 'BATCH_STATE_OPEN').catch((e) => e)).details).toMatch(/FINISHED: it cannot become OPEN \(it is final\)/);

      const c = await client.createBatch({ programId: program.id, batch: batchBody() }, partnerA);
      expect(fields(await move(c.id, 'BATCH_STATE_CANCELLED').catch((e) => e))).toEqual(['reason']);
      const cancelled = await move(c.id, 'BATCH_STATE_CANCELLED', ministry, 'Instruktur berhalangan');
      expect(cancelled).toMatchObject({ state: 'BATCH_STATE_CANCELLED', cancelReason: 'Instruktur berhalangan' });
      // a cancelled batch stays readable
      expect((await client.getBatch({ id: c.id })).state).toBe('BATCH_STATE_CANCELLED');

      const types = await waitFor(
        async () => {
          const t = topic.messages
            .filter((m) => m.value.subject === b.id)
            .map((m) => [m.value.type, m.value.data.fromState, m.value.data.state]);
          return t.length === 4 ? t : undefined;
        },
        { what: 'four batch events' },
      );
      expect(types).toEqual([
        ['siapkerja.training.batch.scheduled', '', 'PLANNED'],
        ['siapkerja.training.batch.opened', 'PLANNED', 'OPEN'],
        ['siapkerja.training.batch.started', 'OPEN', 'RUNNING'],
        ['siapkerja.training.batch.completed', 'RUNNING', 'FINISHED'],
      ]);
      const cancelEvent = await waitFor(
        async () => topic.messages.find((m) => m.value.subject === c.id && m.value.type === 'siapkerja.training.batch.cancelled'),
        { what: 'cancel event' },
      );
      expect(JSON.stringify(cancelEvent.value)).not.toContain('Instruktur berhalangan');
    });

    it("lists a program's batches by start date in cursor pages, filtered by state", async () => {
      const program = await client.createProgram({ program: programBody() }, partnerA);
      const late = await client.createBatch(
        { programId: program.id, batch: batchBody({ startDate: day(30), endDate: day(60) }) },
        partnerA,
      );
      const early = await client.createBatch({ programId: program.id, batch: batchBody() }, partnerA);
      await client.transitionBatch({ id: late.id, toState: 'BATCH_STATE_OPEN' }, partnerA);
      const p1 = await client.listBatches({ programId: program.id, pageSize: 1 }, partnerB);
      expect(p1.batches.map((b) => b.id)).toEqual([early.id]);
      const p2 = await client.listBatches({ programId: program.id, pageSize: 1, pageToken: p1.nextPageToken }, partnerB);
      expect(p2.batches.map((b) => b.id)).toEqual([late.id]);
      expect(p2.nextPageToken).toBe('');
      expect((await client.listBatches({ programId: program.id, state: 'BATCH_STATE_OPEN' })).batches.map((b) => b.id)).toEqual([late.id]);
      expect(
        code(await client.listBatches({ programId: program.id, state: 'BATCH_STATE_OPEN', pageToken: p1.nextPageToken }).catch((e) => e)),
      ).toBe(status.INVALID_ARGUMENT);
      expect(code(await client.listBatches({ programId: '00000000-0000-4000-8000-000000000000' }).catch((e) => e))).toBe(status.NOT_FOUND);
    });
  });

  describe('enrolments', () => {
    it('enrols a person registered by a partner (person id = keyed hash of the NIK), only in an OPEN batch inside its window', async () => {
      const { batch, program } = await openBatch();
      const p = person('1999-12-31', 2);
      const e = await enrol(batch.id, p, partnerA);
      expect(e).toMatchObject({
        batchId: batch.id,
        programId: program.id,
        personId: p.personId,
        // the registering partner reads the NIK masked and the birth date reduced to its year
        nik: `${p.nik.slice(0, 4)}********${p.nik.slice(12)}`,
        name: 'Siti Rahayu',
        birthDate: '1999',
        personalDataMasked: true,
        sex: 'SEX_FEMALE',
        state: 'ENROLMENT_STATE_REGISTERED',
        registrant: 'PARTNER',
        registeredBy: 'pa',
        regionCode: '33.73',
        programTitle: 'Junior Web Developer',
        batchStartDate: day(10),
        batchEndDate: day(50),
        eraseTime: '',
      });
      expect(e.history).toEqual([
        expect.objectContaining({
          fromState: 'ENROLMENT_STATE_UNSPECIFIED',
          toState: 'ENROLMENT_STATE_REGISTERED',
          actor: 'pa',
          actorSide: 'REGISTRANT',
        }),
      ]);
      const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === e.id), { what: 'enrolment event on Kafka' });
      expect(msg).toMatchObject({ topic: 'siapkerja.training.enrolment.v1', key: e.id });
      expect(msg.value.data).toEqual({
        enrolmentId: e.id,
        batchId: batch.id,
        programId: program.id,
        personId: p.personId,
        regionCode: '33.73',
        sex: 2,
        ageBand: expect.stringMatching(/^(20-29)$/),
        registrant: 'PARTNER',
        fromState: '',
        state: 'REGISTERED',
        actorSide: 'REGISTRANT',
        occurredAt: expect.any(String),
      });
      for (const personal of [p.nik, 'Siti Rahayu', '1999-12-31', '311299']) expect(JSON.stringify(msg.value)).not.toContain(personal);

      const scheduled = await client.createBatch({ programId: program.id, batch: batchBody() }, partnerA);
      expect((await enrol(scheduled.id, person(), partnerA).catch((e) => e)).details).toMatch(
        /PLANNED: enrolments are taken only while it is OPEN/,
      );
      const later = await client.createBatch({ programId: program.id, batch: batchBody({ registrationOpens: day(2) }) }, partnerA);
      await client.transitionBatch({ id: later.id, toState: 'BATCH_STATE_OPEN' }, partnerA);
      const early = await enrol(later.id, person(), partnerA).catch((e) => e);
      expect(code(early)).toBe(status.FAILED_PRECONDITION);
      expect(early.details).toMatch(new RegExp(`runs from ${day(2)} to ${day(5)}`));
      expect(code(await enrol('00000000-0000-4000-8000-000000000000', person(), partnerA).catch((e) => e))).toBe(status.NOT_FOUND);
    });

    it('returns every enrolment as the caller may see it: NIK and birth date in clear only to the person, officers of the region and the ministry', async () => {
      const { batch } = await openBatch(0, provider);
      const p = person('1999-12-31', 2);
      const e = await enrol(batch.id, p, partnerA);
      const masked = { nik: `${p.nik.slice(0, 4)}********${p.nik.slice(12)}`, birthDate: '1999', personalDataMasked: true };
      const clear = { nik: p.nik, birthDate: '1999-12-31', personalDataMasked: false };
      const pick = (x: trainingV1.Enrolment__Output) => ({ nik: x.nik, birthDate: x.birthDate, personalDataMasked: x.personalDataMasked });
      expect(pick(e)).toEqual(masked);
      for (const who of [partnerA, provider]) {
        expect(pick(await client.getEnrolment({ id: e.id }, who))).toEqual(masked);
        const listed = (await client.listEnrolments({ batchId: batch.id }, who)).enrolments.find((x) => x.id === e.id)!;
        expect(pick(listed)).toEqual(masked);
      }
      for (const who of [personCaller(p.personId), officer3373, province33, ministry]) {
        expect(pick(await client.getEnrolment({ id: e.id }, who))).toEqual(clear);
        const listed = (await client.listEnrolments({ batchId: batch.id }, who)).enrolments.find((x) => x.id === e.id)!;
        expect(pick(listed)).toEqual(clear);
      }
      // a move answers with the view for who moved it: the program's owner reads it masked, the person in clear
      const accepted = await client.transitionEnrolment({ id: e.id, toState: 'ENROLMENT_STATE_ACCEPTED', note: '' }, provider);
      expect(pick(accepted)).toEqual(masked);
      const withdrawn = await client.transitionEnrolment(
        { id: e.id, toState: 'ENROLMENT_STATE_WITHDRAWN', note: '' },
        personCaller(p.personId),
      );
      expect(pick(withdrawn)).toEqual(clear);
    });

    it('logs every read answered unmasked with its actor and purpose (stated, or implied by the read), never a masked one', async () => {
      const { batch } = await openBatch();
      const p = person('1997-02-03');
      const logged = () => accessLog.records.splice(0).map((r) => ({ id: r.resourceId, who: r.actor?.sub, purpose: r.purpose }));
      accessLog.records.splice(0);
      // the person enrolling himself makes his own request; the ministry registering someone places him
      const e = await enrol(batch.id, p, personCaller(p.personId));
      expect(accessLog.records[0]).toMatchObject({
        resourceType: 'training-enrolment',
        resourceId: e.id,
        fields: ['nik', 'birthDate'],
        subjectPersonId: p.personId,
        purpose: 'DATA_SUBJECT_REQUEST',
        actor: { sub: expect.stringMatching(/^acc-/), roles: ['JOB_SEEKER'], clientId: '', regionCode: '' },
      });
      logged();
      const other = await enrol(batch.id, person('1996-05-06'), ministry);
      expect(logged()).toEqual([{ id: other.id, who: 'min', purpose: 'PLACEMENT_SERVICE' }]);
      // masked answers (the registering partner, the program's owner) are not logged
      await enrol(batch.id, person('1995-07-08'), partnerA);
      await client.getEnrolment({ id: e.id }, partnerA);
      expect(logged()).toEqual([]);
      // reads: the purpose stated, else the person's own request or supervision
      await client.getEnrolment({ id: e.id }, as({ sub: 'min', roles: ['MINISTRY_ADMIN'], purpose: ' statistics ' }));
      await client.getEnrolment({ id: e.id }, personCaller(p.personId));
      await client.getEnrolment({ id: e.id }, ministry);
      expect(logged()).toEqual([
        { id: e.id, who: 'min', purpose: 'STATISTICS' },
        { id: e.id, who: expect.stringMatching(/^acc-/), purpose: 'DATA_SUBJECT_REQUEST' },
        { id: e.id, who: 'min', purpose: 'SUPERVISION' },
      ]);
      const page = await client.listEnrolments({ batchId: batch.id }, officer3373);
      expect(logged().map((r) => r.purpose)).toEqual(page.enrolments.map(() => 'SUPERVISION'));
      // a write logs its answer under the purpose it states, or as a placement; scores and outcomes as a placement
      await client.transitionEnrolment({ id: other.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, ministry);
      await client.recordSelectionScores({ enrolmentId: other.id, screeningScore: 80 }, officer3373);
      expect(logged()).toEqual([
        { id: other.id, who: 'min', purpose: 'PLACEMENT_SERVICE' },
        { id: other.id, who: 'off-3373', purpose: 'PLACEMENT_SERVICE' },
      ]);
      // a read that cannot be logged is not served
      accessLog.down = true;
      try {
        expect(code(await client.getEnrolment({ id: e.id }, ministry).catch((x) => x))).toBe(status.UNAVAILABLE);
        expect((await client.getEnrolment({ id: e.id }, partnerA)).personalDataMasked).toBe(true);
      } finally {
        accessLog.down = false;
      }
    });

    it('checks X-Purpose before reading (an officer states one; an unknown one is refused, naming the header)', async () => {
      const { batch } = await openBatch();
      const e = await enrol(batch.id, person('1994-09-10'), partnerA);
      const bare = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
      for (const read of [
        () => client.getEnrolment({ id: e.id }, bare),
        () => client.listEnrolments({ batchId: batch.id }, bare),
        () => client.getEnrolment({ id: '00000000-0000-4000-8000-000000000000' }, bare),
      ]) {
        const err = await read().catch((x) => x);
        expect(code(err)).toBe(status.INVALID_ARGUMENT);
        expect(fields(err)).toEqual(['X-Purpose']);
      }
      const wrong = await client
        .getEnrolment({ id: e.id }, as({ sub: 'p', roles: ['PARTNER'], clientId: 'pa', purpose: 'MARKETING' }))
        .catch((x) => x);
      expect(code(wrong)).toBe(status.INVALID_ARGUMENT);
      expect(fields(wrong)).toEqual(['X-Purpose']);
      // a write states one only if it likes: an officer moves without it
      expect((await client.transitionEnrolment({ id: e.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, bare)).state).toBe(
        'ENROLMENT_STATE_ACCEPTED',
      );
    });

    it('lets a token without training:write enrol only a person himself', async () => {
      const { batch } = await openBatch();
      const reader = {
        metadata: { 'x-caller': JSON.stringify({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa', scopes: ['training:read'] }) },
      };
      const err = await enrol(batch.id, person('1993-11-12'), reader).catch((x) => x);
      expect(code(err)).toBe(status.PERMISSION_DENIED);
      expect(err.details).toBe('The token lacks the scope training:write');
      const p = person('1993-11-13');
      expect((await enrol(batch.id, p, personCaller(p.personId))).registrant).toBe('SELF');
    });

    it('refuses a NIK that does not agree with the birth date, naming the fields', async () => {
      const { batch } = await openBatch();
      const p = person('1998-04-12');
      const bad = await client
        .createEnrolment({ batchId: batch.id, nik: p.nik, name: ' ', birthDate: '1998-04-13' }, partnerA)
        .catch((e) => e);
      expect(code(bad)).toBe(status.INVALID_ARGUMENT);
      expect(fields(bad)).toEqual(['name', 'nik']);
      expect(
        fields(await client.createEnrolment({ batchId: 'x', nik: '0000', name: 'A', birthDate: '1998-02-30' }, partnerA).catch((e) => e)),
      ).toEqual(['batchId', 'birthDate', 'nik']);
    });

    it('one enrolment per person and batch: the same request id replays, any other request is ALREADY_EXISTS naming the id only to who may see it', async () => {
      const { batch } = await openBatch();
      const p = person();
      const key = `e-${uniqueSuffix()}`;
      const first = await enrol(batch.id, p, partnerA, key);
      expect((await enrol(batch.id, p, partnerA, key)).id).toBe(first.id);
      const again = await enrol(batch.id, p, partnerA).catch((e) => e);
      expect(code(again)).toBe(status.ALREADY_EXISTS);
      expect(again.details).toContain(first.id);
      // partner B learns the person is enrolled (it knows his NIK), never the id of partner A's enrolment; the same key is B's own
      for (const requestId of ['', key]) {
        const b = await enrol(batch.id, p, partnerB, requestId).catch((e) => e);
        expect(code(b)).toBe(status.ALREADY_EXISTS);
        expect(b.details).not.toContain(first.id);
      }
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE batch_id = $1`, [batch.id]);
      expect(n).toBe(1);
    });

    it('races: concurrent enrolments of one person make one enrolment; the same request id concurrently returns that one', async () => {
      const { batch } = await openBatch();
      const p = person();
      const results = await Promise.all(
        Array.from({ length: 6 }, () =>
          enrol(batch.id, p, partnerA).then(
            (e) => e.id,
            (e) => code(e),
          ),
        ),
      );
      expect(results.filter((r) => typeof r === 'string')).toHaveLength(1);
      expect(results.filter((r) => r === status.ALREADY_EXISTS)).toHaveLength(5);
      const q = person();
      const key = `race-${uniqueSuffix()}`;
      const same = await Promise.all(Array.from({ length: 6 }, () => enrol(batch.id, q, partnerA, key)));
      expect(new Set(same.map((e) => e.id)).size).toBe(1);
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [same[0].id]);
      expect(n).toBe(1);
    });

    it('lets a person enrol himself only with the NIK of his own account', async () => {
      const { batch } = await openBatch();
      const me = person('2000-01-15');
      const mine = await enrol(batch.id, me, personCaller(me.personId));
      expect(mine).toMatchObject({
        registrant: 'SELF',
        personId: me.personId,
        history: [expect.objectContaining({ actorSide: 'PERSON' })],
      });
      const someone = person();
      expect(code(await enrol(batch.id, someone, personCaller(me.personId)).catch((e) => e))).toBe(status.PERMISSION_DENIED);
      expect(code(await enrol(batch.id, someone, as({ sub: 'acc-nobody', roles: ['JOB_SEEKER'] })).catch((e) => e))).toBe(
        status.PERMISSION_DENIED,
      );
      expect(code(await enrol(batch.id, someone, as({ sub: 'emp', roles: ['EMPLOYER'] })).catch((e) => e))).toBe(status.PERMISSION_DENIED);
      expect(code(await enrol(batch.id, someone, officer3374).catch((e) => e))).toBe(status.PERMISSION_DENIED);
      expect((await enrol(batch.id, someone, officer3373)).registrant).toBe('OFFICER');
    });

    it('shows an enrolment to the registering partner, the person, the program owner, officers of the region and the ministry; NOT_FOUND to anyone else', async () => {
      const { batch } = await openBatch(0, provider);
      const p = person();
      const e = await enrol(batch.id, p, partnerA);
      for (const who of [partnerA, personCaller(p.personId), provider, officer3373, province33, ministry]) {
        expect((await client.getEnrolment({ id: e.id }, who)).id).toBe(e.id);
      }
      const strangers = [
        partnerB,
        otherProvider,
        officer3374,
        personCaller(person().personId),
        as({ sub: 'acc-x', roles: ['JOB_SEEKER'] }),
        as({ sub: 'lsp', roles: ['LSP'] }),
      ];
      for (const who of strangers) {
        const err = await client.getEnrolment({ id: e.id }, who).catch((x) => x);
        expect(code(err)).toBe(status.NOT_FOUND);
        // the same answer as for an id that does not exist
        expect(err.details).toBe(`Enrolment ${e.id} was not found`);
        for (const toState of ['ENROLMENT_STATE_ACCEPTED', 'ENROLMENT_STATE_WITHDRAWN'] as const) {
          expect(code(await client.transitionEnrolment({ id: e.id, toState }, who).catch((x) => x))).toBe(status.NOT_FOUND);
        }
      }
      expect(code(await client.getEnrolment({ id: '00000000-0000-4000-8000-000000000000' }, ministry).catch((x) => x))).toBe(
        status.NOT_FOUND,
      );

      // listing the batch: the provider side sees all, a partner what it registered, a person his own, others nothing
      const q = person();
      const byB = await enrol(batch.id, q, partnerB);
      const mine = await enrol(batch.id, person(), partnerA);
      const ids = async (caller: ReturnType<typeof as>) =>
        (await client.listEnrolments({ batchId: batch.id }, caller)).enrolments.map((x) => x.id).sort();
      expect(await ids(provider)).toEqual([e.id, byB.id, mine.id].sort());
      expect(await ids(officer3373)).toEqual([e.id, byB.id, mine.id].sort());
      expect(await ids(partnerA)).toEqual([e.id, mine.id].sort());
      expect(await ids(partnerB)).toEqual([byB.id]);
      expect(await ids(personCaller(q.personId))).toEqual([byB.id]);
      expect(await ids(officer3374)).toEqual([]);
      expect(await ids(otherProvider)).toEqual([]);
      expect(code(await client.listEnrolments({ batchId: '00000000-0000-4000-8000-000000000000' }, partnerA).catch((x) => x))).toBe(
        status.NOT_FOUND,
      );
    });

    it('REGISTERED -> ACCEPTED | REJECTED by the provider side, WITHDRAWN by the person or who registered him; illegal moves 409', async () => {
      const { batch } = await openBatch(0, provider);
      const p = person();
      const e = await enrol(batch.id, p, partnerA);
      const move = (id: string, toState: string, caller: ReturnType<typeof as>, note = '') =>
        client.transitionEnrolment({ id, toState: toState as trainingV1.EnrolmentState, note }, caller);
      // the registering partner and the person see it but do not select; the provider does not withdraw
      expect(code(await move(e.id, 'ENROLMENT_STATE_ACCEPTED', partnerA).catch((x) => x))).toBe(status.PERMISSION_DENIED);
      expect(code(await move(e.id, 'ENROLMENT_STATE_ACCEPTED', personCaller(p.personId)).catch((x) => x))).toBe(status.PERMISSION_DENIED);
      expect(code(await move(e.id, 'ENROLMENT_STATE_WITHDRAWN', provider).catch((x) => x))).toBe(status.PERMISSION_DENIED);
      expect(code(await move(e.id, 'ENROLMENT_STATE_REGISTERED', provider).catch((x) => x))).toBe(status.INVALID_ARGUMENT);
      const accepted = await move(e.id, 'ENROLMENT_STATE_ACCEPTED', provider, 'lulus seleksi');
      expect(accepted.state).toBe('ENROLMENT_STATE_ACCEPTED');
      expect((await client.getBatch({ id: batch.id })).acceptedCount).toBe(1);
      const twice = await move(e.id, 'ENROLMENT_STATE_REJECTED', provider).catch((x) => x);
      expect(code(twice)).toBe(status.FAILED_PRECONDITION);
      expect(twice.details).toMatch(/ACCEPTED: it cannot become REJECTED \(it can become WITHDRAWN\)/);
      const withdrawn = await move(e.id, 'ENROLMENT_STATE_WITHDRAWN', personCaller(p.personId), 'sudah bekerja');
      expect(withdrawn.state).toBe('ENROLMENT_STATE_WITHDRAWN');
      expect(withdrawn.history.map((h) => [h.toState, h.actorSide, h.note])).toEqual([
        ['ENROLMENT_STATE_REGISTERED', 'REGISTRANT', ''],
        ['ENROLMENT_STATE_ACCEPTED', 'PROVIDER', 'lulus seleksi'],
        ['ENROLMENT_STATE_WITHDRAWN', 'PERSON', 'sudah bekerja'],
      ]);
      // the seat is free again
      expect((await client.getBatch({ id: batch.id })).acceptedCount).toBe(0);
      expect((await move(e.id, 'ENROLMENT_STATE_WITHDRAWN', partnerA).catch((x) => x)).details).toMatch(
        /WITHDRAWN: it cannot become WITHDRAWN \(it is final\)/,
      );

      const r = await enrol(batch.id, person(), partnerA);
      expect((await move(r.id, 'ENROLMENT_STATE_REJECTED', officer3373)).state).toBe('ENROLMENT_STATE_REJECTED');
      const w = await enrol(batch.id, person(), partnerA);
      expect((await move(w.id, 'ENROLMENT_STATE_WITHDRAWN', partnerA)).history[1]).toMatchObject({ actor: 'pa', actorSide: 'REGISTRANT' });
      // selection only while the batch is OPEN
      const late = await enrol(batch.id, person(), partnerA);
      await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_RUNNING' }, provider);
      expect((await move(late.id, 'ENROLMENT_STATE_ACCEPTED', provider).catch((x) => x)).details).toMatch(
        /RUNNING: participants are selected only while it is OPEN/,
      );
      const events = await waitFor(
        async () => {
          const t = topic.messages
            .filter((m) => m.value.subject === e.id)
            .map((m) => [m.value.type, m.value.data.state, m.value.data.actorSide]);
          return t.length === 3 ? t : undefined;
        },
        { what: 'three enrolment events' },
      );
      expect(events).toEqual([
        ['siapkerja.training.enrolment.registered', 'REGISTERED', 'REGISTRANT'],
        ['siapkerja.training.enrolment.transitioned', 'ACCEPTED', 'PROVIDER'],
        ['siapkerja.training.enrolment.transitioned', 'WITHDRAWN', 'PERSON'],
      ]);
    });

    it("never accepts more than the batch's capacity, also when acceptances race: the rest are waitlisted in order, and a withdrawal promotes the first", async () => {
      // issue 11: an acceptance beyond the seats waitlists the enrolment instead of refusing it
      const { batch } = await openBatch(3);
      const es = [];
      for (let i = 0; i < 8; i++) es.push(await enrol(batch.id, person(), partnerB));
      const states = await Promise.all(
        es.map((e) => client.transitionEnrolment({ id: e.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, partnerA).then((x) => x.state)),
      );
      expect(states.filter((o) => o === 'ENROLMENT_STATE_ACCEPTED')).toHaveLength(3);
      expect(states.filter((o) => o === 'ENROLMENT_STATE_WAITLISTED')).toHaveLength(5);
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM enrolments WHERE batch_id = $1 AND state = 'ACCEPTED'`, [
        batch.id,
      ]);
      expect(n).toBe(3);
      expect(await client.getBatch({ id: batch.id })).toMatchObject({ acceptedCount: 3, waitlistedCount: 5 });
      const waiting = await Promise.all(
        es.filter((_, i) => states[i] === 'ENROLMENT_STATE_WAITLISTED').map((e) => client.getEnrolment({ id: e.id }, partnerA)),
      );
      const first = waiting.find((w) => w.waitlistPosition === 1)!;
      expect(waiting.map((w) => w.waitlistPosition).sort()).toEqual([1, 2, 3, 4, 5]);
      const full = await client
        .transitionEnrolment({ id: waiting.find((w) => w.waitlistPosition === 2)!.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, partnerA)
        .catch((x) => x);
      expect(full.details).toMatch(/has 3 seats and all are taken/);
      // a withdrawal frees a seat, which the first on the waitlist takes in the same transaction
      await client.transitionEnrolment(
        { id: es[states.indexOf('ENROLMENT_STATE_ACCEPTED')].id, toState: 'ENROLMENT_STATE_WITHDRAWN' },
        partnerB,
      );
      expect((await client.getEnrolment({ id: first.id }, partnerA)).state).toBe('ENROLMENT_STATE_ACCEPTED');
      expect(await client.getBatch({ id: batch.id })).toMatchObject({ acceptedCount: 3, waitlistedCount: 4 });
    });

    it('keeps the rules in the database too: dates in order, seats within the capacity, one enrolment per person and batch, a NIK', async () => {
      const { batch, program } = await openBatch(2);
      const bad = (sql: string, params: unknown[]) =>
        svc.dataSource.query(sql, params).then(
          () => 'ok',
          (e) => e.driverError?.code ?? e.code,
        );
      const insertBatch = `INSERT INTO batches (program_id, provider_id, start_date, end_date, registration_opens, registration_closes, capacity, region_code, mode, state, created_by) VALUES ($1, (SELECT provider_id FROM programs WHERE id = $1), $2, $3, $4, $5, 4, '33.73', 'OFFLINE', 'PLANNED', 't')`;
      expect(await bad(insertBatch, [program.id, day(10), day(9), day(0), day(5)])).toBe('23514');
      expect(await bad(insertBatch, [program.id, day(10), day(20), day(0), day(10)])).toBe('23514');
      expect(await bad(`UPDATE batches SET accepted_count = 3 WHERE id = $1`, [batch.id])).toBe('23514');
      const e = await enrol(batch.id, person(), partnerA);
      expect(
        await bad(
          `INSERT INTO enrolments (batch_id, program_id, provider_id, person_id, nik, name, birth_date, sex, region_code, state, registrant, registered_by) SELECT batch_id, program_id, provider_id, person_id, '3373011204980001', name, birth_date, sex, region_code, state, registrant, registered_by FROM enrolments WHERE id = $1`,
          [e.id],
        ),
      ).toBe('23505');
      expect(await bad(`UPDATE enrolments SET nik = 'X123456789abcdef' WHERE id = $1`, [e.id])).toBe('23514');
    });
  });
});
