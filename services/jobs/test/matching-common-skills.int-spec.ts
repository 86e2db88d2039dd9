import { todayWib } from '@siapkerja/codes';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv } from '@siapkerja/testing';
import { jobsService } from '../src/jobs.module';
import { COMMON_SKILL_MIN_VACANCIES } from '../src/matching/matching.service';

const day = (offset: number) => todayWib(new Date(Date.now() + offset * 86400_000));

/** A skill most vacancies ask for finds no candidates (its posting list is most of the catalogue), yet still scores. */
describe('matching: skills too common to find candidates by', () => {
  let svc: RunningService;
  let client: ServiceClient<'jobs'>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_matching_common');
    drop = db.drop;
    // no training service: the matches come without programs (matching.int-spec.ts tests them)
    svc = await startService(jobsService, serviceTestEnv(db.url, { TRAINING_GRPC_URL: '127.0.0.1:1' }));
    client = createServiceClient('jobs', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await drop?.();
  });

  it('leaves a skill of more than 5% of a large catalogue out of the candidate sources, and scores it on the candidates found otherwise', async () => {
    const employerId = (
      await client.createEmployer({
        employer: {
          nib: String(9_200_000_000_000 + Math.floor(Math.random() * 1e9)),
          legalName: 'PT Otomasi',
          employerType: 'EMPLOYER_TYPE_PRIVATE',
          kbliCodes: ['28299'],
          regionCode: '33.74',
        },
      })
    ).id;
    const base = {
      employerId,
      positionName: 'Teknisi PLC',
      kbjiCode: '7412',
      regionCode: '33.74',
      numberNeeded: 1,
      validFrom: day(0),
      validUntil: day(60),
    };
    const plc = await client.createVacancy({ vacancy: { ...base, skills: ['PLC', 'Komunikasi'] } });
    // a large catalogue where most vacancies ask for 'Komunikasi' (copies of one row, in another occupation and province)
    const template = await client.createVacancy({
      vacancy: { ...base, positionName: 'Staf Administrasi', kbjiCode: '4110', regionCode: '32.73', skills: ['Komunikasi'] },
    });
    const cols = `employer_id, position_name, kbji_code, kbli_code, region_code, number_needed, valid_from, valid_until, description, state, skills, skkni_units, published_at`;
    await svc.dataSource.query(
      `INSERT INTO vacancies (id, ${cols}) SELECT gen_random_uuid(), ${cols} FROM vacancies v, generate_series(1, $2) WHERE v.id = $1`,
      [template.id, COMMON_SKILL_MIN_VACANCIES + 500],
    );
    await svc.dataSource.query('ANALYZE vacancies');
    const nik = `3374016005960${String(100 + Math.floor(Math.random() * 800))}`;
    const seeker = await client.registerJobSeeker({
      jobSeeker: {
        nik,
        name: 'Rina Wijaya',
        birthPlace: 'Semarang',
        birthDate: '1996-05-20',
        sex: 'SEX_FEMALE',
        maritalStatus: 'MARITAL_STATUS_SINGLE',
        religion: 'RELIGION_ISLAM',
        address: { line: 'Jl. Pemuda 2', regionCode: '33.74' },
        education: [{ level: 'SMK', institution: 'SMK Negeri 7', major: 'Listrik', graduationYear: 2014 }],
        skills: ['Komunikasi', 'PLC'],
        wantedKbjiCodes: ['2512'],
        expectedWage: '5000000',
      },
    });
    const r = await client.match({ jobSeekerId: seeker.id, limit: 10 });
    // only the PLC vacancy: none of the 10,500 found by 'Komunikasi' alone (the source would have given 150)
    expect(r.vacancies.map((m) => m.vacancyId)).toEqual([plc.id]);
    expect(r.candidates).toBe(1);
    const skills = r.vacancies[0].match!.components.find((c) => c.name === 'SKILLS')!;
    expect(skills.score).toBe(1);
  });
});
