import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import { serviceDefinition, CertificateIssued, CertificateRevoked, TrainingCompleted, type certificationV1 } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { startService, type RunningService } from '@siapkerja/service-kit';
import {
  collectTopic,
  createTestDatabase,
  kafkaBrokers,
  serviceTestEnv,
  TEST_PERSON_SECRET,
  testNik,
  uniqueSuffix,
  waitFor,
  startFakeAccessLog,
} from '@siapkerja/testing';
import { bitAt } from '../src/credentials/credentials.rules';
import { certificationService } from '../src/certification.module';

const as = (c: Record<string, unknown>) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const identity = new PersonIdentity(TEST_PERSON_SECRET);
const wib = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
const bnsp = as({ sub: 'acc-bnsp', roles: ['BNSP'] });
const ministry = as({ sub: 'acc-admin', roles: ['MINISTRY_ADMIN'] });
const UNITS = ['J.620100.001.01', 'J.620100.002.01', 'J.620100.004.02'];
const OFFLINE_VERIFIER = path.resolve(__dirname, '../../../tools/vc/offline-verify.mjs');

/**
 * Sertihub complete (issue 12) against real PostgreSQL, Kafka and gRPC: LSPs and their tenancy, the assessment workflow and
 * its rules, the training prerequisite met by a TrainingCompleted event on Kafka, and certificates as verifiable credentials
 * (tampering, revocation seen at once by the public verification and by an offline verifier in a fresh process, key rotation).
 */
describe('Sertihub: LSPs, assessments, verifiable credentials (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let client: ServiceClient<'certification'>;
  let drop: () => Promise<void>;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  const kafka = new Kafka({ clientId: 'sertihub-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  // topics of this run only: the shared, unprefixed topics carry every earlier run's history, which a new consumer group
  // reads from the beginning (tens of thousands of TrainingCompleted events: longer than a test waits)
  const topicPrefix = `sertihub-int.${uniqueSuffix()}.`;
  let lsp1: certificationV1.Lsp__Output;
  let lsp2: certificationV1.Lsp__Output;
  let lspA: ReturnType<typeof as>;
  let lspB: ReturnType<typeof as>;
  let scheme: certificationV1.Scheme__Output;
  let tuk: certificationV1.Tuk__Output;
  let assessor: certificationV1.Assessor__Output;

  const newLsp = (name: string, who = bnsp) =>
    client.createLsp(
      { lsp: { name, lspType: 'LSP_TYPE_P1', licenceNumber: `BNSP-${uniqueSuffix()}`, licenceValidUntil: wib(365), regionCode: '33.74' } },
      who,
    );
  const person = () => {
    const nik = testNik('3374', '1996-05-20', 1);
    return {
      nik,
      personId: identity.personId(nik),
      caller: as({ sub: `acc-${nik}`, roles: ['JOB_SEEKER'], personId: identity.personId(nik) }),
    };
  };
  const newScheme = (
    prerequisite: certificationV1.SchemePrerequisite = 'SCHEME_PREREQUISITE_NONE',
    extra: Partial<certificationV1.Scheme> = {},
  ) =>
    client.createScheme(
      {
        scheme: {
          code: `SKM-JWD-${uniqueSuffix()}`,
          name: 'Junior Web Developer',
          schemeType: 'SCHEME_TYPE_KKNI',
          kkniLevel: 3,
          kbjiCode: '2512',
          competencyUnits: UNITS,
          prerequisite,
          ...extra,
        },
      },
      lspA,
    );
  const apply = (p: ReturnType<typeof person>, schemeId = scheme.id, extra: Partial<certificationV1.CreateAssessmentRequest> = {}) =>
    client.createAssessment(
      {
        schemeId,
        applicant: { nik: p.nik, name: 'Siti Aminah' },
        evidenceRefs: ['doc:ijazah-smk', 'doc:portofolio'],
        selfAssessment: UNITS.map((u) => ({ unitCode: u, competent: true, evidenceRef: 'doc:portofolio' })),
        ...extra,
      },
      p.caller,
    );
  const results = (bk: string[] = []) =>
    UNITS.map((u) => ({
      unitCode: u,
      verdict: bk.includes(u) ? ('UNIT_VERDICT_BK' as const) : ('UNIT_VERDICT_K' as const),
      notes: bk.includes(u) ? 'belum lancar' : 'ok',
    }));
  /** applies, schedules, records the results and decides: the final assessment */
  let day = 0;
  // a day each, inside the assessor's registration (60 days) and under his daily capacity
  const runAssessment = async (bk: string[] = [], date = wib(1 + (day++ % 50))) => {
    const p = person();
    const a = await apply(p);
    await client.scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: assessor.id, assessmentDate: date }, lspA);
    await client.recordAssessmentResults({ id: a.id, results: results(bk) }, lspA);
    return {
      p,
      decided: await client.decideAssessment({ id: a.id, certificateNumber: `JWD ${uniqueSuffix().toUpperCase()}`, notes: '' }, lspA),
    };
  };
  const issueCertificate = async () => {
    const { p, decided } = await runAssessment();
    return { p, cert: await client.getCertificate({ id: decided.certificateId }, lspA) };
  };

  beforeAll(async () => {
    const db = await createTestDatabase('sertihub');
    drop = db.drop;
    topic = await collectTopic([CertificateIssued.topic, TrainingCompleted.topic], topicPrefix);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(
      certificationService,
      serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix, IDENTITY_GRPC_URL: accessLog.url }),
    );
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
    lsp1 = await newLsp('LSP Informatika');
    lsp2 = await newLsp('LSP Konstruksi', ministry);
    lspA = as({ sub: 'client:lsp-a', roles: ['PARTNER'], clientId: 'lsp-a', organizationId: lsp1.id });
    lspB = as({ sub: 'acc-lsp-b', roles: ['LSP'], organizationId: lsp2.id });
    scheme = await newScheme();
    tuk = await client.createTuk(
      { tuk: { lspId: lsp1.id, name: 'TUK BLK Semarang', kind: 'TUK_KIND_MANDIRI', regionCode: '33.74' } },
      lspA,
    );
    assessor = await client.createAssessor(
      {
        assessor: {
          lspId: lsp1.id,
          name: 'Asesor Andi',
          registrationNumber: `MET.${uniqueSuffix()}`,
          competenceAreas: UNITS,
          registrationValidUntil: wib(60),
          dailyCapacity: 3,
        },
      },
      lspA,
    );
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
    const admin = kafka.admin();
    await admin.connect();
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
    if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 10000 });
    await admin.disconnect();
  });

  describe('LSPs, TUKs and assessors', () => {
    it('BNSP and the ministry register and license LSPs; an LSP does not; the register lists its schemes', async () => {
      expect(lsp1).toMatchObject({ name: 'LSP Informatika', lspType: 'LSP_TYPE_P1', regionCode: '33.74', status: 'LSP_STATUS_ACTIVE' });
      await expect(newLsp('LSP Liar', lspA)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      expect((await client.getLsp({ id: lsp1.id }, lspB)).licensedSchemeIds).toContain(scheme.id);
      const bad = await client
        .createLsp({ lsp: { name: '', lspType: 'LSP_TYPE_UNSPECIFIED', licenceNumber: '', licenceValidUntil: 'x', regionCode: '9' } }, bnsp)
        .catch((e) => e);
      expect(bad.code).toBe(status.INVALID_ARGUMENT);
      await expect(client.updateLspLicence({ id: lsp1.id, status: 'LSP_STATUS_SUSPENDED', reason: 'x' }, lspA)).rejects.toMatchObject({
        code: status.PERMISSION_DENIED,
      });
      const listed = await client.listLsps({ regionCode: '33' }, lspB);
      expect(listed.lsps.map((l) => l.id)).toEqual(expect.arrayContaining([lsp1.id, lsp2.id]));
    });

    it("an LSP manages only its own TUKs and assessors: another LSP's are NOT_FOUND", async () => {
      expect(tuk).toMatchObject({ lspId: lsp1.id, kind: 'TUK_KIND_MANDIRI', regionCode: '33.74' });
      expect((await client.listTuks({ lspId: lsp1.id }, lspA)).tuks.map((t) => t.id)).toContain(tuk.id);
      expect((await client.listAssessors({ lspId: lsp1.id }, bnsp)).assessors.map((a) => a.id)).toContain(assessor.id);
      await expect(client.listTuks({ lspId: lsp1.id }, lspB)).rejects.toMatchObject({ code: status.NOT_FOUND });
      await expect(client.listAssessors({ lspId: lsp1.id }, lspB)).rejects.toMatchObject({ code: status.NOT_FOUND });
      await expect(
        client.createTuk({ tuk: { lspId: lsp1.id, name: 'TUK palsu', kind: 'TUK_KIND_SEWAKTU', regionCode: '33.74' } }, lspB),
      ).rejects.toMatchObject({ code: status.NOT_FOUND });
      await expect(
        client.createScheme(
          { scheme: { code: `X-${uniqueSuffix()}`, name: 'X', schemeType: 'SCHEME_TYPE_OKUPASI', competencyUnits: UNITS, lspId: lsp1.id } },
          lspB,
        ),
      ).rejects.toMatchObject({ code: status.NOT_FOUND });
    });

    it("refuses issuing on another LSP's scheme (PERMISSION_DENIED), and issuing while the LSP is suspended (FAILED_PRECONDITION)", async () => {
      const p = person();
      const err = await client
        .issueCertificate(
          { schemeId: scheme.id, holder: { nik: p.nik, name: 'Siti' }, number: `X ${uniqueSuffix().toUpperCase()}`, issueDate: wib() },
          lspB,
        )
        .catch((e) => e);
      expect(err.code).toBe(status.PERMISSION_DENIED);
      expect(err.details).toContain('Only the LSP licensed for scheme');
      const ownScheme = await client.createScheme(
        {
          scheme: {
            code: `SKM-K-${uniqueSuffix()}`,
            name: 'Tukang',
            schemeType: 'SCHEME_TYPE_OKUPASI',
            competencyUnits: ['F.439900.001.01'],
          },
        },
        lspB,
      );
      expect(ownScheme).toMatchObject({ lspId: lsp2.id, lspName: 'LSP Konstruksi', validityYears: 3 });
      await client.updateLspLicence({ id: lsp2.id, status: 'LSP_STATUS_SUSPENDED', reason: 'audit BNSP' }, bnsp);
      const suspended = await client
        .issueCertificate(
          { schemeId: ownScheme.id, holder: { nik: p.nik, name: 'Siti' }, number: `Y ${uniqueSuffix().toUpperCase()}`, issueDate: wib() },
          lspB,
        )
        .catch((e) => e);
      expect(suspended.code).toBe(status.FAILED_PRECONDITION);
      expect(suspended.details).toContain('SUSPENDED');
      const back = await client.updateLspLicence({ id: lsp2.id, status: 'LSP_STATUS_ACTIVE', reason: 'audit selesai' }, ministry);
      expect(back.status).toBe('LSP_STATUS_ACTIVE');
      const ok = await client.issueCertificate(
        { schemeId: ownScheme.id, holder: { nik: p.nik, name: 'Siti' }, number: `Z ${uniqueSuffix().toUpperCase()}`, issueDate: wib() },
        lspB,
      );
      expect(ok.lspId).toBe(lsp2.id);
    });
  });

  describe('the assessment workflow', () => {
    it('every unit K: the LSP decision issues the certificate, with the LSP and the TUK region on the event', async () => {
      const { p, decided } = await runAssessment();
      expect(decided).toMatchObject({ status: 'ASSESSMENT_STATUS_COMPETENT', unitsToRetake: [], regionCode: '33.74' });
      const cert = await client.getCertificate({ id: decided.certificateId }, p.caller);
      expect(cert).toMatchObject({
        personId: p.personId,
        competencyUnits: UNITS,
        lspId: lsp1.id,
        regionCode: '33.74',
        assessmentId: decided.id,
      });
      const msg = await waitFor(async () => topic.messages.find((m) => m.value.subject === cert.id), { what: 'CertificateIssued' });
      expect(msg.value.data).toMatchObject({ lspId: lsp1.id, regionCode: '33.74', status: 'VALID' });
      expect(JSON.stringify(msg.value)).not.toContain(p.nik);
    });

    it('one BK unit means no certificate: NOT_YET_COMPETENT with the units to retake', async () => {
      const { p, decided } = await runAssessment([UNITS[1]]);
      expect(decided).toMatchObject({ status: 'ASSESSMENT_STATUS_NOT_YET_COMPETENT', unitsToRetake: [UNITS[1]], certificateId: '' });
      expect((await client.listCertificates({ held: true }, p.caller)).certificates).toEqual([]);
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM certificates WHERE person_id = $1`, [p.personId]);
      expect(n).toBe(0);
    });

    it('refuses an assessor outside his areas, after his registration ends, and beyond his daily capacity', async () => {
      const narrow = await client.createAssessor(
        {
          assessor: {
            lspId: lsp1.id,
            name: 'Asesor Budi',
            registrationNumber: `MET.${uniqueSuffix()}`,
            competenceAreas: [UNITS[0]],
            registrationValidUntil: wib(10),
            dailyCapacity: 1,
          },
        },
        lspA,
      );
      const a = await apply(person());
      const outside = await client
        .scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: narrow.id, assessmentDate: wib(1) }, lspA)
        .catch((e) => e);
      expect(outside.code).toBe(status.FAILED_PRECONDITION);
      expect(outside.details).toContain('outside the competence areas of assessor Asesor Budi');
      const short = await client.createAssessor(
        {
          assessor: {
            lspId: lsp1.id,
            name: 'Asesor Cici',
            registrationNumber: `MET.${uniqueSuffix()}`,
            competenceAreas: [scheme.code],
            registrationValidUntil: wib(5),
            dailyCapacity: 1,
          },
        },
        lspA,
      );
      const late = await client
        .scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: short.id, assessmentDate: wib(6) }, lspA)
        .catch((e) => e);
      expect(late.code).toBe(status.FAILED_PRECONDITION);
      expect(late.details).toContain('registration of assessor Asesor Cici ends');
      expect(
        (await client.scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: short.id, assessmentDate: wib(2) }, lspA)).status,
      ).toBe('ASSESSMENT_STATUS_SCHEDULED');
      const b = await apply(person());
      const full = await client
        .scheduleAssessment({ id: b.id, tukId: tuk.id, assessorId: short.id, assessmentDate: wib(2) }, lspA)
        .catch((e) => e);
      expect(full.code).toBe(status.FAILED_PRECONDITION);
      expect(full.details).toContain('daily capacity 1');
      // another LSP cannot run it; the applicant cannot decide
      await expect(
        client.scheduleAssessment({ id: b.id, tukId: tuk.id, assessorId: assessor.id, assessmentDate: wib(2) }, lspB),
      ).rejects.toMatchObject({
        code: status.NOT_FOUND,
      });
      await expect(client.recordAssessmentResults({ id: a.id, results: results() }, person().caller)).rejects.toMatchObject({
        code: status.NOT_FOUND,
      });
    });

    it('refuses results missing a unit and a decision before the results', async () => {
      const a = await apply(person());
      await client.scheduleAssessment({ id: a.id, tukId: tuk.id, assessorId: assessor.id, assessmentDate: wib(3) }, lspA);
      await expect(client.decideAssessment({ id: a.id, certificateNumber: 'X 1', notes: '' }, lspA)).rejects.toMatchObject({
        code: status.FAILED_PRECONDITION,
      });
      const missing = await client.recordAssessmentResults({ id: a.id, results: results().slice(1) }, lspA).catch((e) => e);
      expect(missing.code).toBe(status.INVALID_ARGUMENT);
      expect(missing.details).toBeDefined();
    });

    it('a training prerequisite is met by a TrainingCompleted event published to Kafka, and the reason names the training', async () => {
      const trained = await newScheme('SCHEME_PREREQUISITE_TRAINING');
      const p = person();
      const a = await apply(p, trained.id);
      expect(a.status).toBe('ASSESSMENT_STATUS_NOT_ELIGIBLE');
      expect(a.eligibilityReason).toContain('needs a completed training program');
      const event = buildEvent(TrainingCompleted, '/siapkerja/training', {
        subject: randomUUID(),
        data: {
          enrolmentId: randomUUID(),
          batchId: randomUUID(),
          programId: 'prog-web-1',
          programTitle: 'Pemrograman Web Dasar',
          providerId: randomUUID(),
          providerKind: 'BLK_UPTP',
          personId: p.personId,
          competencyUnits: [...UNITS, 'J.620100.005.02'],
          kbjiCode: '2512',
          certificationSchemeId: '',
          regionCode: '33.74',
          sex: 1,
          ageBand: '20-29',
          outcome: 'COMPLETED',
          outcomeDate: wib(-3),
          occurredAt: new Date().toISOString(),
        },
      });
      const send = () =>
        producer.send({ topic: topicPrefix + TrainingCompleted.topic, messages: [{ key: event.subject, value: JSON.stringify(event) }] });
      await send();
      const eligible = await waitFor(
        async () => {
          const x = await client.getAssessment({ id: a.id }, p.caller);
          return x.status === 'ASSESSMENT_STATUS_ELIGIBLE' ? x : undefined;
        },
        { what: 'assessment eligible after TrainingCompleted' },
      );
      expect(eligible.eligibilityReason).toContain('"Pemrograman Web Dasar" (prog-web-1)');
      // a later application is eligible at once; a redelivery records nothing twice
      expect((await apply(p, trained.id)).status).toBe('ASSESSMENT_STATUS_ELIGIBLE');
      await send();
      await waitFor(
        async () =>
          (await svc.dataSource.query(`SELECT count(*)::int AS n FROM inbox_events WHERE event_id = $1`, [event.id]))[0].n === 1
            ? true
            : undefined,
        {
          what: 'inbox',
        },
      ).catch(() => undefined);
      const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM completed_trainings WHERE person_id = $1`, [p.personId]);
      expect(n).toBe(1);
    });
  });

  describe('certificates as verifiable credentials', () => {
    let did: string;
    const documents = async () => {
      const d = await client.getIssuerDocuments({});
      did = d.did;
      return d;
    };
    const offline = (jwt: string, didJson: string, lists: string[]) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'vc-'));
      writeFileSync(path.join(dir, 'credential.jwt'), jwt);
      writeFileSync(path.join(dir, 'did.json'), didJson);
      lists.forEach((l, i) => writeFileSync(path.join(dir, `list-${i}.jwt`), l));
      const out = execFileSync(
        process.execPath,
        [OFFLINE_VERIFIER, 'credential.jwt', 'did.json', ...lists.map((_, i) => `list-${i}.jwt`)],
        {
          cwd: dir,
          env: { PATH: process.env.PATH ?? '' },
          encoding: 'utf8',
        },
      );
      return JSON.parse(out) as { result: string; reason: string; kid: string };
    };
    const freshLists = async () =>
      Promise.all(['revocation', 'suspension'].map(async (purpose) => (await client.getStatusList({ purpose, list: 0 })).jwt));

    it('the holder downloads a VC 2.0 / Open Badges 3.0 credential naming him by person id and name (no NIK), signed EdDSA', async () => {
      const { p, cert } = await issueCertificate();
      const cred = await client.getCertificateCredential({ id: cert.id }, p.caller);
      await documents();
      const vc = JSON.parse(cred.credentialJson);
      expect(vc).toMatchObject({
        '@context': ['https://www.w3.org/ns/credentials/v2', expect.stringContaining('ob/v3p0')],
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: did },
        credentialSubject: { id: `urn:siapkerja:person:${p.personId}`, name: 'Siti Aminah', certificateNumber: cert.number },
      });
      expect(vc.credentialSubject.achievement.alignment.map((a: { targetCode: string }) => a.targetCode)).toEqual(UNITS);
      expect(vc.credentialStatus.map((s: { statusPurpose: string }) => s.statusPurpose)).toEqual(['revocation', 'suspension']);
      expect(cred.credentialJson).not.toContain(p.nik);
      expect(JSON.parse(Buffer.from(cred.jwt.split('.')[0], 'base64url').toString())).toMatchObject({
        alg: 'EdDSA',
        typ: 'vc+jwt',
        kid: cred.kid,
      });
      expect(cred.verificationUrl).toBe(`https://siapkerja.kemnaker.go.id/v1/verify?number=${encodeURIComponent(cert.number)}`);
      // another LSP: NOT_FOUND
      await expect(client.getCertificateCredential({ id: cert.id }, lspB)).rejects.toMatchObject({ code: status.NOT_FOUND });
      for (const req of [{ credential: cred.jwt }, { number: cert.number }, { qrContent: cred.verificationUrl }])
        expect(await client.verifyCredential(req)).toMatchObject({
          result: 'VERIFICATION_RESULT_VALID',
          certificateNumber: cert.number,
          holderNameMasked: expect.stringMatching(/^S/),
        });
    });

    it('a credential with one character changed is not genuine (tampered); foreign, malformed and unknown ones too, never an error', async () => {
      const { p, cert } = await issueCertificate();
      const { jwt } = await client.getCertificateCredential({ id: cert.id }, p.caller);
      const [h, body, sig] = jwt.split('.');
      const json = Buffer.from(body, 'base64url').toString();
      const tampered = `${h}.${Buffer.from(json.replace('Siti Aminah', 'Siti Aminax')).toString('base64url')}.${sig}`;
      const flipped = `${h}.${body}.${sig.slice(0, 10)}${sig[10] === 'A' ? 'B' : 'A'}${sig.slice(11)}`;
      const r = await client.batchVerifyCredentials({
        items: [
          { credential: tampered },
          { credential: flipped },
          { credential: 'not-a-jwt' },
          { number: 'NOPE 404' },
          { credential: jwt },
        ],
      });
      expect(r.results.map((x) => [x.result, x.reasonCode])).toEqual([
        ['VERIFICATION_RESULT_NOT_GENUINE', 'TAMPERED'],
        ['VERIFICATION_RESULT_NOT_GENUINE', 'TAMPERED'],
        ['VERIFICATION_RESULT_NOT_GENUINE', 'MALFORMED'],
        ['VERIFICATION_RESULT_NOT_GENUINE', 'UNKNOWN_NUMBER'],
        ['VERIFICATION_RESULT_VALID', 'OK'],
      ]);
      const foreignHeader = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: 'did:web:evil.example#k1' })).toString('base64url');
      expect((await client.verifyCredential({ credential: `${foreignHeader}.${body}.${sig}` })).reasonCode).toBe('FOREIGN_ISSUER');
      const unknownKid = Buffer.from(JSON.stringify({ alg: 'EdDSA', kid: `${did}#key-unknown` })).toString('base64url');
      expect((await client.verifyCredential({ credential: `${unknownKid}.${body}.${sig}` })).reasonCode).toBe('UNKNOWN_KEY');
      const offlineVerdict = offline(tampered, (await documents()).didDocumentJson, await freshLists());
      expect(offlineVerdict.result).toBe('NOT_GENUINE');
      await expect(client.batchVerifyCredentials({ items: Array.from({ length: 1001 }, () => ({ number: 'X' })) })).rejects.toMatchObject({
        code: status.INVALID_ARGUMENT,
      });
    });

    it('a revoked certificate is reported revoked at once by the public verification, the status list, and an offline verifier in a fresh process', async () => {
      const { p, cert } = await issueCertificate();
      const { jwt } = await client.getCertificateCredential({ id: cert.id }, p.caller);
      const didJson = (await documents()).didDocumentJson;
      expect(offline(jwt, didJson, await freshLists()).result).toBe('VALID');
      await client.suspendCertificate({ id: cert.id, reason: 'pemeriksaan' }, lspA);
      expect(offline(jwt, didJson, await freshLists()).result).toBe('SUSPENDED');
      const t0 = Date.now();
      await client.revokeCertificate({ id: cert.id, reason: 'R01 pemalsuan dokumen' }, bnsp);
      const v = await client.verifyCredential({ credential: jwt });
      expect(Date.now() - t0).toBeLessThan(1000);
      expect(v).toMatchObject({ result: 'VERIFICATION_RESULT_REVOKED', reasonCode: 'REVOKED' });
      // the public answer dates the revocation; the free-text reason stays with the certificate's readers
      expect(v.reason).toMatch(/^revoked on \d{4}-\d{2}-\d{2}$/);
      expect((await client.getCertificate({ id: cert.id }, p.caller)).statusReason).toBe('R01 pemalsuan dokumen');
      const vc = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());
      const list = JSON.parse((await client.getStatusList({ purpose: 'revocation', list: 0 })).credentialJson);
      expect(list).toMatchObject({
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        credentialSubject: { statusPurpose: 'revocation' },
      });
      expect(Buffer.from(list.credentialSubject.encodedList.slice(1), 'base64url').length).toBeGreaterThan(20);
      expect(bitAt(list.credentialSubject.encodedList, Number(vc.credentialStatus[0].statusListIndex))).toBe(true);
      expect(offline(jwt, didJson, await freshLists())).toMatchObject({ result: 'REVOKED' });
      const msg = await waitFor(
        async () => topic.messages.find((m) => m.value.subject === cert.id && m.value.type === CertificateRevoked.type),
        {
          what: 'CertificateRevoked',
        },
      );
      expect(msg.value.data).toMatchObject({ lspId: lsp1.id, regionCode: '33.74', fromStatus: 'SUSPENDED', status: 'REVOKED' });
    });

    it('a key rotation: earlier credentials still verify (online and offline), new ones carry the new kid', async () => {
      const before = await issueCertificate();
      const old = await client.getCertificateCredential({ id: before.cert.id }, before.p.caller);
      await expect(client.rotateIssuerKey({}, lspA)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
      const rotated = await client.rotateIssuerKey({}, ministry);
      expect(rotated.previousKid).toBe(old.kid);
      expect(rotated.kid).not.toBe(old.kid);
      const after = await issueCertificate();
      const fresh = await client.getCertificateCredential({ id: after.cert.id }, after.p.caller);
      expect(fresh.kid).toBe(rotated.kid);
      const docs = await documents();
      const didDoc = JSON.parse(docs.didDocumentJson);
      expect(didDoc.verificationMethod.map((m: { id: string }) => m.id)).toEqual(expect.arrayContaining([old.kid, fresh.kid]));
      expect(JSON.parse(docs.jwksJson).keys.map((k: { kid: string }) => k.kid)).toEqual(expect.arrayContaining([old.kid, fresh.kid]));
      expect((await client.verifyCredential({ credential: old.jwt })).result).toBe('VERIFICATION_RESULT_VALID');
      expect((await client.verifyCredential({ credential: fresh.jwt })).result).toBe('VERIFICATION_RESULT_VALID');
      const lists = await freshLists();
      expect(offline(old.jwt, docs.didDocumentJson, lists)).toMatchObject({ result: 'VALID', kid: old.kid });
      expect(offline(fresh.jwt, docs.didDocumentJson, lists)).toMatchObject({ result: 'VALID', kid: fresh.kid });
    });
  });
});
