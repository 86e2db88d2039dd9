import { createServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import type { RunningService } from '@siapkerja/service-kit';
import { sandboxAuth, TEST_PERSON_SECRET, testNik, waitFor } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { callerHttp, nib, ok, personAuth, wibDate } from './http';
import { newLspClientAuth } from './sertihub-setup';

/**
 * Link and match, the platform's purpose, over HTTP: one person's traceable path from a BLK training batch (Skillhub) to a
 * competency certificate (Sertihub) to a job (Karirhub) to the placement statistics, across the gateway and four real
 * services (gRPC, PostgreSQL, Kafka between them). Then the person downloads everything the platform holds about that
 * path, asks for erasure, and every service carries it out while the placement stays counted.
 */
type Exporting = { exportPersonData(req: { personId: string }, opts: object): Promise<any>; close(): void };

describe('link and match: training -> certificate -> job -> placement, one traceable path', () => {
  let platform: InProcessPlatform;
  let services: RunningService[];
  let base: string;
  const auth: Record<string, Record<string, string>> = {};
  const serial = 1000 + Math.floor(Math.random() * 8000);
  const nik = testNik('3374', '1997-08-17', 2);
  const phone = `08571${String(serial).padStart(7, '0')}`;
  const email = `sari.${serial}.${Date.now()}@example.id`;
  const units = ['F.439900.001.01', 'F.439900.002.01'];
  const month = wibDate().slice(0, 7);

  const { call } = callerHttp(() => base, auth);
  const post = (path: string, who: string, body: unknown, status = 200) => ok(call('POST', path, who, body), status);
  const get = (path: string, who: string) => ok(call('GET', path, who));

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_lm', [
      jobsService,
      trainingService,
      certificationService,
      placementService,
      entrepreneurshipService,
    ]);
    ({ services, base } = platform);
    auth.partner = await sandboxAuth(base, 'partnerA'); // a platform that runs a BLK, an LSP and an employer's hiring
    auth.admin = await sandboxAuth(base, 'admin');
    // issue 12: certificates are issued by the LSP licensed for the scheme, through a client acting for it
    auth.lsp = (await newLspClientAuth(base, auth.admin, 'LSP Ketenagalistrikan')).headers;

    auth.sari = await personAuth(base, {
      nik,
      name: 'Sari Wulandari',
      motherMaidenName: 'Siti Aminah',
      birthDate: '1997-08-17',
      sex: 2,
      phone,
      email,
      password: 'teh-manis-2026',
    });
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('follows one person from a BLK batch to a certificate to a hire, and erases her from every service while the placement stays counted', async () => {
    // she registers as a job seeker (AK/1 register) in Kota Semarang
    const seeker = await post(
      '/v1/job-seekers',
      'sari',
      {
        nik,
        name: 'Sari Wulandari',
        birthPlace: 'Semarang',
        birthDate: '1997-08-17',
        sex: 'FEMALE',
        maritalStatus: 'SINGLE',
        religion: 'ISLAM',
        address: { line: 'Jl. Pandanaran No. 5', regionCode: '33.74.01.1001' },
        phone,
        email,
        education: [{ level: 'SMK', institution: 'SMK Negeri 2 Semarang', major: 'Teknik Instalasi Listrik', graduationYear: 2015 }],
        skills: ['Instalasi listrik'],
        wantedKbjiCodes: ['7411'],
        expectedWage: 4_500_000,
      },
      201,
    );

    // Skillhub: the BLK's program on two SKKNI units, a batch, her enrolment, accepted
    const program = await post(
      '/v1/training-programs',
      'partner',
      {
        providerName: 'BLK Semarang',
        title: 'Instalasi Listrik Bangunan',
        regionCode: '33.74',
        kbjiCode: '7411',
        competencyUnits: units,
        durationDays: 33,
        capacity: 16,
      },
      201,
    );
    const batch = await post(
      `/v1/training-programs/${program.id}/batches`,
      'partner',
      { startDate: wibDate(10), endDate: wibDate(43), registrationOpens: wibDate(0), registrationCloses: wibDate(5), mode: 'OFFLINE' },
      201,
    );
    await post(`/v1/training-batches/${batch.id}/open`, 'partner', {});
    const enrolment = await post(
      `/v1/training-batches/${batch.id}/enrolments`,
      'sari',
      { nik, name: 'Sari Wulandari', birthDate: '1997-08-17' },
      201,
    );
    await post(`/v1/training-enrolments/${enrolment.id}/accept`, 'partner', { note: 'lulus seleksi' });

    // Sertihub: the LSP certifies her on a scheme of the same units
    const scheme = await post(
      '/v1/certification-schemes',
      'lsp',
      {
        code: `SKM-ILB-${serial}-${Date.now()}`,
        name: 'Instalatir Listrik Bangunan',
        schemeType: 'OKUPASI',
        competencyUnits: units,
        kbjiCode: '7411',
      },
      201,
    );
    const certificate = await post(
      '/v1/certificates',
      'lsp',
      { schemeId: scheme.id, holder: { nik, name: 'Sari Wulandari' }, number: `ILB ${serial} ${Date.now()}`, issueDate: wibDate() },
      201,
    );

    // Karirhub: an employer's vacancy asking for those units; her matches propose it, explaining the certificate
    const employer = await post(
      '/v1/employers',
      'partner',
      { nib: nib(), legalName: 'PT Terang Abadi', employerType: 'PRIVATE', kbliCodes: ['43211'], regionCode: '33.74' },
      201,
    );
    const vacancy = await post(
      '/v1/vacancies',
      'partner',
      {
        employerId: employer.id,
        positionName: 'Teknisi Instalasi Listrik',
        kbjiCode: '7411',
        kbliCode: '43211',
        regionCode: '33.74',
        numberNeeded: 1,
        validFrom: wibDate(),
        validUntil: wibDate(60),
        skkniUnits: units,
      },
      201,
    );
    const match = await waitFor(
      async () => {
        const m = await get(`/v1/matches?jobSeekerId=${seeker.id}`, 'sari');
        const v = m.vacancies.find((x: { vacancyId: string }) => x.vacancyId === vacancy.id);
        return v?.components.find((c: { name: string; score: number }) => c.name === 'CERTIFICATES' && c.score === 1) ? v : undefined;
      },
      { what: 'the certificate counted in her matches', timeoutMs: 60000 },
    );
    expect(match.components.find((c: { name: string }) => c.name === 'CERTIFICATES').reason).toContain(certificate.number);

    // she applies; the employer hires her
    const application = await post(
      '/v1/applications',
      'sari',
      { vacancyId: vacancy.id, jobSeekerId: seeker.id, coverLetter: 'Lulusan BLK Semarang, bersertifikat.' },
      201,
    );
    for (const toState of ['SHORTLISTED', 'INTERVIEW', 'OFFERED', 'HIRED'])
      await post(`/v1/applications/${application.id}/transitions`, 'partner', { toState });

    // placement statistics: the hire is counted in her regency and month, channel AKL (she works where she lives)
    const report = await waitFor(
      async () => {
        const r = await get(`/v1/reports/placements?region=33.74&month=${month}`, 'admin');
        return r.total >= 1 ? r : undefined;
      },
      { what: 'the placement counted', timeoutMs: 60000 },
    );
    expect(report.byChannel).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'AKL' })]));

    // her export holds the whole path, one section per service
    const exported = async () => {
      const req = await post('/v1/privacy/requests', 'sari', { type: 'EXPORT' }, 201);
      return get(req.exportUrl, 'sari');
    };
    const path = await waitFor(
      async () => {
        const x = await exported();
        return x.services.placement.placements?.length ? x : undefined;
      },
      { what: 'the placement in her export', timeoutMs: 60000 },
    );
    expect(path).toMatchObject({ complete: true, scope: 'gateway,jobs,training,certification,placement,entrepreneurship' });
    expect(path.services.training.enrolments).toEqual([
      expect.objectContaining({ id: enrolment.id, state: 'ACCEPTED', programTitle: 'Instalasi Listrik Bangunan', nik }),
    ]);
    expect(path.services.certification.certificates).toEqual([
      expect.objectContaining({ id: certificate.id, status: 'VALID', holder: expect.objectContaining({ nik }) }),
    ]);
    expect(path.services.jobs.applications).toEqual([expect.objectContaining({ id: application.id, state: 'HIRED' })]);
    expect(path.services.placement.placements).toEqual([
      expect.objectContaining({
        applicationId: application.id,
        vacancyId: vacancy.id,
        employerId: employer.id,
        kbjiCode: '7411',
        regionCode: '33.74',
        channel: 'AKL',
        month,
      }),
    ]);

    // she asks for erasure: her account is pseudonymised at once (her token dies with it) and every service pseudonymises
    // or unlinks her data when the event reaches it through Kafka; the statistics stay
    await post('/v1/privacy/requests', 'sari', { type: 'ERASURE' }, 201);
    expect((await call('GET', '/v1/privacy/requests', 'sari')).status).toBe(401);
    // what each service still holds about her, read as the ministry straight from the services (gRPC)
    const personId = new PersonIdentity(TEST_PERSON_SECRET).personId(nik);
    const ministry = { metadata: { 'x-caller': JSON.stringify({ sub: 'ministry-auditor', roles: ['MINISTRY_ADMIN'] }) } };
    const held = async () => {
      const out: Record<string, any> = {};
      for (const name of ['jobs', 'training', 'certification', 'placement'] as const) {
        // every service's ExportPersonData takes { personId }
        const svc = services.find((s) => s.name === name)!;
        const client = createServiceClient(name, `127.0.0.1:${svc.grpcPort}`) as unknown as Exporting;
        try {
          out[name] = await client.exportPersonData({ personId }, ministry);
        } finally {
          client.close();
        }
      }
      return out;
    };
    const erased = await waitFor(
      async () => {
        const h = await held();
        return Object.values(h).every((x) => x.eraseTime) ? h : undefined;
      },
      { what: 'erasure carried out by every service', timeoutMs: 60000 },
    );
    expect(erased.placement.placements).toEqual([]);
    const left = JSON.stringify(erased);
    expect(left).not.toContain('Sari');
    expect(left).not.toContain('Wulandari');
    expect(left).not.toContain(nik);
    // the path stays in the statistics: the enrolment, the certificate and the application are still there, unnamed
    expect(erased.training.enrolments).toHaveLength(1);
    expect(erased.certification.certificates).toHaveLength(1);
    expect(erased.jobs.applications).toEqual([expect.objectContaining({ state: 'APPLICATION_STATE_HIRED' })]);
    expect((await get(`/v1/reports/placements?region=33.74&month=${month}`, 'admin')).total).toBe(report.total);
  });
});
