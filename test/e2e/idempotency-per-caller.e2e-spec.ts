import { Client } from 'pg';
import { sandboxAuth, testNik, type SandboxClient } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { trainingService } from '../../services/training/src/training.module';
import { nib } from './support';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';
import { newLspClientAuth } from './sertihub-setup';

/**
 * An Idempotency-Key belongs to the client that sent it, in the gateway's store and in every service: partners A and B
 * sending the same key each get a record of their own (never the other's, drafts and personal data included), and each
 * gets its own first record back on a retry (the service answers it, Idempotent-Replayed), and a key reused with another
 * body is refused for that caller only. These creates' keys are kept by their services, not by the gateway's store.
 */
describe('Idempotency-Key per caller', () => {
  let platform: InProcessPlatform;
  let base: string;
  const auth: Partial<Record<SandboxClient, Record<string, string>>> = {};
  let serial = 3000 + Math.floor(Math.random() * 6000);
  const wib = (days = 0) => new Date(Date.now() + 7 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    platform = await startInProcessPlatform('e2e_idem', [jobsService, trainingService, certificationService, entrepreneurshipService]);
    ({ base } = platform);
    for (const c of ['admin', 'partnerA', 'partnerB'] as SandboxClient[]) auth[c] = await sandboxAuth(base, c);
  });
  afterAll(async () => {
    await platform?.close();
  });

  const post = (as: SandboxClient, path: string, body: unknown, key: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...auth[as] },
      body: JSON.stringify(body),
    });
  /** The gateway's own key store holds nothing for these creates: their services keep the key with the record. */
  const gatewayKeys = async (key: string) => {
    const db = new Client({ connectionString: platform.gatewayDatabaseUrl });
    await db.connect();
    try {
      return (await db.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1`, [key])).rows[0].n as number;
    } finally {
      await db.end();
    }
  };

  /**
   * A and B create with one key: two records, each with its own body; each retry gives the caller its own record (the
   * service answers it, Idempotent-Replayed), and each caller's retry with another body is refused (422) as that caller's
   * key reused, never as the other's. The gateway's store is not involved.
   */
  async function eachOwnRecord(path: string, bodyA: unknown, bodyB: unknown, same: (a: Record<string, unknown>) => void = () => undefined) {
    const key = `shared-${path.replace(/\W/g, '')}-${serial++}`;
    const a = await post('partnerA', path, bodyA, key);
    expect({ path, status: a.status }).toEqual({ path, status: 201 });
    expect(a.headers.get('idempotent-replayed')).toBeNull();
    const ra = await a.json();
    const b = await post('partnerB', path, bodyB, key);
    expect({ path, status: b.status, body: b.status === 201 ? '' : await b.text() }).toEqual({ path, status: 201, body: '' });
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    const rb = await b.json();
    expect(rb.id).not.toBe(ra.id);
    same(ra);
    // each caller's retry meets only its own row
    for (const [who, body, first, other] of [
      ['partnerB', bodyB, rb, bodyA],
      ['partnerA', bodyA, ra, bodyB],
    ] as const) {
      const again = await post(who, path, body, key);
      expect({ path, who, status: again.status }).toEqual({ path, who, status: 201 });
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.headers.get('location')).toBe(`${path}/${first.id}`);
      expect({ path, who, id: (await again.json()).id }).toEqual({ path, who, id: first.id });
      const reused = await post(who, path, other, key);
      expect({ path, who, status: reused.status }).toEqual({ path, who, status: 422 });
      expect(await reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(await gatewayKeys(key)).toBe(0);
    return { a: ra, b: rb };
  }

  const employer = () => ({ nib: nib(), legalName: 'PT Sama Kunci', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.74' });

  it('employers and vacancies (drafts included)', async () => {
    const { a, b } = await eachOwnRecord('/v1/employers', employer(), employer());
    expect(a.nib).not.toBe(b.nib);
    const vacancy = (employerId: string) => ({
      employerId,
      positionName: 'Pengembang Perangkat Lunak',
      kbjiCode: '2512',
      regionCode: '33.74',
      numberNeeded: 1,
      validFrom: wib(),
      validUntil: wib(30),
      draft: true,
    });
    const v = await eachOwnRecord('/v1/vacancies', vacancy(a.id as string), vacancy(b.id as string));
    expect([v.a.employerId, v.b.employerId]).toEqual([a.id, b.id]);
    // B's draft is B's: A does not see it
    expect((await fetch(`${base}/v1/vacancies/${v.b.id}`, { headers: auth.partnerA })).status).toBe(404);
  });

  it('job seekers (personal data)', async () => {
    const seeker = (nik: string, name: string) => ({
      nik,
      name,
      birthPlace: 'Semarang',
      birthDate: '1995-03-12',
      sex: 'MALE',
      maritalStatus: 'SINGLE',
      religion: 'ISLAM',
      address: { line: 'Jl. Pemuda No. 12', regionCode: '33.74.01.1001' },
      education: [{ level: 'SMK', institution: 'SMK Negeri 7 Semarang', major: 'Teknik Elektronika', graduationYear: 2013 }],
      wantedKbjiCodes: ['7411'],
    });
    const { a, b } = await eachOwnRecord(
      '/v1/job-seekers',
      seeker(testNik('3374', '1995-03-12', 1), 'Andi Wibowo'),
      seeker(testNik('3374', '1995-03-12', 1), 'Bayu Saputra'),
    );
    expect([a.name, b.name]).toEqual(['Andi Wibowo', 'Bayu Saputra']);
  });

  it('training programs and TKM groups', async () => {
    const program = (title: string) => ({
      providerName: 'BLK Semarang',
      title,
      regionCode: '33.74',
      kbjiCode: '7212',
      competencyUnits: ['F.439900.001.01'],
      durationDays: 30,
      capacity: 16,
    });
    const p = await eachOwnRecord('/v1/training-programs', program('Las Listrik A'), program('Las Listrik B'));
    expect([p.a.title, p.b.title]).toEqual(['Las Listrik A', 'Las Listrik B']);
    const group = (name: string) => ({ name, programKind: 'PEMULA', regionCode: '33.74', memberCount: 8 });
    const g = await eachOwnRecord('/v1/tkm-groups', group('KUB A'), group('KUB B'));
    expect([g.a.name, g.b.name]).toEqual(['KUB A', 'KUB B']);
  });

  // issue 12: an LSP issues only on its own scheme, through a client acting for it: two LSPs, a scheme each, one shared key
  it('certificates', async () => {
    const lsps = [await newLspClientAuth(base, auth.admin!, 'LSP Listrik A'), await newLspClientAuth(base, auth.admin!, 'LSP Listrik B')];
    const key = `shared-certificates-${serial++}`;
    const first: string[] = [];
    for (const [i, lsp] of lsps.entries()) {
      const scheme = await fetch(`${base}/v1/certification-schemes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...lsp.headers },
        body: JSON.stringify({
          code: `SKM-IDEM-${serial++}-${Date.now()}`,
          name: 'Instalatir Listrik',
          schemeType: 'KKNI',
          kkniLevel: 2,
          competencyUnits: ['D.351100.004.01'],
          kbjiCode: '7411',
        }),
      });
      expect(scheme.status).toBe(201);
      const body = JSON.stringify({
        schemeId: (await scheme.json()).id,
        holder: { nik: testNik('3374', '1996-05-20', 2), name: i ? 'Dian Sari' : 'Citra Dewi' },
        number: `62090 7411 2 ${serial++} 2026`,
        issueDate: wib(),
      });
      const issue = () =>
        fetch(`${base}/v1/certificates`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key, ...lsp.headers },
          body,
        });
      const created = await issue();
      expect(created.status).toBe(201);
      expect(created.headers.get('idempotent-replayed')).toBeNull();
      const c = await created.json();
      expect(c.issuerClientId).toBe(lsp.clientId);
      first.push(c.id);
      // each caller's retry answers its own first record
      const replay = await issue();
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect((await replay.json()).id).toBe(c.id);
    }
    expect(first[0]).not.toBe(first[1]);
  });
});
