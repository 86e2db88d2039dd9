import { createSiapkerjaClient, fetchClientToken, type SiapkerjaClient } from '@siapkerja/sdk';
import { SANDBOX_CLIENTS, TEST_PERSON_SECRET, testNik, waitFor } from '@siapkerja/testing';
import { PersonIdentity } from '@siapkerja/identity';
import { certificationService } from '../../services/certification/src/certification.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { logIn, nib, signUpPerson, wibDate } from './http';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { newLspWithClient } from './sertihub-setup';

/**
 * Verifiable Sertihub certificates over HTTP, driven with the generated SDK: the gateway in front of the real certification and
 * jobs services (gRPC, PostgreSQL, Kafka). LSP partner A issues a certificate to a person; partner B cannot see it (404) but
 * verifies it by number and code with the holder's name masked; the holder reads it in full; Karirhub matching explains the
 * certificate (from the certificate events on Kafka); the revocation shows in the change feed, the verification and the matches.
 */
describe('certificates over HTTP', () => {
  let platform: InProcessPlatform;
  let base: string;
  const api: Record<'admin' | 'partnerA' | 'partnerB' | 'holder' | 'lsp', SiapkerjaClient> = {} as never;
  let lsp: Awaited<ReturnType<typeof newLspWithClient>>;
  let serial = 2000 + Math.floor(Math.random() * 7000);
  const nik = testNik('3374', '1996-05-20', 1);
  const personId = new PersonIdentity(TEST_PERSON_SECRET).personId(nik);

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_cert', [jobsService, certificationService]);
    ({ base } = platform);
    for (const who of ['admin', 'partnerA', 'partnerB'] as const)
      api[who] = createSiapkerjaClient(base, { token: await fetchClientToken(base, SANDBOX_CLIENTS[who].id, SANDBOX_CLIENTS[who].secret) });
    // issue 12: certificates are issued by the LSP licensed for the scheme, through a client acting for it
    lsp = await newLspWithClient(base, api.admin, 'LSP Ketenagalistrikan');
    api.lsp = lsp.api;

    // the holder: a person with an account (NIK checked at sign-up), logged in
    const phone = `0813${String(10_000_000 + serial++).slice(-8)}`;
    const email = `budi.${serial++}@example.id`;
    const holder = {
      nik,
      name: 'Budi Santoso',
      motherMaidenName: 'Sri Wahyuni',
      birthDate: '1996-05-20',
      sex: 1 as const,
      phone,
      email,
      password: 'kopi-tubruk-2026',
    };
    await signUpPerson(base, holder);
    api.holder = createSiapkerjaClient(base, { token: await logIn(base, holder) });
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('issued by partner A: 404 for partner B, verifiable with a masked name, explained in matches, revocation in the feed', async () => {
    // Sertihub scheme, Karirhub vacancy and the holder's AK/1 registration
    const scheme = await api.admin.POST('/v1/certification-schemes', {
      body: {
        code: `SKM-IL-${Date.now()}`,
        name: 'Instalatir Listrik',
        schemeType: 'KKNI',
        kkniLevel: 2,
        competencyUnits: ['D.351100.004.01', 'D.351100.010.01'],
        kbjiCode: '7411',
        lspId: lsp.lspId,
      },
    });
    expect(scheme.response.status).toBe(201);
    const employer = await api.partnerA.POST('/v1/employers', {
      body: { nib: nib(), legalName: 'PT Listrik Jaya', employerType: 'PRIVATE', kbliCodes: ['43211'], regionCode: '33.74' },
    });
    const vacancy = await api.partnerA.POST('/v1/vacancies', {
      body: {
        employerId: employer.data!.id,
        positionName: 'Teknisi Listrik',
        kbjiCode: '7411',
        regionCode: '33.74',
        numberNeeded: 2,
        validFrom: wibDate(),
        validUntil: wibDate(60),
        skkniUnits: ['D.351100.004.01', 'D.351100.010.01'],
      },
    });
    expect(vacancy.response.status).toBe(201);
    const seeker = await api.holder.POST('/v1/job-seekers', {
      body: {
        nik,
        name: 'Budi Santoso',
        birthPlace: 'Semarang',
        birthDate: '1996-05-20',
        sex: 'MALE',
        maritalStatus: 'SINGLE',
        religion: 'ISLAM',
        address: { line: 'Jl. Kalibanteng No. 3', regionCode: '33.74.01.1001' },
        education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Listrik', graduationYear: 2014 }],
        skills: ['Instalasi listrik'],
        wantedKbjiCodes: ['7411'],
        expectedWage: 4500000,
      },
    });
    expect(seeker.response.status).toBe(201);

    // the LSP's platform issues; the same Idempotency-Key replays; the ministry is no LSP; another LSP may not issue on the scheme
    const number = `62090 7411 2 ${serial} 2026`;
    const body = { schemeId: scheme.data!.id, holder: { nik, name: 'Budi Santoso' }, number, issueDate: wibDate() };
    const issued = await api.lsp.POST('/v1/certificates', { body, headers: { 'Idempotency-Key': `cert-${serial}` } });
    expect(issued.response.status).toBe(201);
    const cert = issued.data!;
    expect(issued.response.headers.get('location')).toBe(`/v1/certificates/${cert.id}`);
    expect(cert).toMatchObject({
      number,
      status: 'VALID',
      schemeCode: scheme.data!.code,
      kbjiCode: '7411',
      competencyUnits: ['D.351100.004.01', 'D.351100.010.01'],
      issueDate: wibDate(),
      issuerClientId: lsp.clientId,
      lspId: lsp.lspId,
      holder: { name: 'Budi Santoso', nik: `3374********${nik.slice(-4)}`, nikMasked: true },
    });
    expect(cert.validUntil > wibDate(3 * 365 - 2)).toBe(true);
    const replay = await api.lsp.POST('/v1/certificates', { body, headers: { 'Idempotency-Key': `cert-${serial}` } });
    expect(replay.data!.id).toBe(cert.id);
    expect(replay.response.headers.get('idempotent-replayed')).toBe('true');
    const again = await api.lsp.POST('/v1/certificates', { body: { ...body, number: number.toLowerCase() } });
    expect(again.response.status).toBe(409);
    const otherLsp = await api.partnerB.POST('/v1/certificates', { body: { ...body, number: `${number} B` } });
    expect(otherLsp.response.status).toBe(403);
    expect((await api.admin.POST('/v1/certificates', { body: { ...body, number: `${number} X` } })).response.status).toBe(403);

    // partner B: not found, not listed, cannot act; the holder reads it in full and lists it
    const byB = await api.partnerB.GET('/v1/certificates/{id}', { params: { path: { id: cert.id } } });
    expect(byB.response.status).toBe(404);
    expect(byB.response.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(byB.error)).not.toContain('Budi');
    // the stated purpose is checked first (by the certification service, which logs reads with it): 400 naming the header
    const badPurpose = await fetch(`${base}/v1/certificates/${cert.id}`, {
      headers: { authorization: await bearer('partnerB'), 'x-purpose': 'marketing' },
    });
    expect(badPurpose.status).toBe(400);
    expect(await badPurpose.json()).toMatchObject({
      code: 'INVALID_ARGUMENT',
      detail: 'The request body or parameters are invalid',
      errors: [{ field: 'X-Purpose', description: expect.stringMatching(/^X-Purpose must be one of PLACEMENT_SERVICE, /) }],
    });
    expect(
      (await api.partnerB.POST('/v1/certificates/{id}/suspend', { params: { path: { id: cert.id } }, body: {} })).response.status,
    ).toBe(404);
    expect((await api.partnerB.GET('/v1/certificates', {})).data!.certificates.map((c) => c.id)).not.toContain(cert.id);
    expect((await api.lsp.GET('/v1/certificates', {})).data!.certificates.map((c) => c.id)).toContain(cert.id);
    const own = await api.holder.GET('/v1/certificates/{id}', { params: { path: { id: cert.id } } });
    expect(own.data).toMatchObject({
      id: cert.id,
      holder: { nik, name: 'Budi Santoso', nikMasked: false },
      verificationCode: cert.verificationCode,
    });
    expect((await api.holder.GET('/v1/certificates', {})).data!.certificates.map((c) => c.id)).toEqual([cert.id]);
    expect(
      (await api.holder.POST('/v1/certificates/{id}/revoke', { params: { path: { id: cert.id } }, body: { reason: 'saya sendiri' } }))
        .response.status,
    ).toBe(403);

    // anyone verifies with number + code: status, scheme, validity, initials only
    const verify = (code: string) =>
      api.partnerB.GET('/v1/certificates/verification', { params: { query: { number: number.toLowerCase(), code } } });
    const v = await verify(cert.verificationCode.toLowerCase());
    expect(v.response.status).toBe(200);
    expect(v.data).toMatchObject({
      id: cert.id,
      number,
      status: 'VALID',
      issueDate: wibDate(),
      validUntil: cert.validUntil,
      competencyUnits: cert.competencyUnits,
      scheme: {
        id: scheme.data!.id,
        code: scheme.data!.code,
        name: 'Instalatir Listrik',
        kkniLevel: 2,
        kbjiCode: '7411',
        lspName: 'LSP Ketenagalistrikan',
      },
      holder: { nameMasked: 'B*** S***', withheld: null },
    });
    expect(JSON.stringify(v.data)).not.toMatch(new RegExp(`Budi|Santoso|${nik}|${personId}`));
    const wrongCode = cert.verificationCode.replace(/^./, (ch) => (ch === 'A' ? 'B' : 'A'));
    expect((await verify(wrongCode)).response.status).toBe(404);
    const missing = await fetch(`${base}/v1/certificates/verification?number=${encodeURIComponent(number)}`, {
      headers: { authorization: await bearer('partnerB') },
    });
    expect(missing.status).toBe(400);

    // Karirhub: the holder's matches explain the certificate (the jobs service got the event from Kafka)
    const certificatesComponent = async () => {
      const m = await api.holder.GET('/v1/matches', { params: { query: { jobSeekerId: seeker.data!.id } } });
      return m.data?.vacancies.find((x) => x.vacancyId === vacancy.data!.id)?.components.find((c) => c.name === 'CERTIFICATES');
    };
    const counted = await waitFor(
      async () => {
        const c = await certificatesComponent();
        return c && c.score === 1 ? c : undefined;
      },
      { what: 'the certificate counted in matching', timeoutMs: 60000 },
    );
    expect(counted.reason).toContain(
      `certificate ${number} (scheme ${scheme.data!.code}, valid until ${cert.validUntil}) certifies the vacancy's occupation 7411`,
    );
    expect(counted.reason).toContain("certified in 2 of the vacancy's 2 SKKNI units");

    // the LSP revokes (a reason is required); no move leaves REVOKED
    expect(
      (await api.lsp.POST('/v1/certificates/{id}/revoke', { params: { path: { id: cert.id } }, body: { reason: '' } })).response.status,
    ).toBe(400);
    const revoked = await api.lsp.POST('/v1/certificates/{id}/revoke', {
      params: { path: { id: cert.id } },
      body: { reason: 'Bukti asesmen tidak sah' },
    });
    expect(revoked.data).toMatchObject({ status: 'REVOKED', statusReason: 'Bukti asesmen tidak sah' });
    expect(revoked.data!.history.map((h) => h.toStatus)).toEqual(['VALID', 'REVOKED']);
    const reinstate = await api.lsp.POST('/v1/certificates/{id}/reinstate', { params: { path: { id: cert.id } }, body: {} });
    expect(reinstate.response.status).toBe(409);
    expect((reinstate.error as { detail: string }).detail).toMatch(/is REVOKED: it cannot be reinstated \(it is final\)/);

    // the change feed (partner B, feed:read) shows the issue then the revocation: status data, no person data
    const items = await waitFor(
      async () => {
        const page = await api.partnerB.GET('/v1/feed/{resource}', {
          params: { path: { resource: 'certificates' }, query: { after: '0', limit: '1000' } },
        });
        const mine = (page.data?.items ?? []).filter((i) => i.id === cert.id);
        return mine.length >= 2 ? mine : undefined;
      },
      { what: 'the revocation in the feed', timeoutMs: 60000 },
    );
    expect(items.map((i) => [i.op, (i.data as Record<string, unknown>).status])).toEqual([
      ['upsert', 'VALID'],
      ['upsert', 'REVOKED'],
    ]);
    expect(items[1].data).toMatchObject({
      id: cert.id,
      number,
      schemeCode: scheme.data!.code,
      status: 'REVOKED',
      validUntil: cert.validUntil,
      kbjiCode: '7411',
    });
    expect(JSON.stringify(items)).not.toMatch(new RegExp(`Budi|${nik}|${personId}|personId|Bukti asesmen`));

    // verification and matching follow the revocation
    expect((await verify(cert.verificationCode)).data).toMatchObject({ status: 'REVOKED', holder: { nameMasked: 'B*** S***' } });
    const notCounted = await waitFor(
      async () => {
        const c = await certificatesComponent();
        return c && c.score === 0 ? c : undefined;
      },
      { what: 'the revoked certificate no longer counted', timeoutMs: 60000 },
    );
    expect(notCounted.reason).toContain('1 not counted (REVOKED)');

    // the LSP's reads of the holder's name are in the access log, for the certification purpose
    const log = await api.admin.GET('/v1/privacy/access-log', {
      params: { query: { actor: lsp.clientId, subject: personId } },
    });
    expect(log.data!.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resourceType: 'certificate',
          resourceId: cert.id,
          fields: ['holder.name'],
          purpose: 'CERTIFICATION',
          subjectPersonId: personId,
        }),
      ]),
    );
  });

  async function bearer(who: 'partnerB'): Promise<string> {
    return `Bearer ${await fetchClientToken(base, SANDBOX_CLIENTS[who].id, SANDBOX_CLIENTS[who].secret)}`;
  }
});
