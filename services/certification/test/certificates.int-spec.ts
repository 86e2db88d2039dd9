import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { Kafka, logLevel } from 'kafkajs';
import {
  CertificateExpired,
  CertificateIssued,
  PersonErasureRequested,
  PersonProcessingRestricted,
  serviceDefinition,
  type certificationV1,
} from '@siapkerja/contracts';
import { buildEvent, TransactionalOutbox } from '@siapkerja/events';
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
  violatedFields,
} from '@siapkerja/testing';
import { CertificatesService } from '../src/certificates/certificates.service';
import { CredentialSigner } from '../src/credentials/credential-signer';
import { IssuerKeysService } from '../src/credentials/issuer-keys.service';
import { StatusListsService } from '../src/credentials/status-lists.service';
import { validUntilAfter } from '../src/certificates/certificate-codes';
import { certificationService } from '../src/certification.module';

const as = (c: Record<string, unknown>) => ({ metadata: { 'x-caller': JSON.stringify(c) } });
const identity = new PersonIdentity(TEST_PERSON_SECRET);
const wib = (offsetDays = 0) => new Date(Date.now() + 7 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);

// the LSPs' ids are fixed before the LSPs exist (created in beforeAll with these ids): the callers act for them
const LSP_1 = randomUUID();
const LSP_2 = randomUUID();
const lspA = as({ sub: 'client:lsp-a', roles: ['PARTNER'], clientId: 'lsp-a', organizationId: LSP_1 });
const lspB = as({ sub: 'client:lsp-b', roles: ['PARTNER'], clientId: 'lsp-b', organizationId: LSP_2 });
const lspAccount = as({ sub: 'acc-lsp-1', roles: ['LSP'], organizationId: LSP_1 });
const otherLspAccount = as({ sub: 'acc-lsp-2', roles: ['LSP'], organizationId: LSP_2 });
const ministry = as({ sub: 'acc-admin', roles: ['MINISTRY_ADMIN'] });
const bnsp = as({ sub: 'acc-bnsp', roles: ['BNSP'] });
// an officer states why he reads personal data (X-Purpose, forwarded in the caller): without it he is refused first
const officer = as({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33', purpose: 'SUPERVISION' });

/** Certificates: issue, ownership, status machine, expiry, verification, erasure and export (real PostgreSQL, Kafka, gRPC). */
describe('certificates (real PostgreSQL, Kafka, gRPC)', () => {
  let svc: RunningService;
  let client: ServiceClient<'certification'>;
  let drop: () => Promise<void>;
  let dbUrl: string;
  let topic: Awaited<ReturnType<typeof collectTopic>>;
  let accessLog: Awaited<ReturnType<typeof startFakeAccessLog>>;
  let scheme: certificationV1.Scheme__Output;
  let schemeNoKbji: certificationV1.Scheme__Output;
  let schemeB: certificationV1.Scheme__Output;
  const kafka = new Kafka({ clientId: 'certificates-test', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING });
  const producer = kafka.producer();

  beforeAll(async () => {
    const db = await createTestDatabase('certificates');
    drop = db.drop;
    dbUrl = db.url;
    // the privacy topic exists before the service subscribes to it (a fresh broker has none)
    topic = await collectTopic([CertificateIssued.topic, PersonErasureRequested.topic]);
    accessLog = await startFakeAccessLog(serviceDefinition('identity'));
    svc = await startService(certificationService, serviceTestEnv(db.url, { IDENTITY_GRPC_URL: accessLog.url }));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    await producer.connect();
    for (const [id, name] of [
      [LSP_1, 'LSP Teknologi Digital'],
      [LSP_2, 'LSP K3'],
    ])
      await svc.dataSource.query(
        `INSERT INTO lsps (id, name, lsp_type, licence_number, licence_valid_until, region_code, status) VALUES ($1, $2, 'P3', $3, current_date + 365, '33', 'ACTIVE')`,
        [id, name, `BNSP-LSP-${uniqueSuffix()}`],
      );
    scheme = await client.createScheme({
      scheme: {
        code: `SKM-JWD-${uniqueSuffix()}`,
        name: 'Junior Web Developer',
        schemeType: 'SCHEME_TYPE_KKNI',
        kkniLevel: 3,
        kbjiCode: '2512',
        lspId: LSP_1,
        competencyUnits: ['J.620100.001.01', 'J.620100.002.01', 'J.620100.004.02'],
      },
    });
    schemeNoKbji = await client.createScheme({
      scheme: {
        code: `SKM-K3-${uniqueSuffix()}`,
        name: 'Petugas K3',
        schemeType: 'SCHEME_TYPE_OKUPASI',
        kkniLevel: 0,
        kbjiCode: '',
        lspId: LSP_1,
        competencyUnits: ['M.712000.001.01'],
      },
    });
    schemeB = await client.createScheme({
      scheme: {
        code: `SKM-K3B-${uniqueSuffix()}`,
        name: 'Ahli K3 Umum',
        schemeType: 'SCHEME_TYPE_OKUPASI',
        kkniLevel: 0,
        kbjiCode: '',
        lspId: LSP_2,
        competencyUnits: ['M.712000.001.01'],
      },
    });
  });
  afterAll(async () => {
    await producer.disconnect();
    client?.close();
    await topic?.stop();
    await svc?.stop();
    await accessLog?.stop();
    await drop?.();
  });

  const person = (sex: 1 | 2 = 1) => {
    const nik = testNik('3374', sex === 1 ? '1996-05-20' : '1995-03-12', sex);
    return {
      nik,
      personId: identity.personId(nik),
      caller: as({ sub: `acc-${nik}`, roles: ['JOB_SEEKER'], personId: identity.personId(nik) }),
    };
  };
  const number = () => `62090 2512 3 ${uniqueSuffix().toUpperCase()}`;
  const issue = (holder: { nik: string }, who = lspA, extra: Partial<certificationV1.IssueCertificateRequest> = {}) =>
    client.issueCertificate(
      { schemeId: scheme.id, holder: { nik: holder.nik, name: 'Budi Santoso' }, number: number(), issueDate: wib(), ...extra },
      who,
    );
  const eventsOf = (id: string, n: number) =>
    waitFor(
      async () => {
        const list = topic.messages.filter((m) => m.value.subject === id);
        return list.length >= n ? list : undefined;
      },
      { what: `${n} events of certificate ${id}` },
    );
  const service = () => {
    const keys = new IssuerKeysService(svc.dataSource, {
      CERTIFICATION_PUBLIC_HOST: 'siapkerja.kemnaker.go.id',
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
    } as never);
    return new CertificatesService(
      svc.dataSource,
      new TransactionalOutbox(svc.dataSource, '/siapkerja/certification', svc.relay),
      identity,
      new CredentialSigner(keys),
      new StatusListsService(svc.dataSource, keys),
    );
  };

  it('issues a certificate owned by the issuing partner: three years, the scheme units and KBJI, one event without NIK or name', async () => {
    const p = person();
    const c = await issue(p);
    const today = wib();
    expect(c).toMatchObject({
      schemeId: scheme.id,
      schemeCode: scheme.code,
      schemeName: 'Junior Web Developer',
      lspName: 'LSP Teknologi Digital',
      kbjiCode: '2512',
      personId: p.personId,
      // the issuer reads the holder's NIK masked
      holder: { nik: `${p.nik.slice(0, 4)}********${p.nik.slice(12)}`, name: 'Budi Santoso' },
      nikMasked: true,
      competencyUnits: scheme.competencyUnits,
      issueDate: today,
      validUntil: validUntilAfter(today, 3),
      status: 'CERTIFICATE_STATUS_VALID',
      issuerClientId: 'lsp-a',
      issuerAccountId: '',
      eraseTime: '',
    });
    expect(c.validUntil > wib(3 * 365 - 2) && c.validUntil <= wib(3 * 366)).toBe(true);
    expect(c.verificationCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(c.history).toEqual([
      expect.objectContaining({ fromStatus: 'CERTIFICATE_STATUS_UNSPECIFIED', toStatus: 'CERTIFICATE_STATUS_VALID', actor: 'lsp-a' }),
    ]);
    const [msg] = await eventsOf(c.id, 1);
    expect(msg.key).toBe(c.id);
    expect(msg.value).toMatchObject({
      type: CertificateIssued.type,
      source: '/siapkerja/certification',
      data: {
        certificateId: c.id,
        number: c.number,
        schemeId: scheme.id,
        schemeCode: scheme.code,
        personId: p.personId,
        competencyUnits: scheme.competencyUnits,
        kbjiCode: '2512',
        issueDate: today,
        validUntil: c.validUntil,
        fromStatus: '',
        status: 'VALID',
      },
    });
    const raw = JSON.stringify(msg.value);
    expect(raw).not.toContain(p.nik);
    expect(raw).not.toContain('Budi');
    expect(raw).not.toContain(c.verificationCode.replace(/-/g, ''));
    // a scheme without KBJI: the event has no kbjiCode at all
    const k3 = await client.issueCertificate(
      { schemeId: schemeNoKbji.id, holder: { nik: p.nik, name: 'Budi Santoso' }, number: number(), issueDate: today },
      lspA,
    );
    const [k3msg] = await eventsOf(k3.id, 1);
    expect(k3msg.value.data).not.toHaveProperty('kbjiCode');
  });

  it("writes every read of a holder's name to the access log first, for the stated purpose or the one the relation implies", async () => {
    const p = person();
    const withPurpose = (who: ReturnType<typeof as>, purpose: string) =>
      as({ ...JSON.parse(who.metadata['x-caller']), purpose }) as ReturnType<typeof as>;
    const logged = (id: string) => accessLog.records.filter((r) => r.resourceId === id);
    const c = await issue(p);
    expect(logged(c.id)).toEqual([
      expect.objectContaining({
        actor: { sub: 'client:lsp-a', clientId: 'lsp-a', roles: ['PARTNER'], regionCode: '' },
        resourceType: 'certificate',
        fields: ['holder.name'],
        subjectPersonId: p.personId,
        purpose: 'CERTIFICATION',
      }),
    ]);
    await client.getCertificate({ id: c.id }, p.caller);
    await client.listCertificates({ held: true }, p.caller);
    await client.getCertificate({ id: c.id }, ministry);
    await client.suspendCertificate({ id: c.id, reason: '' }, withPurpose(lspA, 'supervision'));
    expect(
      logged(c.id)
        .slice(1)
        .map((r) => [r.actor!.sub, r.fields, r.purpose]),
    ).toEqual([
      [`acc-${p.nik}`, ['holder.name', 'holder.nik'], 'DATA_SUBJECT_REQUEST'],
      [`acc-${p.nik}`, ['holder.name', 'holder.nik'], 'DATA_SUBJECT_REQUEST'],
      ['acc-admin', ['holder.name', 'holder.nik'], 'SUPERVISION'],
      ['client:lsp-a', ['holder.name'], 'SUPERVISION'],
    ]);
    // the purpose is checked before anything else (an unknown certificate too); an officer must state one
    const before = accessLog.records.length;
    const bad = await client.getCertificate({ id: randomUUID() }, withPurpose(lspA, 'MARKETING')).catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(bad)).toEqual(['X-Purpose']);
    const officerRead = await client
      .listCertificates({}, as({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' }))
      .catch((e) => e);
    expect(officerRead.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(officerRead)).toEqual(['X-Purpose']);
    // nothing is served that cannot be logged; the platform itself (no caller) reads without a log entry
    accessLog.down = true;
    try {
      expect((await client.getCertificate({ id: c.id }, lspA).catch((e) => e)).code).toBe(status.UNAVAILABLE);
    } finally {
      accessLog.down = false;
    }
    await client.getCertificate({ id: c.id });
    expect(accessLog.records.length).toBe(before);
  });

  // issue 12 changes this behaviour: a subset of units is refused (a certificate only when every unit is K)
  it('refuses a subset of units; takes every unit (in the scheme order), an explicit validity, and an LSP account as owner', async () => {
    const p = person(2);
    const subset = await issue(p, lspAccount, { competencyUnits: ['J.620100.004.02', 'J.620100.001.01'] }).catch((e) => e);
    expect(subset.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(subset)).toEqual(['competencyUnits']);
    const c = await issue(p, lspAccount, {
      competencyUnits: ['J.620100.004.02', 'J.620100.001.01', 'J.620100.002.01'],
      issueDate: wib(-10),
      validUntil: wib(700),
    });
    expect(c).toMatchObject({
      competencyUnits: ['J.620100.001.01', 'J.620100.002.01', 'J.620100.004.02'],
      issueDate: wib(-10),
      validUntil: wib(700),
      issuerClientId: '',
      issuerAccountId: 'acc-lsp-1',
    });
    expect((await client.getCertificate({ id: c.id }, lspAccount)).id).toBe(c.id);
    await expect(client.getCertificate({ id: c.id }, otherLspAccount)).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it('refuses bad input naming each field, units outside the scheme, an unknown scheme, a taken number, and issuers that are not an LSP', async () => {
    const p = person();
    const [{ n: before }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM certificates`);
    const bad = await client
      .issueCertificate(
        {
          schemeId: 'nope',
          holder: { nik: '3374012005961234'.replace('2005', '3205'), name: ' ' },
          number: '!',
          competencyUnits: ['x', 'x'],
          issueDate: '2026-02-30',
          validUntil: 'soon',
        },
        lspA,
      )
      .catch((e) => e);
    expect(bad.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(bad)).toEqual(
      expect.arrayContaining([
        'schemeId',
        'holder.nik',
        'holder.name',
        'number',
        'competencyUnits[0]',
        'competencyUnits',
        'issueDate',
        'validUntil',
      ]),
    );
    const future = await issue(p, lspA, { issueDate: wib(2) }).catch((e) => e);
    expect(violatedFields(future)).toEqual(['issueDate']);
    const alreadyOver = await issue(p, lspA, { issueDate: wib(-30), validUntil: wib(-1) }).catch((e) => e);
    expect(violatedFields(alreadyOver)).toEqual(['validUntil']);
    const tooLong = await issue(p, lspA, { validUntil: wib(11 * 366) }).catch((e) => e);
    expect(violatedFields(tooLong)).toEqual(['validUntil']);
    const outside = await issue(p, lspA, { competencyUnits: ['J.620100.001.01', 'J.620100.009.01'] }).catch((e) => e);
    expect(outside.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(outside)).toEqual(['competencyUnits[1]']);
    await expect(issue(p, lspA, { schemeId: randomUUID() })).rejects.toMatchObject({ code: status.NOT_FOUND });
    for (const who of [ministry, bnsp, officer, p.caller])
      await expect(issue(p, who)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const [{ n: after }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM certificates`);
    expect(after).toBe(before);
    const first = await issue(p);
    // the number is compared as printed: case and spacing do not make another certificate
    await expect(
      issue(p, lspB, { schemeId: schemeB.id, number: ` ${first.number.toLowerCase().replace(/ /g, '   ')} ` }),
    ).rejects.toMatchObject({
      code: status.ALREADY_EXISTS,
    });
  });

  it('is idempotent on request_id per issuer: a retry returns the first certificate and publishes nothing new', async () => {
    const p = person();
    const requestId = `req-${uniqueSuffix()}`;
    const a = await issue(p, lspA, { requestId });
    const b = await issue(p, lspA, { requestId, number: number() });
    expect(b.id).toBe(a.id);
    expect(b.number).toBe(a.number);
    // another LSP using the same request id gets its own certificate, never the first one
    const other = await issue(p, lspB, { requestId, schemeId: schemeB.id });
    expect(other.id).not.toBe(a.id);
    expect(other.issuerClientId).toBe('lsp-b');
    const [{ n }] = await svc.dataSource.query(`SELECT count(*)::int AS n FROM outbox_events WHERE message_key = $1`, [a.id]);
    expect(n).toBe(1);
  });

  it('lets the issuer, the holder, the ministry and BNSP read it; another partner, an officer or another person get NOT_FOUND', async () => {
    const p = person();
    const c = await issue(p);
    const masked = `${p.nik.slice(0, 4)}********${p.nik.slice(12)}`;
    for (const [who, nik] of [
      [lspA, masked],
      [p.caller, p.nik],
      [ministry, p.nik],
      [bnsp, masked],
    ] as const) {
      const r = await client.getCertificate({ id: c.id }, who);
      expect(r).toMatchObject({
        id: c.id,
        holder: { nik, name: 'Budi Santoso' },
        nikMasked: nik === masked,
        verificationCode: c.verificationCode,
      });
    }
    for (const who of [lspB, officer, person().caller, otherLspAccount]) {
      const err = await client.getCertificate({ id: c.id }, who).catch((e) => e);
      expect(err.code).toBe(status.NOT_FOUND);
      expect(err.details).not.toContain('Budi');
    }
    await expect(client.getCertificate({ id: 'not-a-uuid' }, ministry)).rejects.toMatchObject({ code: status.NOT_FOUND });
  });

  it("returns every certificate as the caller may see it: the holder's NIK in clear only to the holder and the ministry", async () => {
    const p = person();
    const c = await issue(p);
    const masked = { nik: `${p.nik.slice(0, 4)}********${p.nik.slice(12)}`, name: 'Budi Santoso', nikMasked: true };
    const clear = { nik: p.nik, name: 'Budi Santoso', nikMasked: false };
    const pick = (x: certificationV1.Certificate__Output) => ({ holder: x.holder, nikMasked: x.nikMasked });
    expect(pick(c)).toEqual({ holder: masked, nikMasked: true });
    const listed = async (who: typeof lspA) =>
      (await client.listCertificates({ pageSize: 100 }, who)).certificates.find((x) => x.id === c.id)!;
    expect(pick(await listed(lspA))).toEqual({ holder: masked, nikMasked: true });
    expect(pick(await listed(p.caller))).toEqual({ holder: clear, nikMasked: false });
    expect(pick(await client.getCertificate({ id: c.id }, ministry))).toEqual({ holder: clear, nikMasked: false });
    // a status change answers with the view for who made it: the issuer reads it masked, the ministry in clear
    expect(pick(await client.suspendCertificate({ id: c.id, reason: 'audit' }, lspA))).toEqual({ holder: masked, nikMasked: true });
    expect(pick(await client.reinstateCertificate({ id: c.id, reason: 'audit done' }, ministry))).toEqual({
      holder: clear,
      nikMasked: false,
    });
  });

  it("lists the caller's own certificates: an LSP what it issued, a person what he holds, the ministry all; with cursor pages and filters", async () => {
    const p = person();
    const mine = [await issue(p), await issue(p), await issue(p)];
    const theirs = await issue(p, lspB, { schemeId: schemeB.id });
    const all = async (who: ReturnType<typeof as>, req: Partial<certificationV1.ListCertificatesRequest> = {}) => {
      const ids: string[] = [];
      let pageToken = '';
      do {
        const r = await client.listCertificates({ pageSize: 2, pageToken, ...req }, who);
        ids.push(...r.certificates.map((x) => x.id));
        pageToken = r.nextPageToken;
      } while (pageToken);
      return ids;
    };
    const a = await all(lspA);
    expect(a).toEqual(expect.arrayContaining(mine.map((c) => c.id)));
    expect(a).not.toContain(theirs.id);
    expect(new Set(a).size).toBe(a.length);
    expect(await all(lspB)).not.toEqual(expect.arrayContaining([mine[0].id]));
    const held = await all(p.caller);
    expect(held.sort()).toEqual([...mine.map((c) => c.id), theirs.id].sort());
    expect(await all(ministry, { schemeId: scheme.id })).toEqual(expect.arrayContaining(mine.map((c) => c.id)));
    expect(await all(ministry, { schemeId: schemeB.id })).toContain(theirs.id);
    await client.suspendCertificate({ id: mine[1].id, reason: 'audit' }, lspA);
    expect(await all(lspA, { status: 'CERTIFICATE_STATUS_SUSPENDED', schemeId: scheme.id })).toContain(mine[1].id);
    expect(await all(p.caller, { status: 'CERTIFICATE_STATUS_SUSPENDED' })).toEqual([mine[1].id]);
    await expect(client.listCertificates({ held: true }, lspA)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    await expect(client.listCertificates({}, officer)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    const page = await client.listCertificates({ pageSize: 1 }, lspA);
    const wrong = await client.listCertificates({ pageSize: 1, pageToken: page.nextPageToken }, lspB).catch((e) => e);
    expect(wrong.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(wrong)).toEqual(['pageToken']);
  });

  it('moves VALID -> SUSPENDED -> VALID -> REVOKED with history and events; illegal moves are FAILED_PRECONDITION; only the issuer side moves it', async () => {
    const p = person();
    const c = await issue(p);
    await expect(client.reinstateCertificate({ id: c.id }, lspA)).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('is VALID: it cannot be reinstated'),
    });
    await expect(client.suspendCertificate({ id: c.id }, lspB)).rejects.toMatchObject({ code: status.NOT_FOUND });
    await expect(client.suspendCertificate({ id: c.id }, p.caller)).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
    expect(await client.suspendCertificate({ id: c.id, reason: 'pemeriksaan ulang' }, lspA)).toMatchObject({
      status: 'CERTIFICATE_STATUS_SUSPENDED',
      statusReason: 'pemeriksaan ulang',
    });
    await expect(client.suspendCertificate({ id: c.id }, lspA)).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
    expect((await client.reinstateCertificate({ id: c.id }, bnsp)).status).toBe('CERTIFICATE_STATUS_VALID');
    const noReason = await client.revokeCertificate({ id: c.id, reason: '  ' }, lspA).catch((e) => e);
    expect(noReason.code).toBe(status.INVALID_ARGUMENT);
    expect(violatedFields(noReason)).toEqual(['reason']);
    const revoked = await client.revokeCertificate({ id: c.id, reason: 'dokumen asesmen tidak sah' }, ministry);
    expect(revoked).toMatchObject({ status: 'CERTIFICATE_STATUS_REVOKED', statusReason: 'dokumen asesmen tidak sah' });
    expect(revoked.history.map((h) => [h.fromStatus, h.toStatus, h.actor])).toEqual([
      ['CERTIFICATE_STATUS_UNSPECIFIED', 'CERTIFICATE_STATUS_VALID', 'lsp-a'],
      ['CERTIFICATE_STATUS_VALID', 'CERTIFICATE_STATUS_SUSPENDED', 'lsp-a'],
      ['CERTIFICATE_STATUS_SUSPENDED', 'CERTIFICATE_STATUS_VALID', 'acc-bnsp'],
      ['CERTIFICATE_STATUS_VALID', 'CERTIFICATE_STATUS_REVOKED', 'acc-admin'],
    ]);
    for (const rpc of ['suspendCertificate', 'reinstateCertificate', 'revokeCertificate'] as const) {
      await expect(client[rpc]({ id: c.id, reason: 'lagi' }, lspA)).rejects.toMatchObject({
        code: status.FAILED_PRECONDITION,
        details: expect.stringContaining('it is final'),
      });
    }
    // a suspended certificate can be revoked directly
    const s = await issue(p);
    await client.suspendCertificate({ id: s.id }, lspA);
    expect((await client.revokeCertificate({ id: s.id, reason: 'pelanggaran kode etik' }, lspA)).status).toBe('CERTIFICATE_STATUS_REVOKED');

    const events = await eventsOf(c.id, 4);
    expect(events.map((e) => [e.value.type.split('.').pop(), e.value.data.fromStatus, e.value.data.status])).toEqual([
      ['issued', '', 'VALID'],
      ['suspended', 'VALID', 'SUSPENDED'],
      ['reinstated', 'SUSPENDED', 'VALID'],
      ['revoked', 'VALID', 'REVOKED'],
    ]);
    for (const e of events) expect(JSON.stringify(e.value)).not.toMatch(/dokumen asesmen|pemeriksaan ulang|Budi/);
  });

  it('serialises concurrent moves: one suspension wins, the other is FAILED_PRECONDITION', async () => {
    const c = await issue(person());
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => client.suspendCertificate({ id: c.id }, lspA)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: number }).code).toBe(status.FAILED_PRECONDITION);
  });

  it('expires VALID certificates the day after their validity (WIB), once, with an event; a suspended one is not expired and cannot be reinstated after it', async () => {
    const p = person();
    const until = wib(3);
    const due = await issue(p, lspA, { issueDate: wib(-5), validUntil: until });
    const suspended = await issue(p, lspA, { issueDate: wib(-5), validUntil: until });
    await client.suspendCertificate({ id: suspended.id }, lspA);
    const later = await issue(p, lspA, { issueDate: wib(-5), validUntil: wib(4) });
    const s = service();
    // the last day is still valid; at 17:00 UTC of that day it is already the next day in WIB (UTC+7)
    expect(await s.expireDue(new Date(`${until}T16:59:00Z`))).toBe(0);
    expect(await s.expireDue(new Date(`${until}T17:00:00Z`))).toBe(1);
    expect(await s.expireDue(new Date(`${until}T17:00:00Z`))).toBe(0);
    expect((await client.getCertificate({ id: due.id }, lspA)).status).toBe('CERTIFICATE_STATUS_EXPIRED');
    expect((await client.getCertificate({ id: later.id }, lspA)).status).toBe('CERTIFICATE_STATUS_VALID');
    expect((await client.getCertificate({ id: suspended.id }, lspA)).status).toBe('CERTIFICATE_STATUS_SUSPENDED');
    const events = await eventsOf(due.id, 2);
    expect(events[1].value).toMatchObject({
      type: CertificateExpired.type,
      data: { fromStatus: 'VALID', status: 'EXPIRED', validUntil: until, personId: p.personId },
    });
    await expect(client.suspendCertificate({ id: due.id }, lspA)).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('it is final'),
    });

    // past its validity a suspended certificate is not reinstated (it would be expired): 409, revocation still possible
    await svc.dataSource.query(`UPDATE certificates SET issue_date = $2, valid_until = $3 WHERE id = $1`, [
      suspended.id,
      wib(-30),
      wib(-1),
    ]);
    await expect(client.reinstateCertificate({ id: suspended.id }, lspA)).rejects.toMatchObject({
      code: status.FAILED_PRECONDITION,
      details: expect.stringContaining('after its validity ended'),
    });
    expect((await client.revokeCertificate({ id: suspended.id, reason: 'tidak diperpanjang' }, lspA)).status).toBe(
      'CERTIFICATE_STATUS_REVOKED',
    );
  });

  it('runs the expiry sweep on its own at start (PeriodicSweep), also with two instances on one database', async () => {
    const c = await issue(person(), lspA, { issueDate: wib(-5), validUntil: wib(10) });
    await svc.dataSource.query(`UPDATE certificates SET issue_date = $2, valid_until = $3 WHERE id = $1`, [c.id, wib(-400), wib(-1)]);
    // the second instance runs without the privacy consumer: joining and leaving its group would stall the first one's
    const second = await startService({ ...certificationService, consumers: [] }, serviceTestEnv(dbUrl));
    try {
      await waitFor(async () => (await client.getCertificate({ id: c.id }, lspA)).status === 'CERTIFICATE_STATUS_EXPIRED', {
        what: 'expired by the sweep at start',
      });
    } finally {
      await second.stop();
    }
    const [{ n }] = await svc.dataSource.query(
      `SELECT count(*)::int AS n FROM certificate_status_changes WHERE certificate_id = $1 AND to_status = 'EXPIRED'`,
      [c.id],
    );
    expect(n).toBe(1);
  });

  it("verifies by number and code for anyone: status, scheme, validity and the holder's name masked; wrong codes learn nothing", async () => {
    const p = person();
    const c = await issue(p);
    const typed = c.verificationCode.toLowerCase().replace(/-/g, ' ');
    const v = await client.verifyCertificate({ number: c.number.toLowerCase(), verificationCode: typed });
    expect(v).toMatchObject({
      certificateId: c.id,
      number: c.number,
      status: 'CERTIFICATE_STATUS_VALID',
      schemeId: scheme.id,
      schemeCode: scheme.code,
      schemeName: 'Junior Web Developer',
      kkniLevel: 3,
      kbjiCode: '2512',
      competencyUnits: scheme.competencyUnits,
      lspName: 'LSP Teknologi Digital',
      issueDate: c.issueDate,
      validUntil: c.validUntil,
      holderNameMasked: 'B*** S***',
      holderWithheld: '',
      // the same, as the REST view shows them
      scheme: {
        id: scheme.id,
        code: scheme.code,
        name: 'Junior Web Developer',
        kkniLevel: 3,
        kbjiCode: '2512',
        lspName: 'LSP Teknologi Digital',
      },
      holder: { nameMasked: 'B*** S***', withheld: '' },
    });
    expect(JSON.stringify(v)).not.toMatch(new RegExp(`Budi|${p.nik}|${p.personId}`));
    // any caller, another partner included, verifies the same way
    expect((await client.verifyCertificate({ number: c.number, verificationCode: c.verificationCode }, lspB)).status).toBe(
      'CERTIFICATE_STATUS_VALID',
    );
    const other = await issue(p);
    const wrong = await client.verifyCertificate({ number: c.number, verificationCode: other.verificationCode }).catch((e) => e);
    const unknown = await client.verifyCertificate({ number: 'NO SUCH 1', verificationCode: c.verificationCode }).catch((e) => e);
    expect(wrong.code).toBe(status.NOT_FOUND);
    expect(unknown.code).toBe(status.NOT_FOUND);
    expect(wrong.details.replace(c.number, 'N')).toBe(unknown.details.replace('NO SUCH 1', 'N'));
    const malformed = await client.verifyCertificate({ number: '', verificationCode: 'abc' }).catch((e) => e);
    expect(violatedFields(malformed)).toEqual(['number', 'verificationCode']);
    await client.revokeCertificate({ id: c.id, reason: 'dicabut' }, lspA);
    const after = await client.verifyCertificate({ number: c.number, verificationCode: c.verificationCode });
    expect(after.status).toBe('CERTIFICATE_STATUS_REVOKED');
    expect(Date.parse(after.statusTime)).toBeGreaterThan(Date.parse(v.statusTime));
  });

  it('pseudonymises the holder on erasure exactly once (inbox); the certificate stays verifiable as "holder erased"', async () => {
    const p = person();
    const c = await issue(p);
    await client.suspendCertificate({ id: c.id, reason: 'Budi Santoso tidak hadir' }, lspA);
    const other = person();
    const untouched = await issue(other);
    const requestedAt = new Date(Date.now() - 60_000);
    const event = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
      subject: p.personId,
      data: { personId: p.personId, requestId: randomUUID(), requestedAt: requestedAt.toISOString() },
    });
    const send = (e: { subject: string }) =>
      producer.send({ topic: PersonErasureRequested.topic, messages: [{ key: e.subject, value: JSON.stringify(e) }] });
    await send(event);
    await send(event); // redelivered: the inbox absorbs it

    const erased = await waitFor(
      async () => {
        const r = await client.getCertificate({ id: c.id }, ministry);
        return r.eraseTime ? r : undefined;
      },
      { what: 'erasure carried out' },
    );
    expect(erased).toMatchObject({
      holder: { name: 'Dihapus (UU 27/2022)' },
      statusReason: '(dihapus, UU 27/2022)',
      status: 'CERTIFICATE_STATUS_SUSPENDED',
      number: c.number,
      personId: p.personId,
    });
    expect(erased.holder!.nik).toMatch(/^X[0-9a-f]{15}$/);
    expect(new Date(erased.eraseTime).toISOString()).toBe(requestedAt.toISOString());
    const raw = JSON.stringify(
      await svc.dataSource.query(
        `SELECT c.*, h.* FROM certificates c JOIN certificate_status_changes h ON h.certificate_id = c.id WHERE c.id = $1`,
        [c.id],
      ),
    );
    for (const personal of [p.nik, 'Budi']) expect(raw).not.toContain(personal);
    await waitFor(
      async () => {
        const [r] = await svc.dataSource.query(
          `SELECT count(*)::int AS n FROM inbox_events WHERE event_id = $1 AND consumer = 'certification.certificates-privacy'`,
          [event.id],
        );
        return r.n === 1;
      },
      { what: 'the event recorded once in the inbox' },
    );
    const consumer = svc.consumers.find((x) => x.name === 'certification.certificates-privacy')!;
    await waitFor(async () => consumer.stats.duplicate >= 1, { what: 'the redelivery absorbed as a duplicate' });

    // a second erasure request (a new event) changes nothing: the first erasure time stays
    const again = buildEvent(PersonErasureRequested, '/siapkerja/gateway', {
      subject: p.personId,
      data: { personId: p.personId, requestId: randomUUID(), requestedAt: new Date().toISOString() },
    });
    await send(again);
    await waitFor(async () => (await svc.dataSource.query(`SELECT 1 FROM inbox_events WHERE event_id = $1`, [again.id])).length === 1, {
      what: 'second request consumed',
    });
    expect((await client.getCertificate({ id: c.id }, ministry)).eraseTime).toBe(erased.eraseTime);

    const v = await client.verifyCertificate({ number: c.number, verificationCode: c.verificationCode });
    expect(v).toMatchObject({
      status: 'CERTIFICATE_STATUS_SUSPENDED',
      holderNameMasked: '',
      holderWithheld: 'ERASED',
      holder: { nameMasked: '', withheld: 'ERASED' },
      validUntil: c.validUntil,
    });
    // the other person is untouched
    expect((await client.getCertificate({ id: untouched.id }, ministry)).holder).toEqual({
      nik: other.nik,
      name: 'Budi Santoso',
      nikMasked: false,
    });
  });

  it("withholds the holder's name from verification after a restriction", async () => {
    const p = person(2);
    const c = await issue(p);
    const event = buildEvent(PersonProcessingRestricted, '/siapkerja/gateway', {
      subject: p.personId,
      data: { personId: p.personId, requestId: randomUUID(), restrictedAt: new Date().toISOString() },
    });
    await producer.send({ topic: PersonProcessingRestricted.topic, messages: [{ key: p.personId, value: JSON.stringify(event) }] });
    await waitFor(async () => (await client.getCertificate({ id: c.id }, ministry)).processingRestrictTime !== '', {
      what: 'restriction recorded',
    });
    expect(await client.verifyCertificate({ number: c.number, verificationCode: c.verificationCode })).toMatchObject({
      status: 'CERTIFICATE_STATUS_VALID',
      holderNameMasked: '',
      holderWithheld: 'RESTRICTED',
    });
    // remembered for the person: a certificate issued to him afterwards is restricted too, and the export states it
    const later = await issue(p);
    expect(later.processingRestrictTime).not.toBe('');
    expect((await client.verifyCertificate({ number: later.number, verificationCode: later.verificationCode })).holderWithheld).toBe(
      'RESTRICTED',
    );
    expect((await client.exportPersonData({ personId: p.personId }, p.caller)).processingRestrictTime).toBe(later.processingRestrictTime);
  });

  it('remembers a request of a person who holds no certificate yet (the export states it)', async () => {
    const p = person();
    const event = buildEvent(PersonProcessingRestricted, '/siapkerja/gateway', {
      subject: p.personId,
      data: { personId: p.personId, requestId: randomUUID(), restrictedAt: new Date().toISOString() },
    });
    await producer.send({ topic: PersonProcessingRestricted.topic, messages: [{ key: p.personId, value: JSON.stringify(event) }] });
    const x = await waitFor(
      async () => {
        const r = await client.exportPersonData({ personId: p.personId }, p.caller);
        return r.processingRestrictTime ? r : undefined;
      },
      { what: 'restriction remembered' },
    );
    expect(x).toMatchObject({ certificates: [], eraseTime: '' });
  });

  it("exports a person's certificates with their history to that person or the ministry only", async () => {
    const p = person();
    const c1 = await issue(p);
    const c2 = await issue(p, lspB, { schemeId: schemeB.id });
    await client.revokeCertificate({ id: c2.id, reason: 'salah cetak' }, lspB);
    await issue(person());
    const mine = await client.exportPersonData({ personId: p.personId }, p.caller);
    expect(mine.certificates.map((c) => c.id)).toEqual([c1.id, c2.id]);
    expect(mine.certificates[0]).toMatchObject({ holder: { nik: p.nik, name: 'Budi Santoso' }, verificationCode: c1.verificationCode });
    expect(mine.certificates[1].history.map((h) => h.toStatus)).toEqual(['CERTIFICATE_STATUS_VALID', 'CERTIFICATE_STATUS_REVOKED']);
    expect(mine).toMatchObject({ eraseTime: '', processingRestrictTime: '' });
    expect((await client.exportPersonData({ personId: p.personId }, ministry)).certificates).toHaveLength(2);
    for (const who of [lspA, lspB, bnsp, officer, person().caller])
      await expect(client.exportPersonData({ personId: p.personId }, who)).rejects.toMatchObject({
        code: status.PERMISSION_DENIED,
      });
    await expect(client.exportPersonData({ personId: 'x' }, ministry)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT });
    expect((await client.exportPersonData({ personId: person().personId }, ministry)).certificates).toEqual([]);
  });

  it('enforces the rules in the database as well', async () => {
    const c = await issue(person());
    const [row] = await svc.dataSource.query(`SELECT * FROM certificates WHERE id = $1`, [c.id]);
    const insert = (over: Record<string, unknown>) => {
      const r = {
        ...row,
        id: randomUUID(),
        number: `DB ${uniqueSuffix().toUpperCase()}`,
        verification_code: 'ABCDEFGHJKMNPQRSTVWX'
          .split('')
          .sort(() => Math.random() - 0.5)
          .join(''),
        request_id: null,
        ...over,
      };
      const cols = [
        'id',
        'number',
        'verification_code',
        'scheme_id',
        'scheme_code',
        'scheme_name',
        'kkni_level',
        'lsp_name',
        'kbji_code',
        'person_id',
        'holder_nik',
        'holder_name',
        'competency_units',
        'issue_date',
        'valid_until',
        'status',
        'issuer_client_id',
        'issuer_account_id',
        'lsp_id',
      ];
      return svc.dataSource.query(
        `INSERT INTO certificates (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        cols.map((k) => r[k]),
      );
    };
    for (const bad of [
      { number: 'lower case' },
      { verification_code: 'short' },
      { holder_nik: '123' },
      { holder_name: ' ' },
      { competency_units: [] },
      { competency_units: ['x'] },
      { status: 'LOST' },
      { valid_until: row.issue_date },
      { kbji_code: 'abc' },
      { issuer_account_id: 'acc' },
    ]) {
      await expect(insert(bad)).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
    }
    await expect(
      svc.dataSource.query(`INSERT INTO certificate_status_changes (certificate_id, to_status, actor) VALUES ($1, 'GONE', 'x')`, [c.id]),
    ).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '23514' }) });
  });
});
