import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { serviceDefinition, type jobsV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  grpcCode,
  grpcDetails,
  refusal,
  serviceTestEnv,
  startFakeAccessLog,
  testNik,
  uniqueSuffix,
  violatedFields,
  type FakeAccessLog,
} from '@siapkerja/testing';
import { Client } from 'pg';
import { jobsService } from '../src/jobs.module';
import { gatewayCaller as as } from './support';

const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const partnerB = as({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
const officer3373 = as({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
const officer3374 = as({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
const ministry = as({ sub: 'min-1', roles: ['MINISTRY_ADMIN'] });
const seekerCaller = (personId: string) => as({ sub: `acc-${personId.slice(2, 10)}`, roles: ['JOB_SEEKER'], personId });

const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let births = 0;

/** Hostile callers of the jobs gRPC methods: other tenants, other people, broken inputs, races. */
describe('jobs against hostile callers (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let accessLog: FakeAccessLog;
  let dbUrl: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_hostile');
    dbUrl = db.url;
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const employerBody = (extra: Partial<jobsV1.Employer> = {}) => ({
    nib: nib(),
    legalName: 'PT Maju Bersama',
    employerType: 'EMPLOYER_TYPE_PRIVATE' as const,
    kbliCodes: ['62019'],
    regionCode: '33.73',
    ...extra,
  });
  const vacancyBody = (employerId: string, extra: Partial<jobsV1.Vacancy> = {}) => ({
    employerId,
    positionName: 'Operator Produksi',
    kbjiCode: '8189',
    regionCode: '33.73',
    numberNeeded: 3,
    validFrom: day(0),
    validUntil: day(60),
    ...extra,
  });
  const seekerBody = (extra: Partial<jobsV1.JobSeeker> = {}) => {
    // a man born on a different day each time: a NIK of his own
    const birthDate = todayWib(new Date(Date.UTC(1990, 0, 1) + births++ * 86400_000));
    return {
      nik: testNik('3373', birthDate, 1),
      name: 'Budi Santoso',
      birthPlace: 'Salatiga',
      birthDate,
      sex: 'SEX_MALE' as const,
      maritalStatus: 'MARITAL_STATUS_SINGLE' as const,
      religion: 'RELIGION_ISLAM' as const,
      address: { line: 'Jl. Diponegoro 5', regionCode: '33.73' },
      wantedKbjiCodes: ['8189'],
      ...extra,
    };
  };
  const newSeeker = () => client.registerJobSeeker({ jobSeeker: seekerBody() }, officer3373);
  const newVacancy = async (extra: Partial<jobsV1.Vacancy> = {}) => {
    const e = await client.createEmployer({ employer: employerBody() }, partnerA);
    return client.createVacancy({ vacancy: vacancyBody(e.id, extra) }, partnerA);
  };
  const move = (id: string, to: string, caller = partnerA) =>
    client.transitionApplication({ id, toState: `APPLICATION_STATE_${to}` as jobsV1.ApplicationState }, caller);
  const offered = async (vacancyId: string) => {
    const s = await newSeeker();
    const a = await client.createApplication({ vacancyId, jobSeekerId: s.id }, seekerCaller(s.personId));
    for (const to of ['SHORTLISTED', 'INTERVIEW', 'OFFERED']) await move(a.id, to);
    return a;
  };

  it("another person's job seeker, applications and matches, and an application the caller has no part in, answer NOT_FOUND as an unknown id does", async () => {
    const v = await newVacancy();
    const mine = await newSeeker();
    const other = await newSeeker();
    const stranger = seekerCaller(other.personId);
    const unknownSeeker = await refusal(client.getJobSeeker({ id: UNKNOWN }, stranger));
    expect(grpcCode(unknownSeeker)).toBe(status.NOT_FOUND);
    const asUnknown = (e: unknown) => [grpcCode(e), grpcDetails(e)];
    const seekerNotFound = [status.NOT_FOUND, `Job seeker ${mine.id} was not found`];
    expect(asUnknown(await refusal(client.getJobSeeker({ id: mine.id }, stranger)))).toEqual(seekerNotFound);
    expect(asUnknown(await refusal(client.reportJobSeeker({ id: mine.id }, stranger)))).toEqual(seekerNotFound);
    expect(asUnknown(await refusal(client.createApplication({ vacancyId: v.id, jobSeekerId: mine.id }, stranger)))).toEqual(seekerNotFound);
    expect(asUnknown(await refusal(client.listApplications({ jobSeekerId: mine.id }, stranger)))).toEqual(seekerNotFound);
    expect(asUnknown(await refusal(client.match({ jobSeekerId: mine.id }, stranger)))).toEqual(seekerNotFound);

    // an application of the seeker himself: another partner and another person learn nothing of it, whatever they ask
    const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: mine.id }, seekerCaller(mine.personId));
    const unknownApp = await refusal(client.getApplication({ id: UNKNOWN }, partnerB));
    expect(grpcDetails(unknownApp)).toBe(`Application ${UNKNOWN} was not found`);
    const appNotFound = [status.NOT_FOUND, `Application ${a.id} was not found`];
    for (const who of [partnerB, stranger]) {
      expect(asUnknown(await refusal(client.getApplication({ id: a.id }, who)))).toEqual(appNotFound);
      expect(asUnknown(await refusal(move(a.id, 'WITHDRAWN', who)))).toEqual(appNotFound);
    }
    for (const to of ['SHORTLISTED', 'REJECTED']) {
      const e = await refusal(move(a.id, to, partnerB));
      expect(asUnknown(e)).toEqual(appNotFound);
      expect(grpcDetails(e)).not.toContain(a.employerId);
    }
    // an officer of another region may be told it is outside his region; the application is untouched
    expect(grpcCode(await refusal(client.getApplication({ id: a.id }, officer3374)))).toBe(status.PERMISSION_DENIED);
    expect((await client.getApplication({ id: a.id }, seekerCaller(mine.personId))).state).toBe('APPLICATION_STATE_APPLIED');
  });

  it("a partner applying for a seeker another partner already applied for is not told that partner's application", async () => {
    const v = await newVacancy();
    const s = await newSeeker();
    const a = await client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, partnerA);
    const again = await refusal(client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, partnerB));
    expect(grpcCode(again)).toBe(status.ALREADY_EXISTS);
    expect(grpcDetails(again)).not.toContain(a.id);
    expect(JSON.stringify(again.metadata?.get('x-error-details') ?? [])).not.toContain(a.id);
    // the partner that submitted it is still told which one
    expect(grpcDetails(await refusal(client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, partnerA)))).toContain(a.id);
  });

  it('only the platform, an officer of the region or the ministry marks a job seeker placed; the answer in clear is access-logged', async () => {
    const s = await newSeeker();
    for (const who of [partnerA, seekerCaller(s.personId), as({ sub: 'acc-emp', roles: ['EMPLOYER'] })])
      expect(grpcCode(await refusal(client.markJobSeekerPlaced({ id: s.id }, who)))).toBe(status.PERMISSION_DENIED);
    expect(grpcCode(await refusal(client.markJobSeekerPlaced({ id: s.id }, officer3374)))).toBe(status.PERMISSION_DENIED);
    expect((await client.getJobSeeker({ id: s.id }, officer3373)).state).toBe('JOB_SEEKER_STATE_REGISTERED');
    const before = accessLog.records.length;
    const placed = await client.markJobSeekerPlaced({ id: s.id }, officer3373);
    expect([placed.state, placed.personalDataMasked, placed.nik]).toEqual([
      'JOB_SEEKER_STATE_PLACED',
      false,
      expect.stringMatching(/^\d{16}$/),
    ]);
    expect(accessLog.records.slice(before)).toEqual([
      expect.objectContaining({ resourceType: 'job-seeker', resourceId: s.id, purpose: 'PLACEMENT_SERVICE', subjectPersonId: s.personId }),
    ]);
  });

  it('the number hired counts the hires of its applications; no hire through a vacancy reported filled or closed; one with hires is not closed', async () => {
    const v = await newVacancy({ numberNeeded: 3 });
    for (const a of [await offered(v.id), await offered(v.id)]) await move(a.id, 'HIRED');
    const third = await offered(v.id);
    const tooFew = await refusal(client.reportVacancyFilled({ id: v.id, numberHired: 1 }, partnerA));
    expect([grpcCode(tooFew), violatedFields(tooFew)]).toEqual([status.INVALID_ARGUMENT, ['numberHired']]);
    const close = await refusal(client.closeVacancy({ id: v.id }, partnerA));
    expect([grpcCode(close), grpcDetails(close)]).toEqual([
      status.FAILED_PRECONDITION,
      expect.stringMatching(/hired 2 .*report it filled/),
    ]);
    expect((await client.reportVacancyFilled({ id: v.id, numberHired: 2 }, partnerA)).numberHired).toBe(2);
    const late = await refusal(move(third.id, 'HIRED'));
    expect([grpcCode(late), grpcDetails(late)]).toEqual([status.FAILED_PRECONDITION, expect.stringMatching(/FILLED: no further hire/)]);
    // a vacancy closed without hires takes none afterwards either
    const w = await newVacancy();
    const offer = await offered(w.id);
    await client.closeVacancy({ id: w.id }, partnerA);
    expect(grpcCode(await refusal(move(offer.id, 'HIRED')))).toBe(status.FAILED_PRECONDITION);
    expect((await client.getApplication({ id: offer.id }, partnerA)).state).toBe('APPLICATION_STATE_OFFERED');
  });

  it('an application arriving while its vacancy is being closed waits for the close and is refused', async () => {
    const v = await newVacancy();
    const s = await newSeeker();
    const db = new Client({ connectionString: dbUrl });
    await db.connect();
    try {
      // a close in flight: the vacancy's row locked by a transaction that then ends it
      await db.query('BEGIN');
      await db.query('SELECT id FROM vacancies WHERE id = $1 FOR UPDATE', [v.id]);
      const applying = client.createApplication({ vacancyId: v.id, jobSeekerId: s.id }, seekerCaller(s.personId)).then(
        (a) => ({ ok: a }),
        (e: unknown) => ({ err: e }),
      );
      await new Promise((r) => setTimeout(r, 500));
      await db.query(`UPDATE vacancies SET state = 'CLOSED', ended_at = now() WHERE id = $1`, [v.id]);
      await db.query('COMMIT');
      const outcome = await applying;
      expect('err' in outcome && [grpcCode(outcome.err), grpcDetails(outcome.err)]).toEqual([
        status.FAILED_PRECONDITION,
        expect.stringContaining('is CLOSED'),
      ]);
    } finally {
      await db.end();
    }
    expect((await client.listApplications({ vacancyId: v.id }, partnerA)).applications).toEqual([]);
  });

  it('import records without a usable key are refused one by one: never INTERNAL, never taken for a replay of another', async () => {
    const e = await client.createEmployer({ employer: employerBody() }, partnerA);
    const json = (positionName: string) => JSON.stringify(vacancyBody(e.id, { positionName }));
    // a key too long to index (random letters: PostgreSQL cannot compress it below the index's limit)
    const huge = Array.from({ length: 4000 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
    const good = `k-${uniqueSuffix()}`;
    const { receipts } = await client.applyImportBatch(
      {
        importId: `imp-${uniqueSuffix()}`,
        records: [
          { line: '1', key: huge, kind: 'vacancy', json: json('Satu') },
          { line: '2', key: '', kind: 'vacancy', json: json('Dua') },
          { line: '3', key: '', kind: 'vacancy', json: json('Tiga') },
          { line: '4', key: 'a\tb', kind: 'vacancy', json: json('Empat') },
          { line: '5', key: good, kind: 'vacancy', json: json('Lima') },
        ],
      },
      partnerA,
    );
    expect(receipts.map((r) => [r.line, r.accepted])).toEqual([
      ['1', false],
      ['2', false],
      ['3', false],
      ['4', false],
      ['5', true],
    ]);
    for (const r of receipts.slice(0, 4)) {
      expect(r.resourceId).toBe('');
      expect(JSON.parse(r.problemJson)).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'key' })] });
    }
    expect(receipts[0].key.length).toBeLessThanOrEqual(65);
    const listed = await client.listVacancies({ employerId: e.id }, partnerA);
    expect(listed.vacancies.map((v) => v.positionName)).toEqual(['Lima']);
  });

  it('a page token of the employers listing is not one of the vacancies listing, nor the other way round', async () => {
    const v1 = await newVacancy();
    await newVacancy();
    const employersToken = (await client.listEmployers({ pageSize: 1 }, partnerA)).nextPageToken;
    const vacanciesToken = (await client.listVacancies({ pageSize: 1 }, partnerA)).nextPageToken;
    expect(employersToken && vacanciesToken).toBeTruthy();
    const a = await refusal(client.listVacancies({ pageToken: employersToken }, partnerA));
    expect([grpcCode(a), violatedFields(a)]).toEqual([status.INVALID_ARGUMENT, ['pageToken']]);
    const b = await refusal(client.listEmployers({ pageToken: vacanciesToken }, partnerA));
    expect([grpcCode(b), violatedFields(b)]).toEqual([status.INVALID_ARGUMENT, ['pageToken']]);
    // each listing still follows its own tokens
    expect((await client.listVacancies({ pageSize: 1, pageToken: vacanciesToken }, partnerA)).vacancies).toHaveLength(1);
    expect(v1.id).toBeTruthy();
  });

  it('tabs and line breaks in one-line fields are refused naming the field; a month of the year 0000 is no month', async () => {
    const emp = await refusal(
      client.createEmployer({ employer: employerBody({ legalName: 'PT Maju\tBersama', contactName: 'Sri\nWahyuni' }) }, partnerA),
    );
    expect([grpcCode(emp), violatedFields(emp)]).toEqual([status.INVALID_ARGUMENT, ['legalName', 'contactName']]);
    const e = await client.createEmployer({ employer: employerBody() }, partnerA);
    const upd = await refusal(
      client.updateEmployer({ employer: { id: e.id, legalName: 'PT\r\nLain' }, updateMask: { paths: ['legal_name'] } }, partnerA),
    );
    expect(violatedFields(upd)).toEqual(['legalName']);
    const vac = await refusal(
      client.createVacancy({ vacancy: vacancyBody(e.id, { positionName: 'Operator\nProduksi', skills: ['Las\tlistrik'] }) }, partnerA),
    );
    expect([grpcCode(vac), violatedFields(vac)]).toEqual([status.INVALID_ARGUMENT, ['positionName', 'skills[0]']]);
    // leading and trailing white space is trimmed as before
    expect((await client.createVacancy({ vacancy: vacancyBody(e.id, { positionName: ' Operator\n' }) }, partnerA)).positionName).toBe(
      'Operator',
    );
    const person = await refusal(
      client.registerJobSeeker(
        {
          jobSeeker: seekerBody({
            name: 'Budi\tSantoso',
            birthPlace: 'Sala\ntiga',
            experience: [{ position: 'Operator', employer: 'PT A', kbjiCode: '', fromMonth: '0000-01', toMonth: '' }],
          }),
        },
        officer3373,
      ),
    );
    expect([grpcCode(person), violatedFields(person)]).toEqual([
      status.INVALID_ARGUMENT,
      ['name', 'birthPlace', 'experience[0].fromMonth'],
    ]);
    expect(grpcCode(await refusal(client.getJobSeeker({ id: UNKNOWN }, ministry)))).toBe(status.NOT_FOUND);
  });
});
