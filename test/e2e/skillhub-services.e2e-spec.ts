import { status } from '@grpc/grpc-js';
import { TrainingCompleted, ProgramPublished, type trainingV1 } from '@siapkerja/contracts';
import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { collectTopic, createTestDatabase, serviceTestEnv, TEST_PERSON_SECRET, testNik, uniqueSuffix, waitFor } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { identityService } from '../../services/identity/src/identity.module';
import { trainingService } from '../../services/training/src/training.module';

// the caller as the gateway signs it: with its token's scopes (a person's token reads and enrols himself only)
const as = (c: Record<string, unknown>) => ({
  metadata: {
    'x-caller': JSON.stringify({
      scopes: (c.roles as string[]).includes('JOB_SEEKER') ? ['training:read'] : ['training:read', 'training:write'],
      ...c,
    }),
  },
});
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
const personCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 12)}`, roles: ['JOB_SEEKER'], personId });
const code = (e: unknown) => (e as { code: number }).code;
const violations = (e: unknown): { field: string; description: string }[] =>
  JSON.parse(String((e as { metadata: { get(k: string): unknown[] } }).metadata.get('x-field-violations')[0]));
const fields = (e: unknown) => violations(e).map((f) => f.field);
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/**
 * Skillhub complete (issue 11) against the real training service and the real certification service: providers and who
 * acts for them, the program catalogue, batches with sessions, eligibility, selection, attendance, outcomes and the
 * person's own view.
 */
describe('training: Skillhub providers, catalogue, selection, attendance and outcomes (real PostgreSQL, Kafka, gRPC)', () => {
  let cert: RunningService;
  let identitySvc: RunningService;
  let svc: RunningService;
  let client: ServiceClient<'training'>;
  let certClient: ServiceClient<'certification'>;
  const drops: (() => Promise<void>)[] = [];
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const identity = new PersonIdentity(TEST_PERSON_SECRET);
  let blk: trainingV1.TrainingProvider;
  let lpk: trainingV1.TrainingProvider;
  let asBlk: ReturnType<typeof as>;
  let asLpk: ReturnType<typeof as>;
  let schemeId: string;

  beforeAll(async () => {
    const certDb = await createTestDatabase('training_sh_cert');
    drops.push(certDb.drop);
    cert = await startService(certificationService, serviceTestEnv(certDb.url));
    const db = await createTestDatabase('training_skillhub');
    drops.push(db.drop);
    topic = await collectTopic([TrainingCompleted.topic, ProgramPublished.topic]);
    // identity keeps the access log of the enrolments training answers unmasked
    const identityDb = await createTestDatabase('training_sh_identity');
    drops.push(identityDb.drop);
    identitySvc = await startService(identityService, serviceTestEnv(identityDb.url));
    svc = await startService(
      trainingService,
      serviceTestEnv(db.url, {
        CERTIFICATION_GRPC_URL: `127.0.0.1:${cert.grpcPort}`,
        IDENTITY_GRPC_URL: `127.0.0.1:${identitySvc.grpcPort}`,
      }),
    );
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
    certClient = createServiceClient('certification', `127.0.0.1:${cert.grpcPort}`);
    // Sertihub: a licensed LSP (registered by BNSP) owns the scheme the program prepares for
    const caller = (c: Record<string, unknown>) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
    const lsp = await certClient.createLsp(
      {
        lsp: {
          name: 'LSP Teknologi Digital',
          lspType: 'LSP_TYPE_P1',
          licenceNumber: `BNSP-${uniqueSuffix()}`,
          licenceValidUntil: new Date(Date.now() + 365 * 86400_000).toISOString().slice(0, 10),
          regionCode: '33.74',
        },
      },
      caller({ sub: 'acc-bnsp', roles: ['BNSP'] }),
    );
    schemeId = (
      await certClient.createScheme(
        {
          scheme: {
            code: `SKM-JWD-${uniqueSuffix()}`,
            name: 'Junior Web Developer',
            schemeType: 'SCHEME_TYPE_KKNI',
            kkniLevel: 3,
            kbjiCode: '2512',
            competencyUnits: ['J.620100.001.01'],
          },
        },
        caller({ sub: 'client:lsp', roles: ['LSP'], clientId: 'lsp', organizationId: lsp.id }),
      )
    ).id;
  });
  afterAll(async () => {
    client?.close();
    certClient?.close();
    await topic?.stop();
    await svc?.stop();
    await cert?.stop();
    await identitySvc?.stop();
    for (const d of drops) await d();
  });

  const providerBody = (over: Partial<trainingV1.TrainingProvider> = {}): trainingV1.TrainingProvider => ({
    kind: 'PROVIDER_KIND_BLK_UPTD',
    name: 'BLK Kota Salatiga',
    regionCode: '33.73',
    contact: { email: 'blk@salatiga.go.id', phone: '0298321000', website: 'https://blk.salatiga.go.id' },
    ...over,
  });
  const programBody = (over: Partial<trainingV1.Program> = {}): trainingV1.Program => ({
    title: 'Junior Web Developer',
    description: 'Pelatihan pemrograman web berbasis kompetensi',
    regionCode: '33.73',
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01', 'J.620100.002.01'],
    durationDays: 40,
    durationHours: 240,
    capacity: 16,
    mode: 'PROGRAM_MODE_OFFLINE',
    ...over,
  });
  const person = (birthDate = '1998-04-12', sex: 1 | 2 = 1, regency = '3373') => {
    const nik = testNik(regency, birthDate, sex);
    return { nik, name: sex === 2 ? 'Siti Rahayu' : 'Budi Santoso', birthDate, personId: identity.personId(nik) };
  };
  const enrol = (batchId: string, p: ReturnType<typeof person>, caller: ReturnType<typeof as>, educationLevel = '') =>
    client.createEnrolment({ batchId, nik: p.nik, name: p.name, birthDate: p.birthDate, educationLevel }, caller);
  async function openBatch(
    caller: ReturnType<typeof as>,
    program: Partial<trainingV1.Program> = {},
    batch: Partial<trainingV1.Batch> = {},
  ) {
    const p = await client.createProgram({ program: programBody(program) }, caller);
    const b = await client.createBatch(
      {
        programId: p.id,
        batch: {
          startDate: day(10),
          endDate: day(12),
          registrationOpens: day(0),
          registrationCloses: day(5),
          mode: 'BATCH_MODE_OFFLINE',
          ...batch,
        },
      },
      caller,
    );
    await client.transitionBatch({ id: b.id, toState: 'BATCH_STATE_OPEN' }, caller);
    return { program: p, batch: b };
  }
  /** Simulates that the training began (the dates moved into the past) and starts it. */
  async function startTraining(batchId: string, caller: ReturnType<typeof as>) {
    await svc.dataSource.query(
      `UPDATE batches SET registration_opens = $2, registration_closes = $3, start_date = $4, end_date = $5 WHERE id = $1`,
      [batchId, day(-20), day(-15), day(-10), day(-8)],
    );
    await svc.dataSource.query(`UPDATE batch_sessions SET date = $2::date + (number - 1) WHERE batch_id = $1`, [batchId, day(-10)]);
    await client.transitionBatch({ id: batchId, toState: 'BATCH_STATE_RUNNING' }, caller);
  }

  it('registers providers (ministry anywhere, an officer in his region only), verifies them, lists them publicly', async () => {
    blk = await client.createTrainingProvider({ provider: providerBody(), requestId: `p-${uniqueSuffix()}` }, officer3373);
    expect(blk).toMatchObject({ kind: 'PROVIDER_KIND_BLK_UPTD', name: 'BLK Kota Salatiga', regionCode: '33.73', verified: false });
    lpk = await client.createTrainingProvider(
      { provider: providerBody({ kind: 'PROVIDER_KIND_LPK', name: 'LPK Cipta', regionCode: '33.74' }) },
      ministry,
    );
    expect(code(await client.createTrainingProvider({ provider: providerBody() }, officer3374).catch((e) => e))).toBe(
      status.PERMISSION_DENIED,
    );
    const bad = await client
      .createTrainingProvider(
        {
          provider: providerBody({ kind: 'PROVIDER_KIND_UNSPECIFIED', regionCode: '99.99', accreditation: { grade: 'Z', validUntil: '' } }),
        },
        ministry,
      )
      .catch((e) => e);
    expect(fields(bad)).toEqual(expect.arrayContaining(['kind', 'regionCode', 'accreditation.grade', 'accreditation.validUntil']));
    expect(
      code(
        await client
          .verifyTrainingProvider({ id: blk.id, accreditation: { grade: 'A', validUntil: '2028-12-31' } }, officer3374)
          .catch((e) => e),
      ),
    ).toBe(status.PERMISSION_DENIED);
    const verified = await client.verifyTrainingProvider(
      { id: blk.id, accreditation: { grade: 'A', validUntil: '2028-12-31' } },
      officer3373,
    );
    expect(verified).toMatchObject({ verified: true, accreditation: { grade: 'A', validUntil: '2028-12-31' } });
    const list = await client.listTrainingProviders({ regionCode: '33', kind: 'PROVIDER_KIND_BLK_UPTD' });
    expect(list.providers.map((p) => p.id)).toContain(blk.id);
    expect(list.providers.map((p) => p.id)).not.toContain(lpk.id);
    asBlk = as({ sub: 'client:blk', roles: ['TRAINING_PROVIDER'], clientId: 'blk-salatiga', organizationId: blk.id });
    asLpk = as({ sub: 'acc-lpk', roles: ['TRAINING_PROVIDER'], organizationId: lpk.id });
  });

  it("publishes a provider's catalogue: drafts hidden from others, the scheme checked in Sertihub, filters, update with a field mask, withdrawal as a tombstone", async () => {
    const unknownScheme = await client
      .createProgram({ program: programBody({ certificationSchemeId: '00000000-0000-4000-8000-000000000000' }) }, asBlk)
      .catch((e) => e);
    expect(fields(unknownScheme)).toEqual(['certificationSchemeId']);
    // another provider's id is not the caller's to use
    expect(code(await client.createProgram({ program: programBody({ providerId: lpk.id }) }, asBlk).catch((e) => e))).toBe(
      status.NOT_FOUND,
    );
    const draft = await client.createProgram(
      {
        program: programBody({
          title: 'Operator Komputer Perkantoran',
          kbjiCode: '4132',
          certificationSchemeId: schemeId,
          state: 'PROGRAM_STATE_DRAFT',
          costIdr: '0',
          eligibility: { minAge: 18, maxAge: 35, minEducation: 'SMA', sex: 0, residenceRegionCodes: ['33'], jobSeekerRequired: false },
        }),
      },
      asBlk,
    );
    expect(draft).toMatchObject({
      providerId: blk.id,
      providerKind: 'PROVIDER_KIND_BLK_UPTD',
      state: 'PROGRAM_STATE_DRAFT',
      certificationSchemeId: schemeId,
    });
    expect(draft.eligibility).toMatchObject({ minAge: 18, maxAge: 35, minEducation: 'SMA', residenceRegionCodes: ['33'] });
    expect(code(await client.getProgram({ id: draft.id }, asLpk).catch((e) => e))).toBe(status.NOT_FOUND);
    expect((await client.getProgram({ id: draft.id }, officer3373)).state).toBe('PROGRAM_STATE_DRAFT');
    expect((await client.listPrograms({ query: 'Perkantoran' })).programs).toEqual([]);
    expect((await client.listPrograms({ state: 'PROGRAM_STATE_DRAFT' }, asBlk)).programs.map((p) => p.id)).toEqual([draft.id]);
    expect((await client.listPrograms({ state: 'PROGRAM_STATE_DRAFT' }, asLpk)).programs).toEqual([]);

    // batches are public: none for a draft
    const draftBatch = client.createBatch(
      {
        programId: draft.id,
        batch: { startDate: day(10), endDate: day(12), registrationOpens: day(0), registrationCloses: day(5), mode: 'BATCH_MODE_OFFLINE' },
      },
      asBlk,
    );
    expect(code(await draftBatch.catch((e) => e))).toBe(status.FAILED_PRECONDITION);
    expect(code(await client.publishProgram({ id: draft.id }, asLpk).catch((e) => e))).toBe(status.NOT_FOUND);
    const published = await client.publishProgram({ id: draft.id }, asBlk);
    expect(published.state).toBe('PROGRAM_STATE_PUBLISHED');
    expect(code(await client.publishProgram({ id: draft.id }, asBlk).catch((e) => e))).toBe(status.FAILED_PRECONDITION);
    await waitFor(async () => topic.messages.find((m) => m.value.subject === draft.id && m.value.type === ProgramPublished.type), {
      what: 'published',
    });

    const hit = async (q: trainingV1.ListProgramsRequest) => (await client.listPrograms(q)).programs.map((p) => p.id);
    expect(await hit({ query: 'perkantoran' })).toEqual([draft.id]);
    expect(await hit({ kbjiCode: '41', query: 'Perkantoran' })).toEqual([draft.id]);
    expect(await hit({ kbjiCode: '25', query: 'Perkantoran' })).toEqual([]);
    expect(await hit({ providerId: blk.id, mode: 'PROGRAM_MODE_ONLINE' })).toEqual([]);
    expect(await hit({ providerId: blk.id, hasOpenBatch: true })).toEqual([]);
    const badList = await client.listPrograms({ kbjiCode: 'x', regionCode: '99' }).catch((e) => e);
    expect(fields(badList)).toEqual(['regionCode', 'kbjiCode']);

    const updated = await client.updateProgram(
      {
        program: { id: draft.id, title: 'Operator Komputer', durationDays: 1000, mode: 'PROGRAM_MODE_BLENDED' },
        updateMask: { paths: ['title', 'mode'] },
      },
      asBlk,
    );
    expect(updated).toMatchObject({ title: 'Operator Komputer', mode: 'PROGRAM_MODE_BLENDED', durationDays: 40 });
    expect(
      fields(await client.updateProgram({ program: { id: draft.id }, updateMask: { paths: ['provider_id'] } }, asBlk).catch((e) => e)),
    ).toEqual(['updateMask']);
    expect(
      fields(
        await client
          .updateProgram({ program: { id: draft.id, passingScore: 101 }, updateMask: { paths: ['passing_score'] } }, asBlk)
          .catch((e) => e),
      ),
    ).toEqual(['passingScore']);
    expect(
      code(await client.updateProgram({ program: { id: draft.id, title: 'x' }, updateMask: { paths: ['title'] } }, asLpk).catch((e) => e)),
    ).toBe(status.NOT_FOUND);

    const withdrawn = await client.withdrawProgram({ id: draft.id, reason: 'Kurikulum diganti' }, asBlk);
    expect(withdrawn.state).toBe('PROGRAM_STATE_WITHDRAWN');
    expect(await hit({ query: 'Operator Komputer' })).toEqual([]);
    expect(code(await client.withdrawProgram({ id: draft.id }, asBlk).catch((e) => e))).toBe(status.FAILED_PRECONDITION);
    const tomb = await waitFor(
      async () => topic.messages.find((m) => m.value.subject === draft.id && m.value.type === 'siapkerja.training.program.withdrawn'),
      { what: 'withdrawn' },
    );
    expect(tomb.value.data).toMatchObject({ programId: draft.id, regionCode: '33.73' });
  });

  it("keeps another provider out of a provider's batches (404) and an officer outside the region refused (403)", async () => {
    const { batch } = await openBatch(asBlk);
    expect(batch.providerId).toBe(blk.id);
    expect(batch.sessions.map((s) => s.number)).toEqual([1, 2, 3]);
    expect(code(await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_SELECTION' }, asLpk).catch((e) => e))).toBe(
      status.NOT_FOUND,
    );
    expect(code(await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_SELECTION' }, officer3374).catch((e) => e))).toBe(
      status.PERMISSION_DENIED,
    );
    expect(code(await enrol(batch.id, person(), asLpk).catch((e) => e))).toBe(status.NOT_FOUND);
    const e = await enrol(batch.id, person('1999-01-02'), asBlk);
    expect(code(await client.transitionEnrolment({ id: e.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, asLpk).catch((x) => x))).toBe(
      status.NOT_FOUND,
    );
    expect(
      code(await client.recordSelectionScores({ enrolmentId: e.id, screeningScore: 80, selectionScore: -1 }, asLpk).catch((x) => x)),
    ).toBe(status.NOT_FOUND);
    expect((await client.listEnrolments({ batchId: batch.id }, asLpk)).enrolments).toEqual([]);
    const scored = await client.recordSelectionScores({ enrolmentId: e.id, screeningScore: 80, selectionScore: 75 }, asBlk);
    expect(scored).toMatchObject({ screeningScore: 80, selectionScore: 75 });
    expect(scored.finalScore).toBeUndefined(); // unset until recorded
  });

  it('refuses a registration naming the failing eligibility rule, and registers an eligible person', async () => {
    const { batch } = await openBatch(asBlk, {
      eligibility: { minAge: 18, maxAge: 30, minEducation: 'SMK', sex: 2, residenceRegionCodes: ['33.73'], jobSeekerRequired: false },
    });
    const refusal = async (p: ReturnType<typeof person>, education: string) => {
      const err = await enrol(batch.id, p, asBlk, education).catch((x) => x);
      expect(code(err)).toBe(status.INVALID_ARGUMENT);
      return violations(err)[0];
    };
    expect((await refusal(person('2012-01-01', 2), 'SMK')).field).toBe('eligibility.minAge');
    expect((await refusal(person('1980-01-01', 2), 'SMK')).field).toBe('eligibility.maxAge');
    expect((await refusal(person('2000-01-01', 1), 'SMK')).field).toBe('eligibility.sex');
    expect(await refusal(person('2000-01-02', 2), 'SMA')).toMatchObject({
      field: 'eligibility.minEducation',
      description: expect.stringContaining('SMK'),
    });
    expect((await refusal(person('2000-01-03', 2, '3374'), 'SMK')).field).toBe('eligibility.residenceRegionCodes');
    const ok = await enrol(batch.id, person('2000-01-04', 2), asBlk, 'S1');
    expect(ok).toMatchObject({ state: 'ENROLMENT_STATE_REGISTERED', registrant: 'PROVIDER', educationLevel: 'S1', providerId: blk.id });

    const { batch: b2 } = await openBatch(asBlk, { eligibility: { jobSeekerRequired: true } });
    expect(violations(await enrol(b2.id, person('2000-01-05'), asBlk).catch((x) => x))[0].field).toBe('eligibility.jobSeekerRequired');
    // a registered job seeker (Karirhub's facts arrive as events) is eligible
    const js = person('2000-01-06');
    await svc.dataSource.query(
      `INSERT INTO job_seeker_facts (person_id, state, education_level, region_code) VALUES ($1, 'REGISTERED', 'SMA', '33.73')`,
      [js.personId],
    );
    expect((await enrol(b2.id, js, asBlk)).educationLevel).toBe('SMA');
  });

  it('cancelling a batch ends its open enrolments with the reason', async () => {
    const { batch } = await openBatch(asBlk, {}, { capacity: 1 });
    const a = await enrol(batch.id, person('1997-02-01'), asBlk);
    const w = await enrol(batch.id, person('1997-02-02'), asBlk);
    await client.transitionEnrolment({ id: a.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, asBlk);
    expect((await client.transitionEnrolment({ id: w.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, asBlk)).state).toBe(
      'ENROLMENT_STATE_WAITLISTED',
    );
    await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_SELECTION' }, asBlk);
    const cancelled = await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_CANCELLED', reason: 'Gedung direnovasi' }, asBlk);
    expect(cancelled).toMatchObject({ state: 'BATCH_STATE_CANCELLED', acceptedCount: 0, waitlistedCount: 0 });
    for (const id of [a.id, w.id]) {
      const e = await client.getEnrolment({ id }, asBlk);
      expect(e.state).toBe('ENROLMENT_STATE_CANCELLED');
      expect(e.history[e.history.length - 1]).toMatchObject({ toState: 'ENROLMENT_STATE_CANCELLED', note: 'Gedung direnovasi' });
    }
  });

  it('records attendance per session and outcomes: completion needs the attendance threshold and a passing score; TrainingCompleted carries the person id only', async () => {
    const { program, batch } = await openBatch(asBlk, {
      certificationSchemeId: schemeId,
      attendanceThresholdPercent: 60,
      passingScore: 70,
    });
    const people = [person('1996-03-01'), person('1996-03-02'), person('1996-03-03'), person('1996-03-04', 2)];
    const es: trainingV1.Enrolment__Output[] = [];
    for (const p of people) {
      const e = await enrol(batch.id, p, asBlk);
      await client.transitionEnrolment({ id: e.id, toState: 'ENROLMENT_STATE_ACCEPTED' }, asBlk);
      es.push(e);
    }
    const outcome = (i: number, o: string, finalScore: number, caller = asBlk, outcomeDate = day(-1)) =>
      client.recordOutcome({ enrolmentId: es[i].id, outcome: o as trainingV1.EnrolmentState, finalScore, outcomeDate }, caller);
    // not before the training runs
    expect(code(await outcome(0, 'ENROLMENT_STATE_COMPLETED', 90).catch((e) => e))).toBe(status.FAILED_PRECONDITION);
    expect(
      code(
        await client
          .recordAttendance({ batchId: batch.id, sessionNumber: 1, marks: [{ enrolmentId: es[0].id, present: true }] }, asBlk)
          .catch((e) => e),
      ),
    ).toBe(status.FAILED_PRECONDITION);
    await startTraining(batch.id, asBlk);
    // a whole session at once, then one by one
    expect(
      (
        await client.recordAttendance(
          { batchId: batch.id, sessionNumber: 1, marks: es.map((e) => ({ enrolmentId: e.id, present: true })) },
          asBlk,
        )
      ).recorded,
    ).toBe(4);
    await client.recordAttendance({ batchId: batch.id, sessionNumber: 2, marks: [{ enrolmentId: es[0].id, present: true }] }, asBlk);
    await client.recordAttendance({ batchId: batch.id, sessionNumber: 2, marks: [{ enrolmentId: es[1].id, present: true }] }, asBlk);
    expect(
      code(
        await client
          .recordAttendance({ batchId: batch.id, sessionNumber: 1, marks: [{ enrolmentId: es[0].id, present: true }] }, asLpk)
          .catch((e) => e),
      ),
    ).toBe(status.NOT_FOUND);
    expect(
      fields(
        await client
          .recordAttendance({ batchId: batch.id, sessionNumber: 9, marks: [{ enrolmentId: es[0].id, present: true }] }, asBlk)
          .catch((e) => e),
      ),
    ).toEqual(['sessionNumber']);
    expect((await client.getEnrolment({ id: es[0].id }, asBlk)).attendancePercent).toBe(66);

    // es[2] attended 1 of 3 sessions (33% < 60%): not completed, whatever the score
    expect(await outcome(2, 'ENROLMENT_STATE_COMPLETED', 95).catch((e) => violations(e))).toEqual([
      { field: 'attendance', description: expect.stringContaining('33%') },
    ]);
    expect(await outcome(1, 'ENROLMENT_STATE_COMPLETED', 60).catch((e) => violations(e)[0].field)).toBe('finalScore');
    expect(await outcome(1, 'ENROLMENT_STATE_COMPLETED', 90, asBlk, day(3)).catch((e) => violations(e)[0].field)).toBe('outcomeDate');
    const done = await outcome(0, 'ENROLMENT_STATE_COMPLETED', 88);
    expect(done).toMatchObject({ state: 'ENROLMENT_STATE_COMPLETED', finalScore: 88, outcomeDate: day(-1) });
    expect((await outcome(1, 'ENROLMENT_STATE_FAILED', 60)).state).toBe('ENROLMENT_STATE_FAILED');
    expect((await outcome(2, 'ENROLMENT_STATE_DROPPED_OUT', -1)).state).toBe('ENROLMENT_STATE_DROPPED_OUT');
    expect(code(await outcome(0, 'ENROLMENT_STATE_FAILED', 10).catch((e) => e))).toBe(status.FAILED_PRECONDITION);

    const events = await waitFor(
      async () => {
        const mine = topic.messages.filter((m) => m.value.data?.batchId === batch.id);
        return mine.length === 3 ? mine : undefined;
      },
      { what: 'three outcome events' },
    );
    expect(events.map((m) => m.value.type).sort()).toEqual([
      'siapkerja.training.completed',
      'siapkerja.training.dropped-out',
      'siapkerja.training.failed',
    ]);
    const completed = events.find((m) => m.value.type === 'siapkerja.training.completed')!;
    expect(completed.value.data).toEqual({
      enrolmentId: es[0].id,
      batchId: batch.id,
      programId: program.id,
      programTitle: 'Junior Web Developer',
      providerId: blk.id,
      providerKind: 'BLK_UPTD',
      personId: people[0].personId,
      competencyUnits: ['J.620100.001.01', 'J.620100.002.01'],
      kbjiCode: '2512',
      certificationSchemeId: schemeId,
      regionCode: '33.73',
      sex: 1,
      ageBand: '30-44',
      outcome: 'COMPLETED',
      outcomeDate: day(-1),
      occurredAt: expect.any(String),
    });
    expect(JSON.stringify(completed.value)).not.toContain(people[0].nik);

    // the person's own view
    const me = personCaller(people[0].personId);
    const mine = await client.listMyEnrolments({}, me);
    expect(mine.enrolments.map((e) => [e.id, e.state])).toEqual([[es[0].id, 'ENROLMENT_STATE_COMPLETED']]);
    expect(mine.enrolments[0].personalDataMasked).toBe(false);
    const history = await client.listMyTrainingHistory({}, me);
    expect(history.entries).toEqual([
      expect.objectContaining({
        enrolmentId: es[0].id,
        programId: program.id,
        providerName: 'BLK Kota Salatiga',
        completionDate: day(-1),
        competencyUnits: program.competencyUnits,
      }),
    ]);
    expect(code(await client.listMyEnrolments({}, asBlk).catch((e) => e))).toBe(status.PERMISSION_DENIED);
  });
});
