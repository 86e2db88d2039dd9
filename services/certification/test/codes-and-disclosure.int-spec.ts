import { status } from '@grpc/grpc-js';
import { serviceDefinition, type certificationV1 } from '@siapkerja/contracts';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  createTestDatabase,
  serviceTestEnv,
  startFakeAccessLog,
  TEST_PERSON_SECRET,
  testNik,
  uniqueSuffix,
  violatedFields,
  asCaller,
  sendWhileTableHeld,
} from '@siapkerja/testing';
import { certificationService } from '../src/certification.module';
import { eraseHolder } from '../src/certificates/certificates.privacy';
import { CertificationInitial1763800000300 } from '../src/migrations/1763800000300-certification-initial';
import { Certificates1763800000400 } from '../src/migrations/1763800000400-certificates';
import { PersonPrivacy1763800000410 } from '../src/migrations/1763800000410-person-privacy';
import { ScopedRequestIds1763800000500 } from '../src/migrations/1763800000500-scoped-request-ids';
import { LspsAssessmentsCredentials1763800000600 } from '../src/migrations/1763800000600-lsps-assessments-credentials';

type Meta = { metadata: Record<string, string> };
const as = (c: Record<string, unknown>): Meta => asCaller(c);
const withPurpose = (who: Meta, purpose: string): Meta => as({ ...JSON.parse(who.metadata['x-caller']), purpose });
const identity = new PersonIdentity(TEST_PERSON_SECRET);
const bnsp = as({ sub: 'acc-bnsp', roles: ['BNSP'] });
const ministry = as({ sub: 'acc-admin', roles: ['MINISTRY_ADMIN'] });
const wib = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
const UNITS = ['J.620100.001.01', 'J.620100.002.01'];

/**
 * Codes that are one code in any letter case (licence numbers, assessor registration numbers, scheme codes: enforced by the
 * database, so concurrent registrations cannot both pass), and what Sertihub discloses of people: the public verification
 * never shows an officer's free-text reason, and every answer with an applicant's name is purpose-bound and access-logged
 * (real PostgreSQL, Kafka, gRPC).
 */
describe('Sertihub: case-insensitive codes and disclosure of personal data (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'certification'>;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let drop: () => Promise<void>;
  let dbUrl: string;
  let lsp: certificationV1.Lsp__Output;
  let lspA: Meta;

  const lspInput = (licenceNumber: string) => ({
    lsp: { name: 'LSP Uji', lspType: 'LSP_TYPE_P1' as const, licenceNumber, licenceValidUntil: wib(365), regionCode: '33.73' },
  });
  const assessorInput = (registrationNumber: string, lspId = lsp.id) => ({
    assessor: { lspId, name: 'Asesor', registrationNumber, competenceAreas: UNITS, registrationValidUntil: wib(60), dailyCapacity: 2 },
  });
  const schemeInput = (code: string) => ({
    scheme: { code, name: 'Junior Web Developer', schemeType: 'SCHEME_TYPE_OKUPASI' as const, competencyUnits: UNITS },
  });

  beforeAll(async () => {
    const db = await createTestDatabase('sertihub_codes');
    drop = db.drop;
    dbUrl = db.url;
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(certificationService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    lsp = await client.createLsp(lspInput(`BNSP-${uniqueSuffix()}`), bnsp);
    lspA = as({ sub: 'client:lsp-a', roles: ['PARTNER'], clientId: 'lsp-a', organizationId: lsp.id });
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  describe('licence and registration numbers, scheme codes', () => {
    it('a licence number in another letter case is ALREADY_EXISTS, on registration and on renewal, like an exact duplicate', async () => {
      const n = `MET.${uniqueSuffix()}.001`.toUpperCase();
      const first = await client.createLsp(lspInput(n), bnsp);
      const exact = await client.createLsp(lspInput(n), bnsp).catch((e) => e);
      expect(exact.code).toBe(status.ALREADY_EXISTS);
      for (const spelling of [n.toLowerCase(), ` ${n.charAt(0)}${n.slice(1).toLowerCase()} `]) {
        const err = await client.createLsp(lspInput(spelling), bnsp).catch((e) => e);
        expect(err.code).toBe(status.ALREADY_EXISTS);
        expect(err.details).toBe(exact.details.replace(n, spelling.trim()));
      }
      // another LSP renewed under the number in another case: the same answer; its own number in another case is its own
      const other = await client.createLsp(lspInput(`MET.${uniqueSuffix()}.002`), bnsp);
      const renewal = await client
        .updateLspLicence({ id: other.id, status: 'LSP_STATUS_ACTIVE', licenceNumber: n.toLowerCase(), reason: '' }, bnsp)
        .catch((e) => e);
      expect(renewal.code).toBe(status.ALREADY_EXISTS);
      const own = await client.updateLspLicence(
        { id: first.id, status: 'LSP_STATUS_ACTIVE', licenceNumber: n.toLowerCase(), reason: '' },
        bnsp,
      );
      expect(own.licenceNumber).toBe(n.toLowerCase());
      const [{ count }] = await svc.dataSource.query(`SELECT count(*)::int AS count FROM lsps WHERE lower(licence_number) = lower($1)`, [
        n,
      ]);
      expect(count).toBe(1);
    });

    it("an assessor's registration number in another letter case is ALREADY_EXISTS, like an exact duplicate", async () => {
      const n = `MET.000.${uniqueSuffix()}`.toUpperCase();
      await client.createAssessor(assessorInput(n), lspA);
      await expect(client.createAssessor(assessorInput(n), lspA)).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
      await expect(client.createAssessor(assessorInput(n.toLowerCase()), lspA)).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
      // also registered with another LSP
      const other = await client.createLsp(lspInput(`BNSP-${uniqueSuffix()}`), bnsp);
      await expect(client.createAssessor(assessorInput(n.toLowerCase(), other.id), bnsp)).rejects.toMatchObject({
        code: status.ALREADY_EXISTS,
      });
    });

    it('concurrent registrations of one scheme code in several letter cases: exactly one wins, the others are ALREADY_EXISTS', async () => {
      const code = `SKM-RACE-${uniqueSuffix()}`.toUpperCase();
      const spellings = [
        code,
        code.toLowerCase(),
        `Skm-Race-${code.slice(9).toLowerCase()}`,
        `skm-RACE-${code.slice(9)}`,
        `SKM-race-${code.slice(9)}`,
      ];
      // every create passes the service's lookup while inserts wait (the table held in SHARE mode: reads go on, writes
      // wait); then all insert at once, as concurrent calls do when they arrive together
      const results = await sendWhileTableHeld(dbUrl, 'schemes', spellings.length, () =>
        spellings.map((c) => client.createScheme(schemeInput(c), lspA)),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.map((r) => r.reason.code)).toEqual(Array(spellings.length - 1).fill(status.ALREADY_EXISTS));
      const [{ count }] = await svc.dataSource.query(`SELECT count(*)::int AS count FROM schemes WHERE lower(code) = lower($1)`, [code]);
      expect(count).toBe(1);
    });

    it('a date of year 0000 (which PostgreSQL has not) is INVALID_ARGUMENT naming the field, not INTERNAL', async () => {
      const lspErr = await client
        .createLsp({ lsp: { ...lspInput(`BNSP-${uniqueSuffix()}`).lsp, licenceValidUntil: '0000-12-31' } }, bnsp)
        .catch((e) => e);
      expect(lspErr.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(lspErr)).toEqual(['licenceValidUntil']);
      const renewal = await client
        .updateLspLicence({ id: lsp.id, status: 'LSP_STATUS_ACTIVE', licenceValidUntil: '0000-06-01', reason: '' }, bnsp)
        .catch((e) => e);
      expect(renewal.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(renewal)).toEqual(['licenceValidUntil']);
      const asr = await client
        .createAssessor({ assessor: { ...assessorInput(`MET-${uniqueSuffix()}`).assessor, registrationValidUntil: '0000-01-01' } }, lspA)
        .catch((e) => e);
      expect(asr.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(asr)).toEqual(['registrationValidUntil']);
    });
  });

  describe('concurrent decisions', () => {
    it('two assessments decided at once with one certificate number: one certificate, the other ALREADY_EXISTS naming the number as a sequential one is', async () => {
      const scheme = await client.createScheme(schemeInput(`SKM-DEC-${uniqueSuffix()}`), lspA);
      const tuk = await client.createTuk({ tuk: { lspId: lsp.id, name: 'TUK', kind: 'TUK_KIND_SEWAKTU', regionCode: '33.74' } }, lspA);
      const assessor = await client.createAssessor(assessorInput(`MET-DEC-${uniqueSuffix()}`), lspA);
      const assessed: certificationV1.Assessment__Output[] = [];
      // two people: an issue takes a per-person lock, which would queue the second decision before it reaches the table
      for (const [birth, name] of [
        ['1990-01-02', 'Budi Santoso'],
        ['1991-03-04', 'Agus Salim'],
      ]) {
        const a = await client.createAssessment({ schemeId: scheme.id, applicant: { nik: testNik('3373', birth, 1), name } }, lspA);
        await client.scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: assessor.id, assessmentDate: wib(2) }, lspA);
        const results = UNITS.map((unitCode) => ({ unitCode, verdict: 'UNIT_VERDICT_K' as const, notes: '' }));
        assessed.push(await client.recordAssessmentResults({ id: a.id, results }, lspA));
      }
      const certificateNumber = `DEC ${uniqueSuffix().toUpperCase()}`;
      // both decisions pass the number lookup while the certificates table is held in SHARE mode, then insert together
      const results = await sendWhileTableHeld(dbUrl, 'certificates', assessed.length, () =>
        assessed.map((a) => client.decideAssessment({ id: a.id, certificateNumber, notes: '' }, lspA)),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won.map((r) => r.value.status)).toEqual(['ASSESSMENT_STATUS_COMPETENT']);
      expect(lost.map((r) => [r.reason.code, r.reason.details])).toEqual([
        [status.ALREADY_EXISTS, `A certificate with number ${certificateNumber} is already registered`],
      ]);
      const loser = assessed.find((a) => a.id !== won[0].value.id)!;
      expect((await client.getAssessment({ id: loser.id }, lspA)).status).toBe('ASSESSMENT_STATUS_ASSESSED');
    });
  });

  describe('disclosure', () => {
    const person = () => {
      const nik = testNik('3373', '1995-07-01', 2);
      const personId = identity.personId(nik);
      return { nik, personId, caller: as({ sub: `acc-${nik}`, roles: ['JOB_SEEKER'], personId }) };
    };

    it("the public verification gives the status, its code and its date, never the officer's free-text reason; the certificate's readers see it", async () => {
      const scheme = await client.createScheme(schemeInput(`SKM-PUB-${uniqueSuffix()}`), lspA);
      const p = person();
      const issue = () =>
        client.issueCertificate(
          {
            schemeId: scheme.id,
            holder: { nik: p.nik, name: 'Siti Aminah' },
            number: `PUB ${uniqueSuffix().toUpperCase()}`,
            issueDate: wib(-5),
          },
          lspA,
        );
      const revoked = await issue();
      const suspended = await issue();
      const revokeReason = 'R01 pemalsuan dokumen, dilaporkan oleh Budi Santoso (NIK 3374012005960001)';
      const suspendReason = 'Pemeriksaan ulang atas aduan Ani Lestari, 0812-3456-7890';
      await client.revokeCertificate({ id: revoked.id, reason: revokeReason }, lspA);
      await client.suspendCertificate({ id: suspended.id, reason: suspendReason }, bnsp);
      const today = wib();

      const { jwt } = await client.getCertificateCredential({ id: revoked.id }, p.caller);
      const answers = [
        await client.verifyCredential({ number: revoked.number }),
        await client.verifyCredential({ credential: jwt }),
        await client.verifyCredential({
          qrContent: `https://siapkerja.kemnaker.go.id/v1/verify?number=${encodeURIComponent(revoked.number)}`,
        }),
        ...(await client.batchVerifyCredentials({ items: [{ number: revoked.number }] })).results,
      ];
      for (const v of answers) {
        expect(v).toMatchObject({ result: 'VERIFICATION_RESULT_REVOKED', reasonCode: 'REVOKED', reason: `revoked on ${today}` });
        expect(JSON.stringify(v)).not.toMatch(/Budi|3374012005960001|pemalsuan/);
      }
      const s = await client.verifyCredential({ number: suspended.number });
      expect(s).toMatchObject({ result: 'VERIFICATION_RESULT_SUSPENDED', reasonCode: 'SUSPENDED', reason: `suspended on ${today}` });
      expect(JSON.stringify(s)).not.toMatch(/Ani|0812|Pemeriksaan/);
      const byCode = await client.verifyCertificate({ number: revoked.number, verificationCode: revoked.verificationCode });
      expect(JSON.stringify(byCode)).not.toMatch(/Budi|pemalsuan/);

      // the holder, the issuing LSP and the ministry read the certificate itself, reason and history included
      for (const reader of [p.caller, lspA, ministry]) {
        const c = await client.getCertificate({ id: revoked.id }, reader);
        expect(c.statusReason).toBe(revokeReason);
        expect(c.history[c.history.length - 1].reason).toBe(revokeReason);
      }
      expect((await client.getCertificate({ id: suspended.id }, p.caller)).statusReason).toBe(suspendReason);
    });

    it("every answer with an applicant's name is written to the access log first, for the stated purpose or the one the relation implies", async () => {
      const scheme = await client.createScheme(schemeInput(`SKM-LOG-${uniqueSuffix()}`), lspA);
      const tuk = await client.createTuk(
        { tuk: { lspId: lsp.id, name: 'TUK Semarang', kind: 'TUK_KIND_SEWAKTU', regionCode: '33.74' } },
        lspA,
      );
      const assessor = await client.createAssessor(assessorInput(`MET-LOG-${uniqueSuffix()}`), lspA);
      const p = person();
      const logged = (id: string) =>
        accessLog.records.filter((r) => r.resourceId === id).map((r) => [r.actor?.sub, r.fields, r.subjectPersonId, r.purpose]);

      const a = await client.createAssessment({ schemeId: scheme.id, applicant: { nik: p.nik, name: 'Siti Aminah' } }, p.caller);
      await client.getAssessment({ id: a.id }, p.caller);
      await client.getAssessment({ id: a.id }, lspA);
      await client.getAssessment({ id: a.id }, ministry);
      await client.getAssessment({ id: a.id }, bnsp);
      await client.getAssessment({ id: a.id }, withPurpose(ministry, 'statistics'));
      await client.scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: assessor.id, assessmentDate: wib(3) }, lspA);
      await client.recordAssessmentResults(
        { id: a.id, results: UNITS.map((unitCode) => ({ unitCode, verdict: 'UNIT_VERDICT_K', notes: '' })) },
        lspA,
      );
      const decided = await client.decideAssessment(
        { id: a.id, certificateNumber: `LOG ${uniqueSuffix().toUpperCase()}`, notes: '' },
        lspA,
      );
      expect(decided.status).toBe('ASSESSMENT_STATUS_COMPETENT');
      const self = `acc-${p.nik}`;
      expect(logged(a.id)).toEqual([
        [self, ['applicantName'], p.personId, 'DATA_SUBJECT_REQUEST'],
        [self, ['applicantName'], p.personId, 'DATA_SUBJECT_REQUEST'],
        ['client:lsp-a', ['applicantName'], p.personId, 'CERTIFICATION'],
        ['acc-admin', ['applicantName'], p.personId, 'SUPERVISION'],
        ['acc-bnsp', ['applicantName'], p.personId, 'CERTIFICATION'],
        ['acc-admin', ['applicantName'], p.personId, 'STATISTICS'],
        ['client:lsp-a', ['applicantName'], p.personId, 'CERTIFICATION'],
        ['client:lsp-a', ['applicantName'], p.personId, 'CERTIFICATION'],
        ['client:lsp-a', ['applicantName'], p.personId, 'CERTIFICATION'],
      ]);

      // the purpose is checked before anything else (an unknown assessment too); an officer must state one
      const before = accessLog.records.length;
      const bad = await client.getAssessment({ id: a.id }, withPurpose(ministry, 'MARKETING')).catch((e) => e);
      expect(bad.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(bad)).toEqual(['X-Purpose']);
      const officer = await client
        .getAssessment({ id: a.id }, as({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' }))
        .catch((e) => e);
      expect(officer.code).toBe(status.INVALID_ARGUMENT);
      expect(violatedFields(officer)).toEqual(['X-Purpose']);
      // nothing is served that cannot be logged; the platform itself (no caller) reads without a log entry
      accessLog.down = true;
      try {
        expect((await client.getAssessment({ id: a.id }, ministry).catch((e) => e)).code).toBe(status.UNAVAILABLE);
      } finally {
        accessLog.down = false;
      }
      expect((await client.getAssessment({ id: a.id })).applicantName).toBe('Siti Aminah');
      expect(accessLog.records.length).toBe(before);
      // an erased applicant's assessment discloses nothing personal: nothing to log
      await svc.dataSource.transaction((m) => eraseHolder(m, p.personId, new Date()));
      expect((await client.getAssessment({ id: a.id }, ministry)).applicantName).toBe('Dihapus (UU 27/2022)');
      expect(accessLog.records.length).toBe(before);
    });

    it("the person's data export (UU 27/2022 right of access) holds his assessments, oldest first, as well as his certificates", async () => {
      const scheme = await client.createScheme(schemeInput(`SKM-EXP-${uniqueSuffix()}`), lspA);
      const p = person();
      const first = await client.createAssessment({ schemeId: scheme.id, applicant: { nik: p.nik, name: 'Siti Aminah' } }, p.caller);
      const second = await client.createAssessment({ schemeId: scheme.id, applicant: { nik: p.nik, name: 'Siti Aminah' } }, lspA);
      const other = await client.createAssessment(
        { schemeId: scheme.id, applicant: { nik: testNik('3373', '1990-01-01', 1), name: 'Budi' } },
        lspA,
      );
      const mine = await client.exportPersonData({ personId: p.personId }, p.caller);
      expect(mine.assessments.map((a) => [a.id, a.applicantName, a.schemeId])).toEqual([
        [first.id, 'Siti Aminah', scheme.id],
        [second.id, 'Siti Aminah', scheme.id],
      ]);
      expect(mine.assessments.map((a) => a.id)).not.toContain(other.id);
      expect((await client.exportPersonData({ personId: p.personId }, ministry)).assessments).toHaveLength(2);
      // the LSP that holds them may not export the person's data
      expect((await client.exportPersonData({ personId: p.personId }, lspA).catch((e) => e)).code).toBe(status.PERMISSION_DENIED);
    });
  });
});

/**
 * The migration making codes one in any letter case, on a database already holding case-duplicates: it does not fail nor
 * change them; the oldest of each keeps the code, the later ones are marked, and no new case-duplicate can be stored.
 */
describe('migration to case-insensitive codes on data holding case-duplicates (real PostgreSQL)', () => {
  let svc: RunningService;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let client: ServiceClient<'certification'>;
  let drop: () => Promise<void>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const db = await createTestDatabase('cert_case_migration');
    drop = db.drop;
    const old = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [
        CertificationInitial1763800000300,
        Certificates1763800000400,
        PersonPrivacy1763800000410,
        ScopedRequestIds1763800000500,
        LspsAssessmentsCredentials1763800000600,
      ],
    });
    const insert = async (key: string, sql: string, params: unknown[]) => {
      ids[key] = (await old.query(`${sql} RETURNING id`, params))[0].id;
    };
    for (const [key, n, at] of [
      ['lspOld', 'MET.000.001', '2025-01-01'],
      ['lspNew', 'met.000.001', '2025-06-01'],
      ['lspNewer', 'Met.000.001', '2025-07-01'],
    ])
      await insert(
        key,
        `INSERT INTO lsps (name, lsp_type, licence_number, licence_valid_until, region_code, status, created_at)
         VALUES ('LSP ' || $1, 'P3', $1, current_date + 365, '33', 'ACTIVE', $2)`,
        [n, at],
      );
    for (const [key, n, at] of [
      ['asrOld', 'REG-7', '2025-01-01'],
      ['asrNew', 'reg-7', '2025-02-01'],
    ])
      await insert(
        key,
        `INSERT INTO assessors (lsp_id, name, registration_number, competence_areas, registration_valid_until, daily_capacity, created_at)
         VALUES ($1, 'Asesor', $2, '{J.620100.001.01}', current_date + 60, 2, $3)`,
        [ids.lspOld, n, at],
      );
    for (const [key, code, at] of [
      ['schOld', 'SKM-JWD', '2025-01-01'],
      ['schNew', 'skm-jwd', '2025-03-01'],
    ])
      await insert(
        key,
        `INSERT INTO schemes (code, name, scheme_type, kkni_level, competency_units, lsp_name, lsp_id, created_at)
         VALUES ($1, 'Skema', 'OKUPASI', 0, '{J.620100.001.01}', 'LSP', $2, $3)`,
        [code, ids.lspOld, at],
      );
    await old.destroy();
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(certificationService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
  });
  afterAll(async () => {
    client?.close();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  it('keeps every row and code, marks the later case-duplicates with the row that keeps the code', async () => {
    const marks = async (table: string) =>
      Object.fromEntries(
        (await svc.dataSource.query(`SELECT id, case_duplicate_of FROM ${table}`)).map(
          (r: { id: string; case_duplicate_of: string | null }) => [r.id, r.case_duplicate_of],
        ),
      );
    expect(await marks('lsps')).toEqual({ [ids.lspOld]: null, [ids.lspNew]: ids.lspOld, [ids.lspNewer]: ids.lspOld });
    expect(await marks('assessors')).toEqual({ [ids.asrOld]: null, [ids.asrNew]: ids.asrOld });
    expect(await marks('schemes')).toEqual({ [ids.schOld]: null, [ids.schNew]: ids.schOld });
    expect((await client.getLsp({ id: ids.lspNew })).licenceNumber).toBe('met.000.001');
    expect((await client.getScheme({ id: ids.schNew })).code).toBe('skm-jwd');
  });

  it('no new case-duplicate is stored: a new row, or a marked one renewed under another spelling, is ALREADY_EXISTS', async () => {
    const lsp = (licenceNumber: string) =>
      client.createLsp(
        { lsp: { name: 'LSP X', lspType: 'LSP_TYPE_P3', licenceNumber, licenceValidUntil: wib(365), regionCode: '33' } },
        bnsp,
      );
    await expect(lsp('mEt.000.001')).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    const lspA = as({ sub: 'client:a', roles: ['PARTNER'], clientId: 'a', organizationId: ids.lspOld });
    await expect(
      client.createAssessor(
        {
          assessor: {
            lspId: ids.lspOld,
            name: 'A',
            registrationNumber: 'Reg-7',
            competenceAreas: UNITS,
            registrationValidUntil: wib(9),
            dailyCapacity: 1,
          },
        },
        lspA,
      ),
    ).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    await expect(
      client.createScheme({ scheme: { code: 'Skm-Jwd', name: 'S', schemeType: 'SCHEME_TYPE_OKUPASI', competencyUnits: UNITS } }, lspA),
    ).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    // a marked LSP keeps its number through a suspension; renewed under another spelling of the kept number it is refused,
    // under a number of its own it is an ordinary LSP again
    const suspended = await client.updateLspLicence({ id: ids.lspNew, status: 'LSP_STATUS_SUSPENDED', reason: 'duplikat' }, bnsp);
    expect(suspended.licenceNumber).toBe('met.000.001');
    await expect(
      client.updateLspLicence({ id: ids.lspNew, status: 'LSP_STATUS_ACTIVE', licenceNumber: 'mET.000.001', reason: '' }, bnsp),
    ).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
    await client.updateLspLicence({ id: ids.lspNew, status: 'LSP_STATUS_ACTIVE', licenceNumber: 'MET.000.009', reason: '' }, bnsp);
    const [row] = await svc.dataSource.query(`SELECT licence_number, case_duplicate_of FROM lsps WHERE id = $1`, [ids.lspNew]);
    expect(row).toEqual({ licence_number: 'MET.000.009', case_duplicate_of: null });
    await expect(lsp('met.000.009')).rejects.toMatchObject({ code: status.ALREADY_EXISTS });
  });
});
