import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { TrainingCompleted } from '@siapkerja/contracts';
import { buildEvent } from '@siapkerja/events';
import { PersonIdentity } from '@siapkerja/identity';
import { createSiapkerjaClient, fetchClientToken, type SiapkerjaClient } from '@siapkerja/sdk';
import { kafkaBrokers, SANDBOX_CLIENTS, TEST_PERSON_SECRET, testNik, uniqueSuffix, waitFor } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { freshWindow, logIn, signUpPerson, wibDate } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { newLspWithClient } from './sertihub-setup';

const UNITS = ['J.620100.001.01', 'J.620100.002.01', 'J.620100.004.02'];
const OFFLINE_VERIFIER = path.resolve(__dirname, '../../tools/vc/offline-verify.mjs');
const IP_LIMIT = 60;

/**
 * Sertihub over HTTP with the generated SDK, the gateway in front of the real certification service (gRPC, PostgreSQL,
 * Kafka): LSP tenancy, the assessment workflow (training prerequisite met by a TrainingCompleted published to Kafka, an
 * assessor outside his areas refused, one BK unit = no certificate), and the certificate as a verifiable credential checked
 * by anyone without a token (tampering, revocation at once, an offline verifier in a fresh process, batch, QR, per-IP limit).
 */
describe('Sertihub over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  let admin: SiapkerjaClient;
  let partnerA: SiapkerjaClient;
  let holder: SiapkerjaClient;
  let lspA: Awaited<ReturnType<typeof newLspWithClient>>;
  let lspB: Awaited<ReturnType<typeof newLspWithClient>>;
  const kafka = new Kafka({ clientId: 'sertihub-e2e', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();
  const nik = testNik('3374', '1998-02-11', 2);
  const personId = new PersonIdentity(TEST_PERSON_SECRET).personId(nik);
  let schemeId = '';
  let trainedSchemeId = '';
  let tukId = '';
  let assessorId = '';
  let narrowAssessorId = '';
  let certificateId = '';
  let certificateNumber = '';
  let jwt = '';
  let holderJwt = '';

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_sertihub', [certificationService], { RATE_LIMIT_IP_PER_MINUTE: String(IP_LIMIT) });
    ({ base } = platform);
    await producer.connect();
    const token = async (who: 'admin' | 'partnerA') => fetchClientToken(base, SANDBOX_CLIENTS[who].id, SANDBOX_CLIENTS[who].secret);
    admin = createSiapkerjaClient(base, { token: await token('admin') });
    partnerA = createSiapkerjaClient(base, { token: await token('partnerA') });
    lspA = await newLspWithClient(base, admin, 'LSP Informatika Jateng');
    lspB = await newLspWithClient(base, admin, 'LSP Konstruksi');
    const serial = 10_000_000 + Math.floor(Math.random() * 80_000_000);
    const person = {
      nik,
      name: 'Siti Rahayu',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1998-02-11',
      sex: 2 as const,
      phone: `0812${String(serial).slice(-8)}`,
      email: `siti.${serial}@example.id`,
      password: 'teh-poci-2026',
    };
    await signUpPerson(base, person);
    holderJwt = await logIn(base, person);
    holder = createSiapkerjaClient(base, { token: holderJwt });
  });
  afterAll(async () => {
    await producer.disconnect();
    await platform?.close();
  });

  it("LSPs: only BNSP or the ministry registers them; an LSP's client manages its own schemes, TUKs and assessors only", async () => {
    expect(
      (
        await partnerA.POST('/v1/lsps', {
          body: { name: 'LSP X', lspType: 'P1', licenceNumber: 'X-1', licenceValidUntil: wibDate(9), regionCode: '33' },
        })
      ).response.status,
    ).toBe(403);
    const scheme = await lspA.api.POST('/v1/certification-schemes', {
      body: {
        code: `SKM-JWD-${uniqueSuffix()}`,
        name: 'Junior Web Developer',
        schemeType: 'KKNI',
        kkniLevel: 3,
        competencyUnits: UNITS,
        kbjiCode: '2512',
      },
    });
    expect(scheme.response.status).toBe(201);
    expect(scheme.data).toMatchObject({ lspId: lspA.lspId, lspName: 'LSP Informatika Jateng', prerequisite: 'NONE', validityYears: 3 });
    schemeId = scheme.data!.id;
    const trained = await lspA.api.POST('/v1/certification-schemes', {
      body: {
        code: `SKM-JWD-T-${uniqueSuffix()}`,
        name: 'Junior Web Developer (pelatihan)',
        schemeType: 'KKNI',
        kkniLevel: 3,
        competencyUnits: UNITS,
        prerequisite: 'TRAINING',
      },
    });
    trainedSchemeId = trained.data!.id;
    const tuk = await lspA.api.POST('/v1/tuks', {
      body: { lspId: lspA.lspId, name: 'TUK BLK Semarang', kind: 'MANDIRI', regionCode: '33.74' },
    });
    expect(tuk.response.status).toBe(201);
    tukId = tuk.data!.id;
    const assessor = await lspA.api.POST('/v1/assessors', {
      body: {
        lspId: lspA.lspId,
        name: 'Andi Wijaya',
        registrationNumber: `MET.${uniqueSuffix()}`,
        competenceAreas: UNITS,
        registrationValidUntil: wibDate(90),
        dailyCapacity: 4,
      },
    });
    assessorId = assessor.data!.id;
    const narrow = await lspA.api.POST('/v1/assessors', {
      body: {
        lspId: lspA.lspId,
        name: 'Budi Hartono',
        registrationNumber: `MET.${uniqueSuffix()}`,
        competenceAreas: ['M.712000.001.01'],
        registrationValidUntil: wibDate(90),
        dailyCapacity: 4,
      },
    });
    narrowAssessorId = narrow.data!.id;
    // another LSP: 404 on every record of LSP A, 403 issuing on its scheme
    expect((await lspB.api.GET('/v1/tuks', { params: { query: { lspId: lspA.lspId } } })).response.status).toBe(404);
    expect((await lspB.api.GET('/v1/assessors', { params: { query: { lspId: lspA.lspId } } })).response.status).toBe(404);
    expect(
      (await lspB.api.POST('/v1/tuks', { body: { lspId: lspA.lspId, name: 'TUK X', kind: 'SEWAKTU', regionCode: '33.74' } })).response
        .status,
    ).toBe(404);
    const foreign = await lspB.api.POST('/v1/certificates', {
      body: { schemeId, holder: { nik, name: 'Siti Rahayu' }, number: `X ${uniqueSuffix().toUpperCase()}`, issueDate: wibDate() },
    });
    expect(foreign.response.status).toBe(403);
    expect((foreign.error as { detail: string }).detail).toContain('Only the LSP licensed for scheme');
    expect((await admin.GET('/v1/lsps/{id}', { params: { path: { id: lspA.lspId } } })).data!.licensedSchemeIds).toEqual(
      expect.arrayContaining([schemeId, trainedSchemeId]),
    );
  });

  it("applying is a write: a token without certification:write gets 403; a person's token carries it, for his own application only", async () => {
    const body = { schemeId, applicant: { nik, name: 'Siti Rahayu' }, evidenceRefs: ['doc:ijazah-smk'] };
    // the scheme's own LSP client (which may apply for a person), with a token asking for certification:read only
    const readOnly = createSiapkerjaClient(base, {
      token: await fetchClientToken(base, lspA.clientId, lspA.clientSecret, 'certification:read'),
    });
    const refused = await readOnly.POST('/v1/assessments', { body });
    expect(refused.response.status).toBe(403);
    expect(refused.response.headers.get('www-authenticate')).toContain('insufficient_scope');
    // the person's token (identity grants JOB_SEEKER certification:write) applies, but only for himself
    const scope = String(JSON.parse(Buffer.from(holderJwt.split('.')[1], 'base64url').toString()).scope).split(' ');
    expect(scope).toEqual(expect.arrayContaining(['certification:read', 'certification:write']));
    const forOther = await holder.POST('/v1/assessments', {
      body: { ...body, applicant: { nik: testNik('3374', '1995-07-21', 1), name: 'Budi Santoso' } },
    });
    expect(forOther.response.status).toBe(403);
    expect((forOther.error as { detail: string }).detail).toContain('Only the applicant himself or the LSP of scheme');
    // and no other certification write: those stay with the LSP, BNSP and ministry roles
    const tuk = await holder.POST('/v1/tuks', { body: { lspId: lspA.lspId, name: 'TUK Rumah', kind: 'MANDIRI', regionCode: '33.74' } });
    expect(tuk.response.status).toBe(403);
    expect((tuk.error as { detail: string }).detail).toContain('needs the role');
    const scheme = await holder.POST('/v1/certification-schemes', {
      body: {
        code: `SKM-X-${uniqueSuffix()}`,
        name: 'Skema sendiri',
        schemeType: 'OKUPASI',
        kkniLevel: 0,
        competencyUnits: UNITS,
        lspId: lspA.lspId,
      },
    });
    expect(scheme.response.status).toBe(403);
    expect(
      (
        await holder.POST('/v1/assessments/{id}/schedule', {
          params: { path: { id: randomUUID() } },
          body: { tukId, assessorId, assessmentDate: wibDate(3) },
        })
      ).response.status,
    ).toBe(403);
  });

  it('the assessment: a TrainingCompleted on Kafka meets the prerequisite, an assessor outside his areas is refused, one BK unit means no certificate', async () => {
    const apply = (id: string) =>
      holder.POST('/v1/assessments', {
        body: {
          schemeId: id,
          applicant: { nik, name: 'Siti Rahayu' },
          evidenceRefs: ['doc:ijazah-smk'],
          selfAssessment: UNITS.map((u) => ({ unitCode: u, competent: true })),
        },
      });
    const first = await apply(trainedSchemeId);
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({ status: 'NOT_ELIGIBLE', personId });
    const event = buildEvent(TrainingCompleted, '/siapkerja/training', {
      subject: randomUUID(),
      data: {
        enrolmentId: randomUUID(),
        batchId: randomUUID(),
        programId: 'prog-web-2026',
        programTitle: 'Pemrograman Web BLK Semarang',
        providerId: randomUUID(),
        providerKind: 'BLK_UPTP',
        personId,
        competencyUnits: UNITS,
        kbjiCode: '2512',
        certificationSchemeId: '',
        regionCode: '33.74',
        sex: 2,
        ageBand: '20-29',
        outcome: 'COMPLETED',
        outcomeDate: wibDate(-2),
        occurredAt: new Date().toISOString(),
      },
    });
    await producer.send({
      topic: platform.topicPrefix + TrainingCompleted.topic,
      messages: [{ key: event.subject, value: JSON.stringify(event) }],
    });
    const eligible = await waitFor(
      async () => {
        const a = await holder.GET('/v1/assessments/{id}', { params: { path: { id: first.data!.id } } });
        return a.data?.status === 'ELIGIBLE' ? a.data : undefined;
      },
      { what: 'eligible after TrainingCompleted', timeoutMs: 30000 },
    );
    expect(eligible.eligibilityReason).toContain('"Pemrograman Web BLK Semarang" (prog-web-2026)');

    const id = first.data!.id;
    const outside = await lspA.api.POST('/v1/assessments/{id}/schedule', {
      params: { path: { id } },
      body: { tukId, assessorId: narrowAssessorId, assessmentDate: wibDate(1) },
    });
    expect(outside.response.status).toBe(409);
    expect((outside.error as { detail: string }).detail).toContain('outside the competence areas of assessor Budi Hartono');
    expect(
      (
        await lspB.api.POST('/v1/assessments/{id}/schedule', {
          params: { path: { id } },
          body: { tukId, assessorId, assessmentDate: wibDate(1) },
        })
      ).response.status,
    ).toBe(404);
    await lspA.api.POST('/v1/assessments/{id}/schedule', {
      params: { path: { id } },
      body: { tukId, assessorId, assessmentDate: wibDate(1) },
    });
    const results = (bk: string[]) => UNITS.map((u) => ({ unitCode: u, verdict: bk.includes(u) ? ('BK' as const) : ('K' as const) }));
    await lspA.api.POST('/v1/assessments/{id}/results', { params: { path: { id } }, body: { results: results([UNITS[2]]) } });
    const nyc = await lspA.api.POST('/v1/assessments/{id}/decision', {
      params: { path: { id } },
      body: { certificateNumber: 'JWD 1', notes: 'pleno' },
    });
    expect(nyc.data).toMatchObject({ status: 'NOT_YET_COMPETENT', unitsToRetake: [UNITS[2]], certificateId: null });
    expect((await holder.GET('/v1/certificates', {})).data!.certificates).toEqual([]);

    // the retake: eligible at once now, every unit K, the certificate is issued
    const second = await apply(trainedSchemeId);
    expect(second.data!.status).toBe('ELIGIBLE');
    const id2 = second.data!.id;
    await lspA.api.POST('/v1/assessments/{id}/schedule', {
      params: { path: { id: id2 } },
      body: { tukId, assessorId, assessmentDate: wibDate(2) },
    });
    await lspA.api.POST('/v1/assessments/{id}/results', { params: { path: { id: id2 } }, body: { results: results([]) } });
    certificateNumber = `62090 2512 3 ${uniqueSuffix().toUpperCase()}`;
    const competent = await lspA.api.POST('/v1/assessments/{id}/decision', { params: { path: { id: id2 } }, body: { certificateNumber } });
    expect(competent.data).toMatchObject({ status: 'COMPETENT', regionCode: '33.74' });
    certificateId = competent.data!.certificateId!;
    const mine = await holder.GET('/v1/certificates', {});
    expect(mine.data!.certificates.map((c) => [c.id, c.lspId, c.regionCode])).toEqual([[certificateId, lspA.lspId, '33.74']]);
  });

  it('the holder downloads the credential and its QR code; anyone verifies it without a token; one changed character is not genuine', async () => {
    const cred = await holder.GET('/v1/certificates/{id}/credential', { params: { path: { id: certificateId } } });
    expect(cred.response.status).toBe(200);
    jwt = cred.data!.jwt;
    expect(cred.data!.credential).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { id: `urn:siapkerja:person:${personId}`, name: 'Siti Rahayu', certificateNumber },
    });
    expect(JSON.stringify(cred.data)).not.toContain(nik);
    expect((await lspB.api.GET('/v1/certificates/{id}/credential', { params: { path: { id: certificateId } } })).response.status).toBe(404);

    const png = await fetch(`${base}/v1/certificates/${certificateId}/qr.png`, { headers: { authorization: `Bearer ${holderJwt}` } });
    expect(png.headers.get('content-type')).toContain('image/png');
    expect(
      Buffer.from(await png.arrayBuffer())
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    const svg = await fetch(`${base}/v1/certificates/${certificateId}/qr.svg`, { headers: { authorization: `Bearer ${holderJwt}` } });
    expect(await svg.text()).toContain('<svg');

    const publicGet = await fetch(`${base}/v1/verify?number=${encodeURIComponent(certificateNumber)}`);
    expect(publicGet.status).toBe(200);
    expect(await publicGet.json()).toMatchObject({
      result: 'VALID',
      certificateNumber,
      lspName: 'LSP Informatika Jateng',
      holderNameMasked: 'S*** R***',
    });
    const post = (body: Record<string, string>) =>
      fetch(`${base}/v1/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        (r) => r.json(),
      );
    expect(await post({ credential: jwt })).toMatchObject({ result: 'VALID', kid: expect.stringContaining('did:web:') });
    expect(await post({ qrContent: cred.data!.verificationUrl })).toMatchObject({ result: 'VALID' });
    const [h, body, sig] = jwt.split('.');
    const altered = `${h}.${Buffer.from(Buffer.from(body, 'base64url').toString().replace('Siti Rahayu', 'Siti Rahayv')).toString('base64url')}.${sig}`;
    expect(await post({ credential: altered })).toMatchObject({ result: 'NOT_GENUINE', reasonCode: 'TAMPERED' });
    expect(await post({ credential: 'garbage' })).toMatchObject({ result: 'NOT_GENUINE', reasonCode: 'MALFORMED' });
    expect(await post({ number: 'TIDAK ADA 1' })).toMatchObject({ result: 'NOT_GENUINE', reasonCode: 'UNKNOWN_NUMBER' });
  });

  it('a revocation is reported at once by the public endpoint and by an offline verifier holding a fresh status list; batch of 1,000', async () => {
    const didJson = await (await fetch(`${base}/.well-known/did.json`)).text();
    const lists = async () =>
      Promise.all(['revocation', 'suspension'].map(async (p) => (await fetch(`${base}/v1/status-lists/${p}/0`)).text()));
    expect(offline(jwt, didJson, await lists()).result).toBe('VALID');
    const revoked = await lspA.api.POST('/v1/certificates/{id}/revoke', {
      params: { path: { id: certificateId } },
      body: { reason: 'R02 asesmen tidak sah' },
    });
    const t0 = Date.now();
    expect(revoked.data!.status).toBe('REVOKED');
    const after = await (await fetch(`${base}/v1/verify?number=${encodeURIComponent(certificateNumber)}`)).json();
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(after).toMatchObject({ result: 'REVOKED', reasonCode: 'REVOKED' });
    // the public answer is dated, never explained: the officer's free text may name people (UU 27/2022)
    expect(after.reason).toMatch(/^revoked on \d{4}-\d{2}-\d{2}$/);
    expect(JSON.stringify(after)).not.toContain('asesmen tidak sah');
    const statusList = await fetch(`${base}/v1/status-lists/revocation/0`);
    expect(statusList.headers.get('content-type')).toContain('application/vc+jwt');
    expect(offline(jwt, didJson, await lists())).toMatchObject({ result: 'REVOKED' });

    const items = Array.from({ length: 1000 }, (_, i) =>
      i % 2 ? { credential: jwt } : { number: i % 3 ? certificateNumber : `NOPE ${i}` },
    );
    const batch = await partnerA.POST('/v1/verify/batch', { body: { items } });
    expect(batch.response.status).toBe(200);
    expect(batch.data!.results).toHaveLength(1000);
    expect(batch.data!.results[1].result).toBe('REVOKED');
    expect(batch.data!.results[0].result).toBe('NOT_GENUINE');
    expect((await partnerA.POST('/v1/verify/batch', { body: { items: [...items, { number: 'X' }] } })).response.status).toBe(400);
    const jwks = await (await fetch(`${base}/v1/issuer/jwks.json`)).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });

    // the ministry rotates the issuer key: the new one is published beside the old, and the old credential still verifies offline
    expect((await lspA.api.POST('/v1/issuer/keys/rotate', {})).response.status).toBe(403);
    const rotated = await admin.POST('/v1/issuer/keys/rotate', {});
    expect(rotated.data!.previousKid).toBe(JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid);
    const didAfter = await (await fetch(`${base}/.well-known/did.json`)).text();
    expect(JSON.parse(didAfter).assertionMethod).toEqual(expect.arrayContaining([rotated.data!.kid, rotated.data!.previousKid]));
    expect(offline(jwt, didAfter, await lists())).toMatchObject({ result: 'REVOKED', kid: rotated.data!.previousKid });
  });

  it('the public verification is rate-limited per IP (429 with Retry-After)', async () => {
    await freshWindow();
    let last: Response | undefined;
    for (let i = 0; i < IP_LIMIT + 5; i++) {
      last = await fetch(`${base}/v1/verify?number=X`);
      if (last.status === 429) break;
    }
    expect(last!.status).toBe(429);
    expect(last!.headers.get('retry-after')).toBeTruthy();
  });

  function offline(credential: string, didJson: string, lists: string[]) {
    const dir = mkdtempSync(path.join(tmpdir(), 'vc-e2e-'));
    writeFileSync(path.join(dir, 'c.jwt'), credential);
    writeFileSync(path.join(dir, 'did.json'), didJson);
    lists.forEach((l, i) => writeFileSync(path.join(dir, `l${i}.jwt`), l));
    const out = execFileSync(process.execPath, [OFFLINE_VERIFIER, 'c.jwt', 'did.json', ...lists.map((_, i) => `l${i}.jwt`)], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
    });
    return JSON.parse(out) as { result: string; kid: string };
  }
});
