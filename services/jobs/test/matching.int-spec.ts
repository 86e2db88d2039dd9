import { status } from '@grpc/grpc-js';
import { todayWib } from '@siapkerja/codes';
import { type jobsV1, serviceDefinition } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, type FakeAccessLog, serviceTestEnv, startFakeAccessLog } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { startFakeTraining, type FakeTraining } from './fake-training';
import { gatewayCaller } from './support';
import { CANDIDATE_LIMITS } from '../src/matching/matching.service';

const as = gatewayCaller;
const partnerA = as({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
const partnerB = as({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
const officer31 = as({ sub: 'off-31', roles: ['DISNAKER_PROVINCE'], regionCode: '31' });
const employerAccount = as({ sub: 'acc-emp', roles: ['EMPLOYER'] });
let serial = 1000 + Math.floor(Math.random() * 8000);
const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

describe('explained matching (real PostgreSQL, gRPC)', () => {
  let svc: RunningService;
  let accessLog: FakeAccessLog;
  let training: FakeTraining;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;
  let employerId: string;
  let seeker: jobsV1.JobSeeker__Output;
  const v: Record<string, jobsV1.Vacancy__Output> = {};

  const vacancy = (extra: Partial<jobsV1.Vacancy>) =>
    client.createVacancy(
      {
        vacancy: {
          employerId,
          positionName: 'Teknisi',
          kbjiCode: '7411',
          regionCode: '33.74',
          numberNeeded: 1,
          validFrom: day(0),
          validUntil: day(60),
          ...extra,
        },
      },
      partnerA,
    );

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_matching');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    training = await startFakeTraining();
    svc = await startService(jobsService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url, TRAINING_GRPC_URL: training.url }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
    employerId = (
      await client.createEmployer(
        {
          employer: {
            nib: String(9_100_000_000_000 + serial),
            legalName: 'PT Listrik Jaya',
            employerType: 'EMPLOYER_TYPE_PRIVATE',
            kbliCodes: ['43211'],
            regionCode: '33.74',
          },
        },
        partnerA,
      )
    ).id;
    const nik = `337401${String(20 + 40)}0596${String(serial++).padStart(4, '0')}`;
    seeker = await client.registerJobSeeker({
      jobSeeker: {
        nik,
        name: 'Dewi Lestari',
        birthPlace: 'Semarang',
        birthDate: '1996-05-20',
        sex: 'SEX_FEMALE',
        maritalStatus: 'MARITAL_STATUS_SINGLE',
        religion: 'RELIGION_ISLAM',
        address: { line: 'Jl. Pemuda 1', regionCode: '33.74' },
        education: [{ level: 'SMK', institution: 'SMK Negeri 7', major: 'Listrik', graduationYear: 2014 }],
        skills: ['Instalasi listrik', 'PLC'],
        skkniUnits: ['D.351100.004.01'],
        wantedKbjiCodes: ['7411'],
        expectedWage: '5000000',
      },
    });
    const unit = ['D.351100.004.01', 'D.351100.010.01'];
    v.exact = await vacancy({
      skkniUnits: unit,
      skills: ['instalasi  listrik'],
      minEducation: 'EDUCATION_LEVEL_SMK',
      wageMin: '4000000',
      wageMax: '6000000',
      wageHidden: false,
    });
    v.minor = await vacancy({ kbjiCode: '7412', regionCode: '33.01', skkniUnits: unit });
    v.farAway = await vacancy({ regionCode: '31.71', minEducation: 'EDUCATION_LEVEL_S1' });
    v.menOnly = await vacancy({
      skkniUnits: unit,
      skills: ['Instalasi Listrik'],
      minEducation: 'EDUCATION_LEVEL_SMK',
      sexRequirement: 'SEX_REQUIREMENT_MALE',
    });
    v.bySkillOnly = await vacancy({ kbjiCode: '2512', regionCode: '32.73', skills: ['PLC'] });
    v.unrelated = await vacancy({ kbjiCode: '2512', regionCode: '32.73', skills: ['Java'] });
    v.draft = await client.createVacancy(
      {
        vacancy: {
          employerId,
          positionName: 'Teknisi',
          kbjiCode: '7411',
          regionCode: '33.74',
          numberNeeded: 1,
          validFrom: day(0),
          validUntil: day(60),
        },
        draft: true,
      },
      partnerA,
    );
    v.closed = await vacancy({});
    await client.closeVacancy({ id: v.closed.id }, partnerA);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await training?.stop();
    await drop?.();
  });

  it('ranks published vacancies by the weighted, explained score; unrelated, draft and closed vacancies never appear', async () => {
    const r = await client.match({ jobSeekerId: seeker.id, limit: 10 });
    const ids = r.vacancies.map((m) => m.vacancyId);
    // menOnly would be third (0.767) but is halved for the unmet sex requirement (0.383): last
    expect(ids).toEqual([v.exact.id, v.minor.id, v.farAway.id, v.bySkillOnly.id, v.menOnly.id]);
    expect(r.candidates).toBe(5);
    const exact = r.vacancies[0];
    expect(exact.match!.components.map((c) => [c.name, c.weight, c.score])).toEqual([
      ['OCCUPATION', 0.3, 1],
      ['SKILLS', 0.25, 0.667],
      ['CERTIFICATES', 0.1, 0],
      ['EDUCATION', 0.15, 1],
      ['REGION', 0.1, 1],
      ['WAGE', 0.1, 1],
    ]);
    expect(exact.match!.score).toBeCloseTo(0.3 + 0.25 * 0.667 + 0.15 + 0.1 + 0.1, 3);
    expect(exact.match!.missingSkkniUnits).toEqual(['D.351100.010.01']);
    expect(exact.match!.missingSkills).toEqual([]);
    expect(exact.match!.components[2].reason).toMatch(/no SKKNI competency certificates/);
    expect(exact).toMatchObject({ wageMin: '4000000', wageMax: '6000000', regionCode: '33.74', kbjiCode: '7411' });
    const minor = r.vacancies[1].match!;
    expect(minor.components[0]).toMatchObject({ score: 0.6, reason: expect.stringContaining('minor group 741') });
    expect(minor.components[4]).toMatchObject({ score: 0.6 });
    const men = r.vacancies[4].match!;
    expect(men).toMatchObject({ eligibility: 0.5, warnings: ['the vacancy asks for men'] });
    expect(men.score).toBeCloseTo((0.3 + 0.25 * 0.667 + 0.15 + 0.1 + 0.05) * 0.5, 3);
    const far = r.vacancies[2].match!;
    expect(far.components.find((c) => c.name === 'EDUCATION')).toMatchObject({ score: 0 });
    expect(far.components.find((c) => c.name === 'REGION')).toMatchObject({ score: 0.2 });
    // limit
    expect((await client.match({ jobSeekerId: seeker.id, limit: 2 })).vacancies.map((m) => m.vacancyId)).toEqual([v.exact.id, v.minor.id]);
  });

  it('ranks seekers for a vacancy, only for who acts for the employer, officers of the region and the ministry', async () => {
    const r = await client.match({ vacancyId: v.exact.id }, partnerA);
    expect(r.jobSeekers.map((m) => m.jobSeeker!.id)).toEqual([seeker.id]);
    expect(r.jobSeekers[0].match!.score).toBeCloseTo(0.3 + 0.25 * 0.667 + 0.15 + 0.1 + 0.1, 3);
    // the partner's seekers came masked (not logged); the ministry's in clear, logged with the purpose it stated or placement
    const before = accessLog.records.length;
    expect((await client.match({ vacancyId: v.bySkillOnly.id }, as({ sub: 'min', roles: ['MINISTRY_ADMIN'] }))).jobSeekers).toHaveLength(1);
    expect(accessLog.records.slice(before).map((e) => [e.resourceId, e.purpose, e.actor?.sub])).toEqual([
      [seeker.id, 'PLACEMENT_SERVICE', 'min'],
    ]);
    const stated = await client.match(
      { vacancyId: v.bySkillOnly.id },
      as({ sub: 'min', roles: ['MINISTRY_ADMIN'], purpose: 'SUPERVISION' }),
    );
    expect(accessLog.records[before + 1]).toMatchObject({
      resourceType: 'job-seeker',
      resourceId: stated.jobSeekers[0].jobSeeker!.id,
      purpose: 'SUPERVISION',
    });
    // an officer states why he reads seekers in clear, before anything is matched
    await expect(
      client.match({ vacancyId: v.exact.id }, as({ sub: 'off', roles: ['DISNAKER_PROVINCE'], regionCode: '33', purpose: '' })),
    ).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    for (const who of [partnerB, officer31, employerAccount]) {
      await expect(client.match({ vacancyId: v.exact.id }, who)).rejects.toMatchObject({
        code: status.PERMISSION_DENIED,
      });
    }
    await expect(client.match({ vacancyId: v.draft.id }, partnerB)).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it("suggests for each vacancy the Skillhub programs teaching the seeker's missing units, asked once with the caller's authority", async () => {
    const program = (id: string, title: string, competencyUnits: string[]) => ({
      id,
      title,
      providerName: 'BLK Semarang',
      regionCode: '33.74',
      competencyUnits,
    });
    training.programs = [
      program('p-new', 'K3 Listrik', ['D.351100.010.01', 'X.1']),
      program('p-both', 'Instalasi Listrik', ['D.351100.004.01', 'D.351100.010.01']),
      program('p-none', 'Java', ['J.620100.001.01']),
    ];
    training.requests = [];
    const dewi = as({ sub: 'acc-dewi', roles: ['JOB_SEEKER'], personId: seeker.personId });
    const r = await client.match({ jobSeekerId: seeker.id }, dewi);
    expect(r).toMatchObject({ kind: 'JOB_SEEKER', id: seeker.id, jobSeekers: [], trainingProgramsAvailable: true });
    // one lookup for every match's missing units, as the caller
    expect(training.requests).toHaveLength(1);
    expect(training.requests[0].competencyUnits).toEqual(['D.351100.010.01']);
    expect(JSON.parse(training.requests[0].caller)).toMatchObject({ sub: 'acc-dewi', personId: seeker.personId });
    const exact = r.vacancies.find((m) => m.vacancyId === v.exact.id)!;
    // the seeker lacks one unit: both programs teach it (the newest first); the Java program teaches nothing missing
    expect(exact.trainingPrograms).toEqual([
      { id: 'p-new', title: 'K3 Listrik', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['D.351100.010.01'] },
      { id: 'p-both', title: 'Instalasi Listrik', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['D.351100.010.01'] },
    ]);
    expect(r.vacancies.find((m) => m.vacancyId === v.farAway.id)!.trainingPrograms).toEqual([]);

    // Skillhub down: the matches stand, without programs
    training.down = true;
    try {
      const down = await client.match({ jobSeekerId: seeker.id }, dewi);
      expect(down.trainingProgramsAvailable).toBe(false);
      expect(down.vacancies.map((m) => m.vacancyId)).toEqual(r.vacancies.map((m) => m.vacancyId));
      expect(down.vacancies.every((m) => m.trainingPrograms.length === 0)).toBe(true);
    } finally {
      training.down = false;
    }
    // a vacancy's seekers need no programs
    expect(await client.match({ vacancyId: v.exact.id }, partnerA)).toMatchObject({
      kind: 'VACANCY',
      id: v.exact.id,
      vacancies: [],
      trainingProgramsAvailable: true,
    });
  });

  it('refuses a request naming neither or both of a job seeker and a vacancy, naming the field, before anything else', async () => {
    const violation = async (req: jobsV1.MatchRequest) => {
      const e = await client.match(req, officer31).then(
        () => undefined,
        (err: { code: number; metadata: { get(k: string): unknown[] } }) => err,
      );
      expect(e?.code).toBe(status.INVALID_ARGUMENT);
      return JSON.parse(String(e!.metadata.get('x-field-violations')[0]));
    };
    expect(await violation({})).toEqual([{ field: 'jobSeekerId', description: 'give exactly one of jobSeekerId and vacancyId' }]);
    expect(await violation({ jobSeekerId: seeker.id, vacancyId: v.exact.id, limit: 99 })).toEqual([
      { field: 'vacancyId', description: 'give exactly one of jobSeekerId and vacancyId' },
    ]);
  });

  it('lets only the seeker side ask for a seeker and refuses bad limits', async () => {
    await expect(client.match({ jobSeekerId: seeker.id }, officer31)).rejects.toMatchObject({
      code: status.PERMISSION_DENIED,
    });
    await expect(
      client.match(
        { jobSeekerId: seeker.id },
        as({ sub: 'acc-x', roles: ['JOB_SEEKER'], personId: 'p_someone-else-000000000000000000000000000000' }),
      ),
    ).rejects.toMatchObject({ code: status.NOT_FOUND });
    expect(
      (await client.match({ jobSeekerId: seeker.id }, as({ sub: 'acc-dewi', roles: ['JOB_SEEKER'], personId: seeker.personId }))).vacancies,
    ).toHaveLength(5);
    await expect(client.match({ jobSeekerId: seeker.id, limit: 51 })).rejects.toMatchObject({
      code: status.INVALID_ARGUMENT,
    });
    await expect(client.match({ jobSeekerId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
  });

  it('generates candidates with bounded index scans (the plan never scans the vacancies table)', async () => {
    await svc.dataSource.query('ANALYZE vacancies');
    const plan: { 'QUERY PLAN': string }[] = await svc.dataSource.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(
        `EXPLAIN SELECT id FROM vacancies WHERE state = 'PUBLISHED' AND left(kbji_code, 4) = ANY($1::text[]) AND province_code = $2 LIMIT ${CANDIDATE_LIMITS.occupationInProvince}`,
        [['7411'], '33'],
      );
    });
    // either occupation index of the province (matching's own, or the search's date-ordered one of migration 910)
    const text = plan.map((p) => p['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Index (Only )?Scan using vacancies_(match|search_province)_kbji4/);
    expect(text).not.toMatch(/Seq Scan/);
  });
});
