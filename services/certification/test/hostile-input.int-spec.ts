import { status } from '@grpc/grpc-js';
import { serviceDefinition, type certificationV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  serviceTestEnv,
  startFakeAccessLog,
  testNik,
  uniqueSuffix,
  violatedFields,
  asCaller as as,
} from '@siapkerja/testing';
import { PersonIdentity } from '@siapkerja/identity';
import { TEST_PERSON_SECRET } from '@siapkerja/testing';
import { certificationService } from '../src/certification.module';
import { eraseHolder } from '../src/certificates/certificates.privacy';

const bnsp = as({ sub: 'acc-bnsp', roles: ['BNSP'] });
const wib = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
const UNITS = ['J.620100.001.01', 'J.620100.002.01'];

/**
 * Sertihub with hostile and edge input as it arrives from the gateway (real PostgreSQL, Kafka, gRPC): every bad value is
 * INVALID_ARGUMENT naming the field or NOT_FOUND, never INTERNAL; nothing is stored in a non-canonical form.
 */
describe('Sertihub: hostile input (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'certification'>;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let drop: () => Promise<void>;
  let lsp: certificationV1.Lsp__Output;
  let lspA: ReturnType<typeof as>;

  const newScheme = (extra: Partial<certificationV1.Scheme> = {}) =>
    client.createScheme(
      {
        scheme: {
          code: `SKM-H-${uniqueSuffix()}`,
          name: 'Junior Web Developer',
          schemeType: 'SCHEME_TYPE_OKUPASI',
          competencyUnits: UNITS,
          ...extra,
        },
      },
      lspA,
    );

  beforeAll(async () => {
    const db = await createTestDatabase('sertihub_hostile');
    drop = db.drop;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(certificationService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    lsp = await client.createLsp(
      {
        lsp: {
          name: 'LSP Informatika',
          lspType: 'LSP_TYPE_P1',
          licenceNumber: `BNSP-${uniqueSuffix()}`,
          licenceValidUntil: wib(365),
          regionCode: '33.73',
        },
      },
      bnsp,
    );
    lspA = as({ sub: 'client:lsp-a', roles: ['PARTNER'], clientId: 'lsp-a', organizationId: lsp.id });
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  it('a licence renewal with a blank licence number is INVALID_ARGUMENT naming licenceNumber (not INTERNAL) and keeps the number', async () => {
    const err = await client
      .updateLspLicence({ id: lsp.id, status: 'LSP_STATUS_ACTIVE', licenceNumber: '   ', reason: '' }, bnsp)
      .catch((e) => e);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(err)).toEqual(['licenceNumber']);
    expect((await client.getLsp({ id: lsp.id }, bnsp)).licenceNumber).toBe(lsp.licenceNumber);
  });

  it('licence and registration numbers with a tab or a line break are refused naming the field', async () => {
    const lspErr = await client
      .createLsp(
        {
          lsp: {
            name: 'LSP X',
            lspType: 'LSP_TYPE_P1',
            licenceNumber: `BNSP\n${uniqueSuffix()}`,
            licenceValidUntil: wib(365),
            regionCode: '33',
          },
        },
        bnsp,
      )
      .catch((e) => e);
    expect(lspErr.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(lspErr)).toEqual(['licenceNumber']);
    const asrErr = await client
      .createAssessor(
        {
          assessor: {
            lspId: lsp.id,
            name: 'Asesor',
            registrationNumber: `MET\t${uniqueSuffix()}`,
            competenceAreas: UNITS,
            registrationValidUntil: wib(60),
            dailyCapacity: 2,
          },
        },
        lspA,
      )
      .catch((e) => e);
    expect(asrErr.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(asrErr)).toEqual(['registrationNumber']);
  });

  it('a status list number beyond the register is NOT_FOUND, not INTERNAL', async () => {
    for (const list of [16_384, 1_661_992_960, 2_147_483_647]) {
      await expect(client.getStatusList({ purpose: 'revocation', list })).rejects.toMatchObject({ code: status.NOT_FOUND });
    }
  });

  it('a scheme code with a tab, a line break or foreign characters, and repeated units, are refused naming the field', async () => {
    for (const code of [`SKM\tTAB-${uniqueSuffix()}`, `SKM\nNL-${uniqueSuffix()}`, `SKM–ÜNÍ-${uniqueSuffix()}`]) {
      const err = await newScheme({ code }).catch((e) => e);
      expect(err.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(err)).toEqual(['code']);
    }
    const dup = await newScheme({ competencyUnits: [UNITS[0], UNITS[0]] }).catch((e) => e);
    expect(dup.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(dup)).toEqual(['competencyUnits']);
  });

  it('a scheme code is one code in any letter case: the second spelling is ALREADY_EXISTS', async () => {
    const code = `SKM-CASE-${uniqueSuffix()}`.toUpperCase();
    await newScheme({ code });
    await expect(newScheme({ code: code.toLowerCase() })).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
  });

  it('an application repeating a unit in its self-assessment is refused naming selfAssessment', async () => {
    const scheme = await newScheme();
    const err = await client
      .createAssessment(
        {
          schemeId: scheme.id,
          applicant: { nik: testNik('3373', '1995-07-01', 2), name: 'Siti Aminah' },
          selfAssessment: [
            { unitCode: UNITS[0], competent: true, evidenceRef: '' },
            { unitCode: UNITS[0], competent: false, evidenceRef: '' },
          ],
        },
        lspA,
      )
      .catch((e) => e);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(err)).toEqual(['selfAssessment']);
  });

  it("the default validity is the scheme's: a certificate of a five-year scheme issued four years ago is still issued", async () => {
    const scheme = await newScheme({ validityYears: 5 });
    const issueDate = wib(-4 * 365);
    const cert = await client.issueCertificate(
      {
        schemeId: scheme.id,
        holder: { nik: testNik('3373', '1995-07-01', 2), name: 'Siti Aminah' },
        number: `V5 ${uniqueSuffix().toUpperCase()}`,
        issueDate,
      },
      lspA,
    );
    expect(cert.validUntil > wib()).toBe(true);
    expect(cert.status).toBe('CERTIFICATE_STATUS_VALID');
    // and a one-year scheme's certificate issued two years ago is refused, naming issueDate
    const short = await newScheme({ validityYears: 1 });
    const err = await client
      .issueCertificate(
        {
          schemeId: short.id,
          holder: { nik: testNik('3373', '1995-07-01', 2), name: 'Siti Aminah' },
          number: `V1 ${uniqueSuffix().toUpperCase()}`,
          issueDate: wib(-2 * 365),
        },
        lspA,
      )
      .catch((e) => e);
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(err)).toEqual(['issueDate']);
  });

  it('the public verification dates a revocation by the WIB day, as the issue date is', async () => {
    const scheme = await newScheme();
    const cert = await client.issueCertificate(
      {
        schemeId: scheme.id,
        holder: { nik: testNik('3373', '1995-07-01', 2), name: 'Siti Aminah' },
        number: `WIB ${uniqueSuffix().toUpperCase()}`,
        issueDate: wib(-10),
      },
      lspA,
    );
    await client.revokeCertificate({ id: cert.id, reason: 'dokumen palsu' }, lspA);
    // revoked at 20:30 UTC, which is 03:30 WIB of the next day
    await svc.dataSource.query(`UPDATE certificates SET status_changed_at = '2026-12-07T20:30:00Z' WHERE id = $1`, [cert.id]);
    const v = await client.verifyCredential({ number: cert.number });
    expect(v.result).toBe('VERIFICATION_RESULT_REVOKED');
    // the date only: the officer's free-text reason is not public (codes-and-disclosure.int-spec)
    expect(v.reason).toBe('revoked on 2026-12-08');
  });

  it("an erasure (UU 27/2022) pseudonymises the person's NIK and name on his assessments too, not only on his certificates", async () => {
    const scheme = await newScheme();
    const nik = testNik('3373', '1995-07-01', 2);
    const personId = new PersonIdentity(TEST_PERSON_SECRET).personId(nik);
    const a = await client.createAssessment({ schemeId: scheme.id, applicant: { nik, name: 'Siti Aminah' } }, lspA);
    expect(a.personId).toBe(personId);
    await svc.dataSource.transaction((m) => eraseHolder(m, personId, new Date()));
    const raw = JSON.stringify(await svc.dataSource.query(`SELECT * FROM assessments WHERE id = $1`, [a.id]));
    for (const personal of [nik, 'Siti']) expect(raw).not.toContain(personal);
    expect((await client.getAssessment({ id: a.id }, lspA)).applicantName).toBe('Dihapus (UU 27/2022)');
    // once: a second erasure changes nothing
    const [before] = await svc.dataSource.query(`SELECT applicant_nik, updated_at FROM assessments WHERE id = $1`, [a.id]);
    await svc.dataSource.transaction((m) => eraseHolder(m, personId, new Date()));
    expect((await svc.dataSource.query(`SELECT applicant_nik, updated_at FROM assessments WHERE id = $1`, [a.id]))[0]).toEqual(before);
  });
});
