import { status } from '@grpc/grpc-js';
import { JobSeekerRegistered, serviceDefinition, type JobSeekerRegisteredData, type trainingV1 } from '@siapkerja/contracts';
import { todayWib } from '@siapkerja/codes';
import type { EventEnvelope } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  gatewayCaller,
  serviceTestEnv,
  startFakeAccessLog,
  TEST_PERSON_SECRET,
  testNik,
  uniqueSuffix,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { JobSeekerFactsConsumer } from '../src/enrolments/job-seeker-facts.consumer';
import { trainingService } from '../src/training.module';

const as = (c: Record<string, unknown>) => gatewayCaller(c, 'training');
const ministry = as({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73', purpose: 'SUPERVISION' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74', purpose: 'SUPERVISION' });
const code = (e: unknown) => (e as { code: number }).code;
const fields = (e: unknown) =>
  JSON.parse(String((e as { metadata: { get(k: string): unknown[] } }).metadata.get('x-field-violations')[0])).map(
    (f: { field: string }) => f.field,
  );
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/** Hostile but valid forms of regency 33.73 (Kota Salatiga): isRegionCode accepts them, so they must be stored as 33.73. */
const HOSTILE = [' 33.73\n', '3373', '33.73\t'];

/**
 * Region codes are validated after normalisation (' 33.73\n', '3373' are 33.73); what is stored, filtered on and compared with
 * an officer's region must be the code list's form, or the record falls outside every region filter and officer scope.
 */
describe('training: region codes in their canonical form (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let client: ServiceClient<'training'>;
  let drop: () => Promise<void>;
  const identity = new PersonIdentity(TEST_PERSON_SECRET);

  beforeAll(async () => {
    const db = await createTestDatabase('training_regions');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(trainingService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('training', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const storedRegion = async (table: 'training_providers' | 'programs' | 'batches' | 'enrolments', id: string) =>
    ((await svc.dataSource.query(`SELECT region_code FROM ${table} WHERE id = $1`, [id])) as { region_code: string }[])[0]?.region_code;
  const programBody = (regionCode: string, extra: Partial<trainingV1.Program> = {}): trainingV1.Program => ({
    providerName: `BLK Salatiga ${uniqueSuffix()}`,
    title: 'Junior Web Developer',
    regionCode,
    kbjiCode: '2512',
    competencyUnits: ['J.620100.001.01'],
    durationDays: 40,
    capacity: 16,
    ...extra,
  });
  const batchBody = (extra: Partial<trainingV1.Batch> = {}): trainingV1.Batch => ({
    startDate: day(10),
    endDate: day(50),
    registrationOpens: day(0),
    registrationCloses: day(5),
    mode: 'BATCH_MODE_OFFLINE',
    ...extra,
  });
  const person = (regency4: string, birthDate = '1998-04-12') => {
    const nik = testNik(regency4, birthDate, 1);
    return { nik, name: 'Budi Santoso', birthDate, personId: identity.personId(nik) };
  };

  it('stores a provider registered with a hostile region code as 33.73, finds it by 33.73, 3373 and 33, lets the 33.73 officer verify it', async () => {
    const ids: string[] = [];
    for (const [i, regionCode] of HOSTILE.entries()) {
      // the ministry anywhere; the officer of 33.73 in his own regency, whichever form it is given in
      const who = i === 1 ? officer3373 : ministry;
      const p = await client.createTrainingProvider(
        { provider: { kind: 'PROVIDER_KIND_LPK', name: `LPK ${uniqueSuffix()}`, regionCode } },
        who,
      );
      expect(p.regionCode).toBe('33.73');
      expect(await storedRegion('training_providers', p.id)).toBe('33.73');
      ids.push(p.id);
    }
    for (const filter of ['33.73', '3373', ' 33.73\n', '33']) {
      const found = (await client.listTrainingProviders({ regionCode: filter, kind: 'PROVIDER_KIND_LPK', pageSize: 100 })).providers.map(
        (p) => p.id,
      );
      expect(found).toEqual(expect.arrayContaining(ids));
    }
    expect((await client.listTrainingProviders({ regionCode: '33.74', pageSize: 100 })).providers.map((p) => p.id)).not.toEqual(
      expect.arrayContaining([ids[0]]),
    );
    const verified = await client.verifyTrainingProvider(
      { id: ids[0], accreditation: { grade: 'A', validUntil: '2030-12-31' } },
      officer3373,
    );
    expect(verified.verified).toBe(true);
    expect(
      code(
        await client
          .verifyTrainingProvider({ id: ids[0], accreditation: { grade: 'A', validUntil: '2030-12-31' } }, officer3374)
          .catch((e) => e),
      ),
    ).toBe(status.PERMISSION_DENIED);
    // an officer of another regency still may not register one in 33.73, whatever the form
    expect(
      code(
        await client
          .createTrainingProvider(
            { provider: { kind: 'PROVIDER_KIND_LPK', name: `LPK ${uniqueSuffix()}`, regionCode: '3373' } },
            officer3374,
          )
          .catch((e) => e),
      ),
    ).toBe(status.PERMISSION_DENIED);
    // a malformed code is still refused with the same message
    const bad = await client.listTrainingProviders({ regionCode: '33.7' }).catch((e) => e);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);
    expect(fields(bad)).toEqual(['regionCode']);
  });

  it('stores programs and their eligibility regions published with hostile codes as 33.73, lists them by 33.73, 3373 and 33, lets the 33.73 officer act on them', async () => {
    const unit = `J.${String(600000 + Math.floor(Math.random() * 99999)).padStart(6, '0')}.001.01`;
    const ids: string[] = [];
    for (const [i, regionCode] of HOSTILE.entries()) {
      const who = i === 1 ? officer3373 : ministry;
      const p = await client.createProgram(
        {
          program: programBody(regionCode, {
            competencyUnits: [unit],
            eligibility: { residenceRegionCodes: [...HOSTILE, ' 33\n'] },
          }),
          requestId: `req-${uniqueSuffix()}`,
        },
        who,
      );
      expect(p.regionCode).toBe('33.73');
      expect(p.eligibility?.residenceRegionCodes).toEqual(['33.73', '33']);
      expect(await storedRegion('programs', p.id)).toBe('33.73');
      const [row] = await svc.dataSource.query(
        `SELECT p.eligibility, tp.region_code AS provider_region FROM programs p JOIN training_providers tp ON tp.id = p.provider_id WHERE p.id = $1`,
        [p.id],
      );
      expect(row).toEqual({ eligibility: { residenceRegionCodes: ['33.73', '33'] }, provider_region: '33.73' });
      ids.push(p.id);
    }
    for (const filter of ['33.73', '3373', '33.73\t', '33', ' 33 ']) {
      const found = (await client.listPrograms({ competencyUnits: [unit], regionCode: filter, pageSize: 100 })).programs.map((p) => p.id);
      expect(found.sort()).toEqual([...ids].sort());
    }
    expect((await client.listPrograms({ competencyUnits: [unit], regionCode: '3374' })).programs).toEqual([]);
    // the officer of 33.73 reads and changes them; the one of 33.74 is refused
    for (const id of ids) {
      expect((await client.getProgram({ id }, officer3373)).id).toBe(id);
      expect(code(await client.getProgram({ id }, officer3374).catch((e) => e))).toBe(status.PERMISSION_DENIED);
    }
    const updated = await client.updateProgram(
      {
        program: { id: ids[0], eligibility: { residenceRegionCodes: ['3373\n', '33.73'] } },
        updateMask: { paths: ['eligibility'] },
      },
      officer3373,
    );
    expect(updated.eligibility?.residenceRegionCodes).toEqual(['33.73']);
    const [{ eligibility }] = await svc.dataSource.query(`SELECT eligibility FROM programs WHERE id = $1`, [ids[0]]);
    expect(eligibility).toEqual({ residenceRegionCodes: ['33.73'] });
    // an officer outside 33.73 is still refused first, naming the code as the code list writes it
    await expect(client.createProgram({ program: programBody('3373', { title: '' }) }, officer3374)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
      details: "regionCode 33.73 is outside the caller's region 33.74",
    });
    // a malformed code is still refused with the same message
    const bad = await client.createProgram({ program: programBody('33.7') }, ministry).catch((e) => e);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);
    expect(fields(bad)).toEqual(['regionCode']);
  });

  it('stores a batch scheduled at a hostile venue code as 33.73, so the 33.73 officer moves it and enrolls in it', async () => {
    const program = await client.createProgram({ program: programBody('32.73') }, ministry);
    const batches: trainingV1.Batch[] = [];
    for (const regionCode of HOSTILE) {
      const b = await client.createBatch(
        { programId: program.id, batch: batchBody({ regionCode }), requestId: `b-${uniqueSuffix()}` },
        ministry,
      );
      expect(b.regionCode).toBe('33.73');
      expect(await storedRegion('batches', b.id)).toBe('33.73');
      batches.push(b);
    }
    // the venue's officer acts for the batch; the one of 33.74 is refused
    const opened = await client.transitionBatch({ id: batches[0].id, toState: 'BATCH_STATE_OPEN' }, officer3373);
    expect(opened.state).toBe('BATCH_STATE_OPEN');
    expect(code(await client.transitionBatch({ id: batches[1].id, toState: 'BATCH_STATE_OPEN' }, officer3374).catch((e) => e))).toBe(
      status.PERMISSION_DENIED,
    );
    const p = person('3373');
    const e = await client.createEnrolment({ batchId: opened.id, nik: p.nik, name: p.name, birthDate: p.birthDate }, officer3373);
    expect(e).toMatchObject({ regionCode: '33.73', registrant: 'OFFICER' });
    expect(await storedRegion('enrolments', e.id)).toBe('33.73');
    // without a venue the batch takes the program's regency
    const own = await client.createBatch({ programId: program.id, batch: batchBody() }, ministry);
    expect(own.regionCode).toBe('32.73');
    const bad = await client.createBatch({ programId: program.id, batch: batchBody({ regionCode: '33.7' }) }, ministry).catch((e) => e);
    expect(code(bad)).toBe(status.INVALID_ARGUMENT);
    expect(fields(bad)).toEqual(['regionCode']);
  });

  it("keeps an officer's batches in his region: the officer of 33.73 schedules his program's batch at 3373, not at 33.74", async () => {
    const program = await client.createProgram({ program: programBody('33.73') }, officer3373);
    const own = await client.createBatch({ programId: program.id, batch: batchBody({ regionCode: '3373' }) }, officer3373);
    expect(own.regionCode).toBe('33.73');
    // a venue outside his region would give the batch (and its graduates' cohort) to another regency's officer
    const away = await client
      .createBatch({ programId: program.id, batch: batchBody({ regionCode: '33.74' }) }, officer3373)
      .catch((e) => e);
    expect(code(away)).toBe(status.PERMISSION_DENIED);
    expect((away as Error).message).toContain("regionCode 33.74 is outside the caller's region 33.73");
    // the ministry (and the program's provider) may hold it anywhere
    const elsewhere = await client.createBatch({ programId: program.id, batch: batchBody({ regionCode: ' 33.74' }) }, ministry);
    expect(elsewhere.regionCode).toBe('33.74');
  });

  it('admits residents of 33.73 to a program limited to it, whatever form the rule, the stored rule or the profile has', async () => {
    const openBatch = async (residenceRegionCodes: string[]) => {
      const program = await client.createProgram({ program: programBody('33.73', { eligibility: { residenceRegionCodes } }) }, ministry);
      const batch = await client.createBatch({ programId: program.id, batch: batchBody() }, ministry);
      await client.transitionBatch({ id: batch.id, toState: 'BATCH_STATE_OPEN' }, ministry);
      return { program, batch };
    };
    const enrol = (batchId: string, p: ReturnType<typeof person>) =>
      client.createEnrolment({ batchId, nik: p.nik, name: p.name, birthDate: p.birthDate }, ministry);

    // a rule given as ' 33.73\n': a person whose NIK is of Salatiga lives there
    const given = await openBatch([' 33.73\n']);
    expect((await enrol(given.batch.id, person('3373'))).regionCode).toBe('33.73');
    const elsewhere = await enrol(given.batch.id, person('3374')).catch((e) => e);
    expect(code(elsewhere)).toBe(status.INVALID_ARGUMENT);
    expect(fields(elsewhere)).toEqual(['eligibility.residenceRegionCodes']);

    // a rule stored before rules were normalised
    const legacy = await openBatch(['33.73']);
    await svc.dataSource.query(`UPDATE programs SET eligibility = '{"residenceRegionCodes": ["3373"]}' WHERE id = $1`, [legacy.program.id]);
    expect((await enrol(legacy.batch.id, person('3373'))).regionCode).toBe('33.73');

    // the job-seeker profile's regency (karirhub's fact) wins over the NIK's, in whatever form it came
    const moved = person('3374');
    const consumer = new JobSeekerFactsConsumer();
    const registered = consumer.handlers().find((h) => h.def.type === JobSeekerRegistered.type)!;
    const event = {
      specversion: '1.0',
      id: `ev-${uniqueSuffix()}`,
      type: JobSeekerRegistered.type,
      source: '/siapkerja/jobs',
      subject: `js-${uniqueSuffix()}`,
      time: new Date().toISOString(),
      datacontenttype: 'application/json',
      dataschema: JobSeekerRegistered.dataschema,
      data: { personId: moved.personId, state: 'REGISTERED', educationLevel: 'SMK', regionCode: '3373\n' },
    } as unknown as EventEnvelope<JobSeekerRegisteredData>;
    await svc.dataSource.transaction((m) => registered.handle(event, m));
    const [facts] = await svc.dataSource.query(`SELECT region_code FROM job_seeker_facts WHERE person_id = $1`, [moved.personId]);
    expect(facts).toEqual({ region_code: '33.73' });
    expect((await enrol(given.batch.id, moved)).regionCode).toBe('33.73');

    // a profile row stored before facts were normalised
    const older = person('3374');
    await svc.dataSource.query(
      `INSERT INTO job_seeker_facts (person_id, state, education_level, region_code) VALUES ($1, 'REGISTERED', 'SMK', ' 33.73')`,
      [older.personId],
    );
    expect((await enrol(given.batch.id, older)).regionCode).toBe('33.73');
  });
});
