import { randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, CompactSign, exportJWK, generateKeyPair, type JWK } from 'jose';
import { ConfigError } from '@siapkerja/config';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, serviceTestEnv, TEST_PERSON_SECRET, testNik, uniqueSuffix } from '@siapkerja/testing';
import { certificationService } from '../src/certification.module';
import { IssuerKeyKeyring } from '../src/credentials/issuer-key-encryption';
import { CertificationInitial1763800000300 } from '../src/migrations/1763800000300-certification-initial';
import { Certificates1763800000400 } from '../src/migrations/1763800000400-certificates';
import { PersonPrivacy1763800000410 } from '../src/migrations/1763800000410-person-privacy';
import { ScopedRequestIds1763800000500 } from '../src/migrations/1763800000500-scoped-request-ids';
import { LspsAssessmentsCredentials1763800000600 } from '../src/migrations/1763800000600-lsps-assessments-credentials';

const HOST = 'siapkerja.kemnaker.go.id';
const KEK_A = randomBytes(32).toString('base64');
const KEK_B = randomBytes(32).toString('hex');
const keyring = (kek: string) =>
  IssuerKeyKeyring.fromConfig({
    PERSON_ID_SECRET: TEST_PERSON_SECRET,
    ISSUER_KEY_ENCRYPTION_KEY: Buffer.from(kek, /^[0-9a-f]{64}$/.test(kek) ? 'hex' : 'base64'),
  });
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/**
 * Envelope encryption of the issuer's private signing keys at rest. A database written before it (issue 12's schema, with a
 * private JWK in clear and a certificate signed with it) is migrated under ISSUER_KEY_ENCRYPTION_KEY: no private key
 * material stays in clear, the migrated key keeps signing, earlier and later credentials verify; a wrong KEK stops the start
 * naming it; a KEK rotation (old KEK as ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS) re-seals every key under the new one.
 */
describe('issuer keys sealed under a key-encryption key (real PostgreSQL, gRPC)', () => {
  let dbUrl = '';
  let drop: () => Promise<void>;
  let svc: RunningService | undefined;
  let client: ServiceClient<'certification'> | undefined;
  let oldKid = '';
  let oldD = '';
  let oldCredential = '';
  let schemeId = '';
  const credentials: string[] = [];
  const privateParts: string[] = [];

  const env = (extra: Record<string, string>) =>
    serviceTestEnv(dbUrl, { EVENT_BUS: 'inprocess', CERTIFICATION_PUBLIC_HOST: HOST, ...extra });
  const start = async (extra: Record<string, string>) => {
    svc = await startService(certificationService, env(extra));
    client = createServiceClient('certification', `127.0.0.1:${svc.grpcPort}`);
    return client;
  };
  const stop = async () => {
    client?.close();
    await svc?.stop();
    client = undefined;
    svc = undefined;
  };
  const refusedStart = (extra: Record<string, string>) =>
    startService(certificationService, env(extra)).then(
      async (s) => {
        await s.stop();
        throw new Error('the service started');
      },
      (e: Error) => e,
    );
  const rows = async (): Promise<{ kid: string; kek_id: string; sealed_private_key: Buffer; text: string }[]> => {
    const ds = await openDatabase({ url: dbUrl, entities: [], migrations: [] });
    try {
      return await ds.query(`SELECT kid, kek_id, sealed_private_key, row_to_json(k)::text AS text FROM issuer_keys k ORDER BY created_at`);
    } finally {
      await ds.destroy();
    }
  };
  const issue = async (c: ServiceClient<'certification'>) => {
    const cert = await c.issueCertificate({
      schemeId,
      holder: { nik: testNik('3374', '1991-03-09', 1), name: 'Bagus Santoso' },
      number: `KEK ${uniqueSuffix().toUpperCase()}`,
      issueDate: today(),
    });
    const jwt = (await c.getCertificateCredential({ id: cert.id })).jwt;
    credentials.push(jwt);
    return { jwt, kid: JSON.parse(Buffer.from(jwt.split('.')[0], 'base64url').toString()).kid as string };
  };
  const verifyAll = async (c: ServiceClient<'certification'>) =>
    (await c.batchVerifyCredentials({ items: credentials.map((credential) => ({ credential, number: '', qrContent: '' })) })).results.map(
      (r) => r.result,
    );

  beforeAll(async () => {
    const db = await createTestDatabase('cert_kek');
    dbUrl = db.url;
    drop = db.drop;
    // issue 12's schema, as it stored the issuer key: the private JWK in clear, and a certificate signed with it
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
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const publicJwk = await exportJWK(publicKey);
    const privateJwk: JWK = await exportJWK(privateKey);
    oldD = privateJwk.d!;
    oldKid = `did:web:${HOST}#key-${(await calculateJwkThumbprint(publicJwk)).slice(0, 16)}`;
    await old.query(`INSERT INTO issuer_keys (kid, public_jwk, private_jwk) VALUES ($1, $2, $3)`, [
      oldKid,
      JSON.stringify(publicJwk),
      JSON.stringify(privateJwk),
    ]);
    const [lsp] = await old.query(
      `INSERT INTO lsps (name, lsp_type, licence_number, licence_valid_until, region_code, status)
       VALUES ('LSP Kunci', 'P3', $1, current_date + 365, '33.74', 'ACTIVE') RETURNING id`,
      [`BNSP-${uniqueSuffix()}`],
    );
    const [scheme] = await old.query(
      `INSERT INTO schemes (code, name, scheme_type, kkni_level, competency_units, lsp_name, lsp_id)
       VALUES ($1, 'Operator Komputer', 'OKUPASI', 0, '{J.620100.001.01}', 'LSP Kunci', $2) RETURNING id`,
      [`SKM-KEK-${uniqueSuffix()}`, lsp.id],
    );
    schemeId = scheme.id;
    const [cert] = await old.query(
      `INSERT INTO certificates (number, verification_code, scheme_id, scheme_code, scheme_name, kkni_level, lsp_name, lsp_id, person_id,
                                 holder_nik, holder_name, competency_units, issue_date, valid_until, status, issuer_client_id)
       SELECT 'KEK OLD 0001', 'ABCDEFGHJK0123456789', id, code, name, 0, lsp_name, lsp_id, 'person-old-000000001', $1, 'Joko Susilo',
              competency_units, current_date - 30, current_date + 900, 'VALID', 'lsp-old' FROM schemes WHERE id = $2 RETURNING id`,
      [testNik('3374', '1990-01-15', 1), schemeId],
    );
    // signed as issue 12 signs (VC-JOSE, EdDSA, the kid in the header): what verification reads is the signature and the id
    oldCredential = await new CompactSign(
      new TextEncoder().encode(JSON.stringify({ id: `urn:uuid:${cert.id}`, type: ['VerifiableCredential'] })),
    )
      .setProtectedHeader({ alg: 'EdDSA', kid: oldKid, typ: 'vc+jwt', cty: 'vc' })
      .sign(privateKey);
    await old.query(`UPDATE certificates SET credential_jwt = $2, credential_kid = $3 WHERE id = $1`, [cert.id, oldCredential, oldKid]);
    credentials.push(oldCredential);
    await old.destroy();
  });
  afterAll(async () => {
    await stop();
    await drop?.();
  });

  it('migrates the clear key under ISSUER_KEY_ENCRYPTION_KEY: no private key material in clear, the migrated key keeps signing, old and new credentials verify', async () => {
    const c = await start({ ISSUER_KEY_ENCRYPTION_KEY: KEK_A });
    const columns = await svc!.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'issuer_keys'`);
    expect(columns.map((r: { column_name: string }) => r.column_name)).not.toContain('private_jwk');
    // the migrated key signs what is issued now
    const after = await issue(c);
    expect(after.kid).toBe(oldKid);
    expect(await verifyAll(c)).toEqual(['VERIFICATION_RESULT_VALID', 'VERIFICATION_RESULT_VALID']);
    // a key made now (a rotation) is sealed too; it signs, and everything earlier verifies
    const rotated = await c.rotateIssuerKey({});
    expect(rotated.previousKid).toBe(oldKid);
    expect((await issue(c)).kid).toBe(rotated.kid);
    expect(await verifyAll(c)).toEqual(Array(3).fill('VERIFICATION_RESULT_VALID'));

    const stored = await rows();
    expect(stored.map((r) => r.kid)).toEqual([oldKid, rotated.kid]);
    const a = keyring(KEK_A);
    for (const r of stored) {
      expect(r.kek_id).toBe(a.current.id);
      const d = a.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id }).d!;
      privateParts.push(d);
      // nothing of the private key in clear: no "d" member anywhere in the row, its value neither as text nor as bytes
      expect(r.text).not.toMatch(/"d"\s*:/);
      expect(r.text).not.toContain(d);
      expect(r.sealed_private_key.includes(Buffer.from(d, 'base64url'))).toBe(false);
      expect(r.sealed_private_key.includes(Buffer.from(d))).toBe(false);
      expect(r.sealed_private_key.toString('latin1')).not.toContain('"d"');
    }
    expect(privateParts[0]).toBe(oldD);
    const [{ n }] = await svc!.dataSource.query(
      `SELECT count(*)::int AS n FROM issuer_keys WHERE sealed_private_key::text LIKE '%' || $1 || '%'`,
      [Buffer.from(oldD, 'base64url').toString('hex')],
    );
    expect(n).toBe(0);
    await stop();
  });

  it('a wrong or missing KEK stops the start with a clear error naming the KEKs; an altered sealed key is refused too', async () => {
    const a = keyring(KEK_A);
    const b = keyring(KEK_B);
    const wrong = await refusedStart({ ISSUER_KEY_ENCRYPTION_KEY: KEK_B });
    expect(wrong).toBeInstanceOf(ConfigError);
    expect(wrong.message).toContain(`ISSUER_KEY_ENCRYPTION_KEY does not open issuer key ${oldKid}`);
    expect(wrong.message).toContain(`sealed under KEK ${a.current.id}`);
    expect(wrong.message).toContain(`${b.current.id} (ISSUER_KEY_ENCRYPTION_KEY)`);
    // without a KEK, outside production: the development KEK does not open them either
    expect((await refusedStart({})).message).toContain('the development KEK (derived from PERSON_ID_SECRET)');
    // production requires the KEK
    const production = await refusedStart({ NODE_ENV: 'production' });
    expect(production).toBeInstanceOf(ConfigError);
    expect(production.message).toContain('ISSUER_KEY_ENCRYPTION_KEY is required when NODE_ENV=production');
    // a malformed KEK is a configuration error that never shows the value
    const malformed = await refusedStart({ ISSUER_KEY_ENCRYPTION_KEY: 'c2hvcnQta2V5' });
    expect(malformed.message).toContain('ISSUER_KEY_ENCRYPTION_KEY must be 32 bytes');
    expect(malformed.message).not.toContain('c2hvcnQta2V5');

    // one byte of a sealed key flipped: the right KEK, but the key does not authenticate
    const flip = `UPDATE issuer_keys SET sealed_private_key = set_byte(sealed_private_key, 19, get_byte(sealed_private_key, 19) # 255) WHERE kid = $1`;
    const ds = await openDatabase({ url: dbUrl, entities: [], migrations: [] });
    try {
      await ds.query(flip, [oldKid]);
      const altered = await refusedStart({ ISSUER_KEY_ENCRYPTION_KEY: KEK_A });
      expect(altered.message).toContain(`issuer key ${oldKid}: the sealed private key fails authentication under KEK ${a.current.id}`);
    } finally {
      await ds.query(flip, [oldKid]); // flipped back
      await ds.destroy();
    }
    // nothing was changed by the refused starts: KEK A still opens every key
    for (const r of await rows()) expect(r.kek_id).toBe(a.current.id);
  });

  it('KEK rotation: with the old KEK as ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS every key opens and is re-sealed under the new KEK', async () => {
    const a = keyring(KEK_A);
    const b = keyring(KEK_B);
    const c = await start({ ISSUER_KEY_ENCRYPTION_KEY: KEK_B, ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: KEK_A });
    const stored = await rows();
    expect(stored.map((r) => r.kek_id)).toEqual([b.current.id, b.current.id]);
    // the same private keys, sealed anew (fresh nonces)
    expect(stored.map((r) => b.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id }).d)).toEqual(privateParts);
    for (const r of stored) expect(r.text).not.toContain(privateParts[0]);
    // the current key still signs; everything issued before verifies
    const signingKid = stored[1].kid;
    expect((await issue(c)).kid).toBe(signingKid);
    expect(await verifyAll(c)).toEqual(Array(4).fill('VERIFICATION_RESULT_VALID'));
    await stop();

    // the new KEK alone opens them now; the old one no longer does
    const c2 = await start({ ISSUER_KEY_ENCRYPTION_KEY: KEK_B });
    expect((await issue(c2)).kid).toBe(signingKid);
    expect(await verifyAll(c2)).toEqual(Array(5).fill('VERIFICATION_RESULT_VALID'));
    await stop();
    const old = await refusedStart({ ISSUER_KEY_ENCRYPTION_KEY: KEK_A });
    expect(old.message).toContain(`sealed under KEK ${b.current.id}`);
    expect(old.message).toContain(`${a.current.id} (ISSUER_KEY_ENCRYPTION_KEY)`);
  });
});
