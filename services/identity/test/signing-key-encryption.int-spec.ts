import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, jwtVerify, type JWK } from 'jose';
import { ConfigError } from '@siapkerja/config';
import { createServiceClient, type ServiceClient } from '@siapkerja/grpc';
import { openDatabase } from '@siapkerja/persistence';
import { startService, type RunningService } from '@siapkerja/service-kit';
import { createTestDatabase, SANDBOX_CLIENTS, serviceTestEnv, TEST_PERSON_SECRET } from '@siapkerja/testing';
import { identityService } from '../src/identity.module';
import { signingKeyKeyring } from '../src/keys/signing-key-encryption';
import { IdentityInitial1763800000600 } from '../src/migrations/1763800000600-identity-initial';
import { IdentityPrivacy1763800000610 } from '../src/migrations/1763800000610-identity-privacy';
import { OrganizationBinding1763800000620 } from '../src/migrations/1763800000620-organization-binding';

const KEK_A = randomBytes(32).toString('base64');
const KEK_B = randomBytes(32).toString('hex');
const keyring = (kek: string) =>
  signingKeyKeyring({
    SANDBOX: false,
    PERSON_ID_SECRET: TEST_PERSON_SECRET,
    SIGNING_KEY_ENCRYPTION_KEY: Buffer.from(kek, /^[0-9a-f]{64}$/.test(kek) ? 'hex' : 'base64'),
  });
type Row = { kid: string; kek_id: string; sealed_private_key: Buffer; text: string };

/**
 * The ES256 access-token signing keys sealed at rest under SIGNING_KEY_ENCRYPTION_KEY. A database written before (a
 * private PEM in clear in `signing_keys`) is migrated: no private key in clear, the migrated key keeps signing tokens that
 * verify through the JWK Set, a rotation stores its new key sealed too; a wrong KEK stops the start naming it; a KEK
 * rotation (old KEK as SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS) re-seals every key under the new one.
 */
describe('signing keys sealed under a key-encryption key (real PostgreSQL, gRPC)', () => {
  let dbUrl = '';
  let drop: () => Promise<void>;
  let svc: RunningService | undefined;
  let client: ServiceClient<'identity'> | undefined;
  let oldKid = '';
  let oldPem = '';
  let oldD = '';
  const pems: string[] = [];

  const env = (extra: Record<string, string>) => serviceTestEnv(dbUrl, { EVENT_BUS: 'inprocess', SANDBOX: 'true', ...extra });
  const start = async (extra: Record<string, string>) => {
    await stop(); // one left running by a failed test would outlive the run
    svc = await startService(identityService, env(extra));
    client = createServiceClient('identity', `127.0.0.1:${svc.grpcPort}`);
    return client;
  };
  const stop = async () => {
    client?.close();
    await svc?.stop();
    client = undefined;
    svc = undefined;
  };
  const refusedStart = (extra: Record<string, string>) =>
    startService(identityService, env(extra)).then(
      async (s) => {
        await s.stop();
        throw new Error('the service started');
      },
      (e: Error) => e,
    );
  /** the raw rows, every column as the database holds it */
  const rows = async (): Promise<Row[]> => {
    const ds = await openDatabase({ url: dbUrl, entities: [], migrations: [] });
    try {
      return await ds.query(`SELECT kid, kek_id, sealed_private_key, row_to_json(k)::text AS text FROM signing_keys k ORDER BY created_at`);
    } finally {
      await ds.destroy();
    }
  };
  /** a client token signed now, verified through the service's JWK Set: answers its kid */
  const signAndVerify = async (c: ServiceClient<'identity'>) => {
    const t = await c.issueClientToken({
      clientId: SANDBOX_CLIENTS.partnerA.id,
      clientSecret: SANDBOX_CLIENTS.partnerA.secret,
      scope: 'jobs:read',
    });
    const { payload, protectedHeader } = await jwtVerify(t.accessToken, createLocalJWKSet(await c.getJwks({})), {
      issuer: 'https://siapkerja.kemnaker.go.id',
      audience: 'siapkerja-api',
      algorithms: ['ES256'],
    });
    expect(payload.sub).toBe(SANDBOX_CLIENTS.partnerA.id);
    return protectedHeader.kid!;
  };
  /** nothing of a private key in clear in the stored rows: no PEM text, not its base64 body, not the raw scalar */
  const expectNoClearKey = (stored: Row[], privates: { pem: string; d: string }[]) => {
    for (const r of stored) {
      expect(r.text).not.toContain('PRIVATE KEY');
      expect(r.text).not.toContain('private_pem');
      expect(r.sealed_private_key.toString('latin1')).not.toContain('PRIVATE KEY');
      for (const p of privates) {
        const body = p.pem.split('\n').slice(1, -2).join('');
        expect(r.text).not.toContain(body.slice(0, 40));
        expect(r.sealed_private_key.includes(Buffer.from(p.d, 'base64url'))).toBe(false);
      }
    }
  };
  const privateD = async (pem: string) => {
    const { createPrivateKey } = await import('node:crypto');
    return ((await exportJWK(createPrivateKey(pem))) as JWK).d!;
  };

  beforeAll(async () => {
    const db = await createTestDatabase('identity_kek');
    dbUrl = db.url;
    drop = db.drop;
    // the schema before this change, holding the current signing key's private PEM in clear
    const old = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [IdentityInitial1763800000600, IdentityPrivacy1763800000610, OrganizationBinding1763800000620],
    });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    oldPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    oldD = await privateD(oldPem);
    const jwk = (await exportJWK(publicKey)) as JWK;
    const bare = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
    oldKid = await calculateJwkThumbprint(bare);
    await old.query(`INSERT INTO signing_keys (kid, private_pem, public_jwk) VALUES ($1, $2, $3)`, [
      oldKid,
      oldPem,
      JSON.stringify({ ...bare, kid: oldKid, alg: 'ES256', use: 'sig' }),
    ]);
    await old.destroy();
  });
  afterAll(async () => {
    await stop();
    await drop?.();
  });

  it('the migration seals the clear row: no private key in clear after start and after a rotation; tokens sign and verify through the JWKS', async () => {
    const c = await start({ SIGNING_KEY_ENCRYPTION_KEY: KEK_A });
    const columns = await svc!.dataSource.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'signing_keys'`);
    expect(columns.map((r: { column_name: string }) => r.column_name)).not.toContain('private_pem');
    const a = keyring(KEK_A);
    let stored = await rows();
    expect(stored.map((r) => [r.kid, r.kek_id])).toEqual([[oldKid, a.current.id]]);
    expect(a.open(oldKid, { sealed: stored[0].sealed_private_key, kekId: stored[0].kek_id }).toString('utf8')).toBe(oldPem);
    expectNoClearKey(stored, [{ pem: oldPem, d: oldD }]);
    // the migrated key signs; the token verifies through the JWK Set
    expect(await signAndVerify(c)).toBe(oldKid);

    // a rotation stores the new key sealed too; the new key signs
    const rotated = await c.rotateSigningKey({});
    expect(rotated.previousKid).toBe(oldKid);
    expect(await signAndVerify(c)).toBe(rotated.kid);
    stored = await rows();
    expect(stored.map((r) => [r.kid, r.kek_id])).toEqual([
      [oldKid, a.current.id],
      [rotated.kid, a.current.id],
    ]);
    for (const r of stored) pems.push(a.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id }).toString('utf8'));
    expect(pems[0]).toBe(oldPem);
    expect(pems[1]).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expectNoClearKey(stored, await Promise.all(pems.map(async (pem) => ({ pem, d: await privateD(pem) }))));
    // the CHECK refuses a clear value in the sealed column's place
    await expect(svc!.dataSource.query(`UPDATE signing_keys SET kek_id = 'clear' WHERE kid = $1`, [oldKid])).rejects.toThrow(
      /signing_keys_sealed_form/,
    );
    await stop();
  });

  it('a wrong or missing KEK stops the start with a clear message naming the KEKs; an altered row is refused too', async () => {
    const a = keyring(KEK_A);
    const b = keyring(KEK_B);
    const wrong = await refusedStart({ SIGNING_KEY_ENCRYPTION_KEY: KEK_B });
    expect(wrong).toBeInstanceOf(ConfigError);
    expect(wrong.message).toContain(`SIGNING_KEY_ENCRYPTION_KEY does not open signing key ${oldKid}`);
    expect(wrong.message).toContain(`sealed under KEK ${a.current.id}`);
    expect(wrong.message).toContain(`${b.current.id} (SIGNING_KEY_ENCRYPTION_KEY)`);
    // without a KEK, outside production: the development KEK does not open them either
    expect((await refusedStart({})).message).toContain('the development KEK (derived from PERSON_ID_SECRET)');
    // production (not a sandbox) requires the KEK
    const production = await refusedStart({ NODE_ENV: 'production', SANDBOX: 'false' });
    expect(production).toBeInstanceOf(ConfigError);
    expect(production.message).toContain('SIGNING_KEY_ENCRYPTION_KEY is required when NODE_ENV=production');
    const malformed = await refusedStart({ SIGNING_KEY_ENCRYPTION_KEY: 'c2hvcnQta2V5' });
    expect(malformed.message).toContain('SIGNING_KEY_ENCRYPTION_KEY must be 32 bytes');
    expect(malformed.message).not.toContain('c2hvcnQta2V5');

    const flip = `UPDATE signing_keys SET sealed_private_key = set_byte(sealed_private_key, 19, get_byte(sealed_private_key, 19) # 255) WHERE kid = $1`;
    const ds = await openDatabase({ url: dbUrl, entities: [], migrations: [] });
    try {
      await ds.query(flip, [oldKid]);
      const altered = await refusedStart({ SIGNING_KEY_ENCRYPTION_KEY: KEK_A });
      expect(altered.message).toContain(`signing key ${oldKid}: the sealed private key fails authentication under KEK ${a.current.id}`);
    } finally {
      await ds.query(flip, [oldKid]); // flipped back
      await ds.destroy();
    }
    for (const r of await rows()) expect(r.kek_id).toBe(a.current.id);
  });

  it('KEK rotation: with the old KEK as SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS every key is re-sealed under the new KEK and signing goes on', async () => {
    const a = keyring(KEK_A);
    const b = keyring(KEK_B);
    const c = await start({ SIGNING_KEY_ENCRYPTION_KEY: KEK_B, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: KEK_A });
    const stored = await rows();
    expect(stored.map((r) => r.kek_id)).toEqual([b.current.id, b.current.id]);
    expect(stored.map((r) => b.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id }).toString('utf8'))).toEqual(pems);
    const signingKid = stored[1].kid;
    expect(await signAndVerify(c)).toBe(signingKid);
    await stop();

    // the new KEK alone opens them now; the old one no longer does
    const c2 = await start({ SIGNING_KEY_ENCRYPTION_KEY: KEK_B });
    expect(await signAndVerify(c2)).toBe(signingKid);
    await stop();
    const old = await refusedStart({ SIGNING_KEY_ENCRYPTION_KEY: KEK_A });
    expect(old.message).toContain(`sealed under KEK ${b.current.id}`);
    expect(old.message).toContain(`${a.current.id} (SIGNING_KEY_ENCRYPTION_KEY)`);
  });
});
