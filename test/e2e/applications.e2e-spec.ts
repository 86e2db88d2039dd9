import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { sandboxAuth, TEST_PERSON_SECRET, waitFor } from '@siapkerja/testing';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { callerHttp, expectProblem, newClient, ok, personAuth, nib, wibDate } from './http';

/**
 * Karirhub applications, placements and matching over HTTP: the gateway in front of the real jobs, placement and training
 * services (gRPC, PostgreSQL, Kafka). The placement report counts a hire from the PlacementRecorded event on Kafka.
 */
describe('applications, placements and matching over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  let training: ServiceClient<'training'>;
  let placementUrl = '';
  const auth: Record<string, Record<string, string>> = {};
  let serial = 1000 + Math.floor(Math.random() * 8000);

  const { post, get } = callerHttp(() => base, auth);

  const seekerBody = (sex: 'MALE' | 'FEMALE', extra: Record<string, unknown> = {}) => {
    const [y, m, d] = ['1996', '05', '20'];
    const nik = `337401${String(sex === 'FEMALE' ? Number(d) + 40 : Number(d)).padStart(2, '0')}${m}${y.slice(2)}${String(serial++).padStart(4, '0')}`;
    return {
      nik,
      name: 'Budi Santoso',
      birthPlace: 'Semarang',
      birthDate: `${y}-${m}-${d}`,
      sex,
      maritalStatus: 'SINGLE',
      religion: 'ISLAM',
      address: { line: 'Jl. Kalibanteng No. 3', regionCode: '33.74.01.1001' },
      education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Listrik', graduationYear: 2014 }],
      skills: ['Instalasi listrik'],
      skkniUnits: ['D.351100.004.01'],
      wantedKbjiCodes: ['7411'],
      expectedWage: 4500000,
      ...extra,
    };
  };

  const personToken = (nik: string, birthDate: string, sex: 1 | 2) => {
    const phone = `0812${String(10_000_000 + serial + 1).slice(-8)}`;
    const email = `p${serial++}@example.id`;
    return personAuth(base, {
      nik,
      name: 'Budi Santoso',
      motherMaidenName: 'Sri Wahyuni',
      birthDate,
      sex,
      phone,
      email,
      password: 'kopi-tubruk-2026',
    });
  };
  const clientToken = async (name: string, roles: string[], regionCode: string) =>
    (await newClient(base, auth.admin, { name, scopes: ['jobs:read', 'jobs:write', 'reports:read'], roles, regionCode })).auth;

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_apps', [jobsService, placementService, trainingService]);
    base = platform.base;
    const urls = Object.fromEntries(platform.services.map((svc) => [svc.name, `127.0.0.1:${svc.grpcPort}`]));
    training = createServiceClient('training', urls.training);
    placementUrl = urls.placement;
    auth.admin = await sandboxAuth(base, 'admin');
    auth.partnerA = await sandboxAuth(base, 'partnerA');
    auth.partnerB = await sandboxAuth(base, 'partnerB');
    auth.regency3374 = await clientToken('Disnaker Kota Semarang', ['DISNAKER_REGENCY'], '33.74');
  });
  afterAll(async () => {
    training?.close();
    await platform?.close();
  });

  const vacancyBody = (employerId: string, extra: Record<string, unknown> = {}) => ({
    employerId,
    positionName: 'Teknisi Listrik',
    kbjiCode: '7411',
    kbliCode: '43211',
    regionCode: '33.74',
    numberNeeded: 1,
    validFrom: wibDate(),
    validUntil: wibDate(90),
    minEducation: 'SMK',
    skills: ['Instalasi Listrik', 'K3 Listrik'],
    skkniUnits: ['D.351100.004.01', 'D.351100.010.01'],
    wageMin: 4000000,
    wageMax: 6000000,
    ...extra,
  });

  it('runs the whole path: apply once, employer-only moves, illegal moves and over-hiring refused, HIRED closes the card and is counted once', async () => {
    const employerA = await ok(
      await post('/v1/employers', 'partnerA', {
        nib: nib(),
        legalName: 'PT Listrik Jaya',
        employerType: 'PRIVATE',
        kbliCodes: ['43211'],
        regionCode: '33.74',
      }),
      201,
    );
    const vacancy = await ok(await post('/v1/vacancies', 'partnerA', vacancyBody(employerA.id)), 201);
    expect(vacancy.state).toBe('PUBLISHED');

    // a person registers himself; the regency officer issues the AK/1 card
    const body1 = seekerBody('MALE');
    auth.seeker = await personToken(body1.nik, body1.birthDate, 1);
    const seeker = await ok(await post('/v1/job-seekers', 'seeker', body1), 201);
    await ok(await post(`/v1/job-seekers/${seeker.id}/card`, 'regency3374', {}));

    // apply once: 201, then 409 naming the existing application; the same Idempotency-Key replays
    const apply = { vacancyId: vacancy.id, jobSeekerId: seeker.id, coverLetter: 'Saya berpengalaman instalasi listrik.' };
    const res = await post('/v1/applications', 'seeker', apply, { 'idempotency-key': `apply-${seeker.id}` });
    const application = await ok(res, 201);
    expect(res.headers.get('location')).toBe(`/v1/applications/${application.id}`);
    expect(application).toMatchObject({
      state: 'APPLIED',
      vacancyId: vacancy.id,
      jobSeekerId: seeker.id,
      employerId: employerA.id,
      screeningNotes: [],
    });
    expect((await ok(await post('/v1/applications', 'seeker', apply, { 'idempotency-key': `apply-${seeker.id}` }), 201)).id).toBe(
      application.id,
    );
    const twice = await post('/v1/applications', 'seeker', apply);
    await expectProblem(twice, 409, new RegExp(application.id));
    expect(twice.headers.get('location')).toBe(`/v1/applications/${application.id}`);

    // employer B (partner B), who has no part in it, is told nothing of employer A's application (404, as for an unknown
    // id); the seeker cannot shortlist himself
    await expectProblem(await post(`/v1/applications/${application.id}/transitions`, 'partnerB', { toState: 'SHORTLISTED' }), 404);
    await expectProblem(await post(`/v1/applications/${application.id}/transitions`, 'seeker', { toState: 'SHORTLISTED' }), 403);
    await expectProblem(await get(`/v1/vacancies/${vacancy.id}/applications`, 'partnerB'), 403);
    // illegal transition: 409 problem+json; unknown state: 400
    await expectProblem(
      await post(`/v1/applications/${application.id}/transitions`, 'partnerA', { toState: 'HIRED' }),
      409,
      /APPLIED: it cannot become HIRED/,
    );
    await expectProblem(await post(`/v1/applications/${application.id}/transitions`, 'partnerA', { toState: 'APPLIED' }), 400);

    for (const toState of ['SHORTLISTED', 'INTERVIEW', 'OFFERED'])
      await ok(await post(`/v1/applications/${application.id}/transitions`, 'partnerA', { toState, note: `ke ${toState}` }));
    const hired = await ok(
      await post(`/v1/applications/${application.id}/transitions`, 'partnerA', { toState: 'HIRED', note: 'mulai 1 Desember' }),
    );
    expect(hired.state).toBe('HIRED');
    expect(hired.history.map((h: { toState: string }) => h.toState)).toEqual(['APPLIED', 'SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED']);
    expect(hired.history[0]).toMatchObject({ fromState: null, actorSide: 'SEEKER' });
    expect(hired.history[4]).toMatchObject({ fromState: 'OFFERED', actorSide: 'EMPLOYER', note: 'mulai 1 Desember' });

    // the AK/1 card is PLACED
    expect((await ok(await get(`/v1/job-seekers/${seeker.id}`, 'seeker'))).status).toBe('PLACED');

    // a second hire beyond numberNeeded (1) is 409; that seeker stays on the register
    const seeker2 = await ok(await post('/v1/job-seekers', 'partnerA', seekerBody('FEMALE')), 201);
    const app2 = await ok(await post('/v1/applications', 'partnerA', { vacancyId: vacancy.id, jobSeekerId: seeker2.id }), 201);
    expect(app2.screeningNotes).toEqual([]);
    for (const toState of ['SHORTLISTED', 'INTERVIEW', 'OFFERED'])
      await ok(await post(`/v1/applications/${app2.id}/transitions`, 'partnerA', { toState }));
    await expectProblem(
      await post(`/v1/applications/${app2.id}/transitions`, 'partnerA', { toState: 'HIRED' }),
      409,
      /needs 1 and 1 is already hired/,
    );
    expect((await ok(await get(`/v1/job-seekers/${seeker2.id}`, 'regency3374', { 'x-purpose': 'PLACEMENT_SERVICE' }))).status).toBe(
      'REGISTERED',
    );

    // applicant lists: the employer per vacancy with a state filter and cursor pages; the seeker his own
    const page1 = await ok(await get(`/v1/vacancies/${vacancy.id}/applications?pageSize=1`, 'partnerA'));
    expect(page1.applications.map((a: { id: string }) => a.id)).toEqual([app2.id]);
    const page2 = await ok(await get(`/v1/vacancies/${vacancy.id}/applications?pageSize=1&pageToken=${page1.nextPageToken}`, 'partnerA'));
    expect(page2.applications.map((a: { id: string }) => a.id)).toEqual([application.id]);
    expect(
      (await ok(await get(`/v1/vacancies/${vacancy.id}/applications?state=HIRED`, 'partnerA'))).applications.map(
        (a: { id: string }) => a.id,
      ),
    ).toEqual([application.id]);
    expect(
      (await ok(await get(`/v1/job-seekers/${seeker.id}/applications`, 'seeker'))).applications.map((a: { state: string }) => a.state),
    ).toEqual(['HIRED']);
    // another person's applications: 404, as for an unknown seeker
    await expectProblem(await get(`/v1/job-seekers/${seeker2.id}/applications`, 'seeker'), 404);

    // the hire is recorded once for the person (from PlacementRecorded on Kafka), as AKL, in the seeker's regency. Read per
    // person straight from the placement service as the ministry: the report below sums every test on the shared broker
    const month = wibDate().slice(0, 7);
    const personId = new PersonIdentity(TEST_PERSON_SECRET).personId(body1.nik);
    const ministry = { metadata: { 'x-caller': JSON.stringify({ sub: 'ministry-auditor', roles: ['MINISTRY_ADMIN'] }) } };
    const placementClient = createServiceClient('placement', placementUrl);
    try {
      const held = await waitFor(
        async () => {
          const r = await placementClient.exportPersonData({ personId }, ministry);
          return r.placements.length >= 1 && r.placements;
        },
        { what: 'placement counted', timeoutMs: 60000 },
      );
      const recorded = {
        applicationId: application.id,
        vacancyId: vacancy.id,
        employerId: employerA.id,
        employerType: 'PRIVATE',
        kbliMainGroup: '43',
        regionCode: '33.74',
        channel: 'AKL',
        month,
      };
      expect(held).toEqual([expect.objectContaining(recorded)]);
      // the regional report counts it (with whatever other tests placed in the region this month)
      const report = await ok(await get(`/v1/reports/placements?region=33&month=${month}`, 'admin'));
      expect(report).toMatchObject({ regionCode: '33', month });
      expect(report.male).toBeGreaterThanOrEqual(1);
      for (const [dim, key] of [
        ['byRegency', '33.74'],
        ['byChannel', 'AKL'],
        ['byKbliMainGroup', '43'],
        ['byEmployerType', 'PRIVATE'],
      ] as const) {
        expect(report[dim].find((b: { key: string }) => b.key === key)?.male).toBeGreaterThanOrEqual(1);
      }
      // still once after the relay and consumer had every chance to deliver again
      await new Promise((r) => setTimeout(r, 1500));
      expect((await placementClient.exportPersonData({ personId }, ministry)).placements).toHaveLength(1);
    } finally {
      placementClient.close();
    }
    expect((await ok(await get(`/v1/reports/placements?region=33.74&month=${month}`, 'regency3374'))).total).toBeGreaterThanOrEqual(1);
    await expectProblem(await get(`/v1/reports/placements?region=32&month=${month}`, 'regency3374'), 403);
    await expectProblem(await get(`/v1/reports/placements?region=3&month=${month}`, 'admin'), 400);
  });

  it('matches vacancies to a seeker with explained scores and training for the missing units, and seekers to a vacancy masked', async () => {
    const employerB = await ok(
      await post('/v1/employers', 'partnerB', {
        nib: nib(),
        legalName: 'PT Terang Abadi',
        employerType: 'STATE_OWNED',
        kbliCodes: ['35101'],
        regionCode: '33.74',
      }),
      201,
    );
    const vacancy = await ok(
      await post('/v1/vacancies', 'partnerB', vacancyBody(employerB.id, { numberNeeded: 3, kbliCode: '35101' })),
      201,
    );
    const program = await training.createProgram({
      program: {
        providerName: 'BLK Semarang',
        title: 'K3 Listrik',
        regionCode: '33.74',
        kbjiCode: '7411',
        competencyUnits: ['D.351100.010.01'],
        durationDays: 30,
        capacity: 16,
      },
    });
    const seeker = await ok(await post('/v1/job-seekers', 'partnerA', seekerBody('FEMALE')), 201);

    const m = await ok(await get(`/v1/matches?jobSeekerId=${seeker.id}&limit=5`, 'partnerA'));
    expect(m).toMatchObject({ for: 'JOB_SEEKER', id: seeker.id, jobSeekers: [], trainingProgramsAvailable: true });
    expect(m.candidates).toBeGreaterThanOrEqual(1);
    const hit = m.vacancies.find((v: { vacancyId: string }) => v.vacancyId === vacancy.id);
    expect(hit).toBeDefined();
    expect(hit.components.map((c: { name: string }) => c.name)).toEqual([
      'OCCUPATION',
      'SKILLS',
      'CERTIFICATES',
      'EDUCATION',
      'REGION',
      'WAGE',
    ]);
    expect(hit.components.find((c: { name: string }) => c.name === 'OCCUPATION')).toMatchObject({
      score: 1,
      reason: expect.stringContaining('7411'),
    });
    expect(hit).toMatchObject({ missingSkkniUnits: ['D.351100.010.01'], missingSkills: ['K3 Listrik'], eligibility: 1 });
    // 0.3*1 + 0.25*0.5 + 0.1*0 + 0.15*1 + 0.1*1 + 0.1*1
    expect(hit.score).toBeCloseTo(0.775, 3);
    expect(hit.trainingPrograms).toEqual([
      { id: program.id, title: 'K3 Listrik', providerName: 'BLK Semarang', regionCode: '33.74', teaches: ['D.351100.010.01'] },
    ]);

    // seekers for a vacancy: who acts for the employer sees them masked; other employers are refused
    const s = await ok(await get(`/v1/matches?vacancyId=${vacancy.id}`, 'partnerB'));
    expect(s.for).toBe('VACANCY');
    const found = s.jobSeekers.find((x: { jobSeeker: { id: string } }) => x.jobSeeker.id === seeker.id);
    expect(found.jobSeeker).toMatchObject({ masked: true, nik: expect.stringMatching(/\*/) });
    expect(found.components).toHaveLength(6);
    await expectProblem(await get(`/v1/matches?vacancyId=${vacancy.id}`, 'partnerA'), 403);
    await expectProblem(await get('/v1/matches', 'partnerA'), 400);
    await expectProblem(await get(`/v1/matches?jobSeekerId=${seeker.id}&vacancyId=${vacancy.id}`, 'partnerA'), 400);
  });
});
