import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, kafkaBrokers, sandboxAuth, serviceTestEnv, TEST_PERSON_SECRET, testNik } from '@siapkerja/testing';
import { startGateway, type RunningGateway } from '../../services/gateway/src/app';
import { identityService } from '../../services/identity/src/identity.module';
import { certificationService } from '../../services/certification/src/certification.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { trainingService } from '../../services/training/src/training.module';
import { placementService } from '../../services/placement/src/placement.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { callerHttp, ok, personAuth, wibDate } from './http';
import { newLspClientAuth } from './sertihub-setup';

/**
 * A person's data export (UU 27/2022) over HTTP: the gateway's own data plus what Karirhub holds (services.jobs: the
 * job-seeker profile unmasked with the AK/1 card, the applications with their history), read from the real jobs service
 * (gRPC, PostgreSQL, Kafka) with the person's own caller, and what Skillhub holds (services.training: his enrolments with
 * their history) from the real training service, and what Sertihub holds (services.certification: the certificates issued to him)
 * from the real certification service, and what the placement statistics link to him (services.placement). When the jobs service is down the section says so and the request stays
 * COMPLETED: the next download has it again.
 */
describe("privacy export with the services' data (GET /v1/privacy/requests/{id}/export)", () => {
  let jobs: RunningService | undefined;
  let training: RunningService;
  let certification: RunningService;
  let placement: RunningService;
  let entrepreneurship: RunningService;
  let jobsDb: string;
  let gw: RunningGateway;
  let base: string;
  let identity: RunningService;
  const drops: (() => Promise<void>)[] = [];
  const auth: Record<string, Record<string, string>> = {};
  const serial = 1000 + Math.floor(Math.random() * 8000);
  const nik = `337401520395${String(serial).padStart(4, '0')}`; // woman born 1995-03-12, Kota Semarang
  const phone = `08129${String(serial).padStart(7, '0')}`;

  const { post, get } = callerHttp(() => base, auth);

  beforeAll(async () => {
    // identity first: it keeps the access log the services write their reads of personal data to
    const identityDb = await createTestDatabase('e2e_export_identity');
    drops.push(identityDb.drop);
    identity = await startService(identityService, serviceTestEnv(identityDb.url, { SANDBOX: 'true' }));
    const db = await createTestDatabase('e2e_export_jobs');
    drops.push(db.drop);
    jobsDb = db.url;
    jobs = await startService(jobsService, serviceTestEnv(jobsDb, { IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}` }));
    const trainingDb = await createTestDatabase('e2e_export_training');
    drops.push(trainingDb.drop);
    training = await startService(trainingService, serviceTestEnv(trainingDb.url, { IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}` }));
    const certificationDb = await createTestDatabase('e2e_export_certification');
    drops.push(certificationDb.drop);
    certification = await startService(
      certificationService,
      serviceTestEnv(certificationDb.url, { IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}` }),
    );
    const placementDb = await createTestDatabase('e2e_export_placement');
    drops.push(placementDb.drop);
    placement = await startService(placementService, serviceTestEnv(placementDb.url));
    const tkmDb = await createTestDatabase('e2e_export_tkm');
    drops.push(tkmDb.drop);
    entrepreneurship = await startService(entrepreneurshipService, serviceTestEnv(tkmDb.url));
    const gwDb = await createTestDatabase('e2e_export_gw');
    drops.push(gwDb.drop);
    gw = await startGateway({
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      GRPC_DEADLINE_MS: '5000',
      DATABASE_URL: gwDb.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      SANDBOX: 'true',
      JOBS_GRPC_URL: `127.0.0.1:${jobs.grpcPort}`,
      TRAINING_GRPC_URL: `127.0.0.1:${training.grpcPort}`,
      CERTIFICATION_GRPC_URL: `127.0.0.1:${certification.grpcPort}`,
      PLACEMENT_GRPC_URL: `127.0.0.1:${placement.grpcPort}`,
      ENTREPRENEURSHIP_GRPC_URL: `127.0.0.1:${entrepreneurship.grpcPort}`,
      IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}`,
    });
    base = gw.url;
    auth.partner = await sandboxAuth(base, 'partnerA');
    auth.admin = await sandboxAuth(base, 'admin');
    // issue 12: certificates are issued by the LSP licensed for the scheme, through a client acting for it
    auth.lsp = (await newLspClientAuth(base, await sandboxAuth(base, 'admin'), 'LSP Ketenagalistrikan')).headers;
  });
  afterAll(async () => {
    await gw?.close();
    await jobs?.stop();
    await training?.stop();
    await certification?.stop();
    await placement?.stop();
    await entrepreneurship?.stop();
    await identity?.stop();
    for (const d of drops) await d();
  });

  let request: { id: string; exportUrl: string };
  let seekerId: string;
  let applicationId: string;
  let enrolmentId: string;
  let certificateId: string;

  it('a person who registered as a job seeker and applied downloads his profile (with the NIK) and his application with its history', async () => {
    // sign up, verify, log in
    const email = `dewi.${serial}@example.id`;
    auth.self = await personAuth(base, {
      nik,
      name: 'Dewi Lestari',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1995-03-12',
      sex: 2,
      phone,
      email,
      password: 'kopi-tubruk-2026',
    });

    // register as a job seeker with his own NIK, and apply to a published vacancy
    const seeker = await ok(
      await post('/v1/job-seekers', 'self', {
        nik,
        name: 'Dewi Lestari',
        birthPlace: 'Semarang',
        birthDate: '1995-03-12',
        sex: 'FEMALE',
        maritalStatus: 'SINGLE',
        religion: 'ISLAM',
        address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001', postalCode: '50132' },
        phone,
        email,
        education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Elektronika', graduationYear: 2013 }],
        skills: ['Instalasi listrik'],
        wantedKbjiCodes: ['7411'],
        expectedWage: 4500000,
      }),
      201,
    );
    seekerId = seeker.id;
    const nib = String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));
    const employer = await ok(
      await post('/v1/employers', 'partner', {
        nib,
        legalName: 'PT Listrik Jaya',
        employerType: 'PRIVATE',
        kbliCodes: ['43211'],
        regionCode: '33.74',
      }),
      201,
    );
    const vacancy = await ok(
      await post('/v1/vacancies', 'partner', {
        employerId: employer.id,
        positionName: 'Teknisi Listrik',
        kbjiCode: '7411',
        kbliCode: '43211',
        regionCode: '33.74',
        numberNeeded: 1,
        validFrom: wibDate(0),
        validUntil: wibDate(90),
      }),
      201,
    );
    applicationId = (
      await ok(await post('/v1/applications', 'self', { vacancyId: vacancy.id, jobSeekerId: seekerId, coverLetter: 'Saya berminat.' }), 201)
    ).id;
    await ok(await post(`/v1/applications/${applicationId}/transitions`, 'partner', { toState: 'SHORTLISTED', note: 'cocok' }));
    // and enrols himself in a training batch that the partner's program runs
    const program = await ok(
      await post('/v1/training-programs', 'partner', {
        providerName: 'BLK Semarang',
        title: 'Instalasi Listrik Bangunan',
        regionCode: '33.74',
        kbjiCode: '7411',
        competencyUnits: ['F.439900.001.01'],
        durationDays: 30,
        capacity: 16,
      }),
      201,
    );
    const batch = await ok(
      await post(`/v1/training-programs/${program.id}/batches`, 'partner', {
        startDate: wibDate(10),
        endDate: wibDate(40),
        registrationOpens: wibDate(0),
        registrationCloses: wibDate(5),
        mode: 'OFFLINE',
      }),
      201,
    );
    await ok(await post(`/v1/training-batches/${batch.id}/open`, 'partner', {}));
    enrolmentId = (
      await ok(
        await post(`/v1/training-batches/${batch.id}/enrolments`, 'self', { nik, name: 'Dewi Lestari', birthDate: '1995-03-12' }),
        201,
      )
    ).id;
    await ok(await post(`/v1/training-enrolments/${enrolmentId}/accept`, 'partner', { note: 'lulus seleksi' }));
    // and an LSP (the partner) certifies her
    const scheme = await ok(
      await post('/v1/certification-schemes', 'lsp', {
        code: `SKM-IL-${serial}-${Date.now()}`,
        name: 'Instalatir Listrik',
        schemeType: 'OKUPASI',
        competencyUnits: ['F.439900.001.01'],
        kbjiCode: '7411',
      }),
      201,
    );
    certificateId = (
      await ok(
        await post('/v1/certificates', 'lsp', {
          schemeId: scheme.id,
          holder: { nik, name: 'Dewi Lestari' },
          number: `IL ${serial} ${Date.now()}`,
          issueDate: wibDate(0),
        }),
        201,
      )
    ).id;

    // a TKM group registered by a partner with her as its leader (issue 13): the export lists her membership
    const tkmProgram = await ok(
      await post('/v1/tkm-programs', 'admin', {
        code: `EXP${serial}`,
        name: 'TKM Pemula Semarang 2026',
        year: 2026,
        fundingBasis: 'PER_GROUP',
        amount: 10000000,
        minMembers: 2,
        maxMembers: 10,
        minAge: 18,
        maxAge: 60,
        eligibleStatuses: ['JOB_SEEKER', 'UNDEREMPLOYED'],
        residenceRule: 'GROUP_REGENCY',
      }),
      201,
    );
    const member = (n: string, name: string, birthDate: string, leader: boolean) => ({
      nik: n,
      name,
      birthDate,
      employmentStatus: 'JOB_SEEKER',
      residenceRegionCode: '33.74',
      educationLevel: 'SMA',
      leader,
    });
    await ok(
      await post('/v1/tkm-groups', 'partner', {
        name: 'KUB Sumber Rejeki',
        programId: tkmProgram.id,
        regionCode: '33.74',
        businessPlan: { kbliCode: '10710', description: 'Roti dan kue', locationRegionCode: '33.74.01' },
        members: [
          member(nik, 'Sri Wahyuni', '1995-03-12', true),
          member(testNik('3374', '1990-05-05', 1), 'Budi Santoso', '1990-05-05', false),
        ],
      }),
      201,
    );

    // the EXPORT request is completed at once; the download holds the gateway's data and the jobs service's
    request = await ok(await post('/v1/privacy/requests', 'self', { type: 'EXPORT' }), 201);
    expect(request).toMatchObject({ type: 'EXPORT', status: 'COMPLETED', exportUrl: `/v1/privacy/requests/${request.id}/export` });
    const res = await get(request.exportUrl, 'self');
    const x = await ok(res);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="siapkerja-export-${request.id}.json"`);
    expect(x).toMatchObject({
      format: 'siapkerja.privacy.export.v1',
      scope: 'gateway,jobs,training,certification,placement,entrepreneurship',
      complete: true,
      account: { email, nikMasked: `3374********${nik.slice(-4)}` },
    });
    expect(x.services.jobs.jobSeeker).toMatchObject({
      id: seekerId,
      nik,
      name: 'Dewi Lestari',
      birthDate: '1995-03-12',
      phone,
      email,
      religion: 'ISLAM',
      masked: false,
      status: 'REGISTERED',
      address: { line: 'Jl. Pemuda No. 12, RT 03/RW 05', regionCode: '33.74.01.1001', postalCode: '50132' },
      regionCode: '33.74',
    });
    expect(x.services.jobs.jobSeeker).not.toHaveProperty('personId');
    expect(x.services.jobs).toMatchObject({ erasedAt: null, processingRestrictedAt: null });
    expect(x.services.jobs.applications).toEqual([
      expect.objectContaining({
        id: applicationId,
        vacancyId: vacancy.id,
        positionName: 'Teknisi Listrik',
        state: 'SHORTLISTED',
        coverLetter: 'Saya berminat.',
        history: [
          expect.objectContaining({ fromState: null, toState: 'APPLIED' }),
          expect.objectContaining({ fromState: 'APPLIED', toState: 'SHORTLISTED', note: 'cocok' }),
        ],
      }),
    ]);
    expect(x.services.training).toEqual({
      erasedAt: null,
      processingRestrictedAt: null,
      enrolments: [
        expect.objectContaining({
          id: enrolmentId,
          nik,
          birthDate: '1995-03-12',
          name: 'Dewi Lestari',
          masked: false,
          state: 'ACCEPTED',
          registrant: 'SELF',
          programTitle: 'Instalasi Listrik Bangunan',
          history: [
            expect.objectContaining({ fromState: null, toState: 'REGISTERED' }),
            expect.objectContaining({ fromState: 'REGISTERED', toState: 'ACCEPTED', note: 'lulus seleksi' }),
          ],
        }),
      ],
    });
    expect(x.services.certification).toEqual({
      erasedAt: null,
      processingRestrictedAt: null,
      // the certificate was issued directly (no application for an assessment through Sertihub)
      assessments: [],
      certificates: [
        expect.objectContaining({
          id: certificateId,
          holder: { nik, name: 'Dewi Lestari', nikMasked: false },
          schemeName: 'Instalatir Listrik',
          status: 'VALID',
          verificationCode: expect.any(String),
          history: [expect.objectContaining({ fromStatus: null, toStatus: 'VALID' })],
        }),
      ],
    });
    // nobody hired her yet: the placement statistics hold nothing linked to her (their content: services/placement tests)
    expect(x.services.placement).toEqual({ placements: [], erasedAt: null });
    // her TKM membership, unmasked for herself
    expect(x.services.entrepreneurship.memberships).toEqual([
      expect.objectContaining({ nik, name: 'Sri Wahyuni', birthDate: '1995-03-12', leader: true, active: true, regionCode: '33.74' }),
    ]);
    // the download is in the access log, naming the jobs, training and certification services' data
    expect(x.accessLog).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resourceType: 'privacy-export',
          resourceId: request.id,
          fields: expect.arrayContaining(['jobs.jobSeeker', 'jobs.applications', 'training.enrolments', 'certification.certificates']),
        }),
      ]),
    );
  });

  it('marks the jobs section unavailable while the jobs service is down, keeps the request COMPLETED, and has the data again on the next download', async () => {
    const port = jobs!.grpcPort;
    await jobs!.stop();
    jobs = undefined;
    const x = await ok(await get(request.exportUrl, 'self'));
    expect(x.services).toEqual({
      jobs: { unavailable: true },
      training: expect.objectContaining({ enrolments: [expect.objectContaining({ id: enrolmentId })] }),
      certification: expect.objectContaining({ certificates: [expect.objectContaining({ id: certificateId })] }),
      placement: { placements: [], erasedAt: null },
      entrepreneurship: { memberships: [expect.objectContaining({ nik, leader: true, active: true })] },
    });
    expect(x.complete).toBe(false);
    expect(x.account).toMatchObject({ nikMasked: `3374********${nik.slice(-4)}` });
    expect(JSON.stringify(x.services.jobs)).not.toContain(nik);
    // only what was actually read is logged
    expect(x.accessLog[x.accessLog.length - 1].fields).not.toContain('jobs.jobSeeker');
    expect(x.accessLog[x.accessLog.length - 1].fields).toContain('training.enrolments');
    expect(await ok(await get(`/v1/privacy/requests/${request.id}`, 'self'))).toMatchObject({
      status: 'COMPLETED',
      exportUrl: request.exportUrl,
    });

    // the jobs service is back (same address): the same request downloads in full
    jobs = await startService(jobsService, serviceTestEnv(jobsDb, { GRPC_PORT: String(port) }));
    const again = await ok(await get(request.exportUrl, 'self'));
    expect(again).toMatchObject({
      complete: true,
      services: { jobs: { jobSeeker: { id: seekerId, nik }, applications: [expect.objectContaining({ id: applicationId })] } },
    });
  });
});
