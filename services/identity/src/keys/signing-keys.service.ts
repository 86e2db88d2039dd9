import { createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { calculateJwkThumbprint, exportJWK, SignJWT, type JWK } from 'jose';
import { DataSource } from 'typeorm';
import { ConfigError, resealUnderCurrentKek, type KeyEncryptionKeyring } from '@siapkerja/config';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, SERVICE_CONFIG } from '@siapkerja/service-kit';
import { keysFromPems, type IdentityConfig } from '../identity.config';
import { signingKeyKeyring } from './signing-key-encryption';

/** The claims of an access token identity signs (RFC 9068 `at+jwt`). */
export interface AccessClaims {
  sub: string;
  scope: string;
  roles: string[];
  region?: string;
  client_id?: string;
  /** session (refresh-token family) of a person's token; ended on logout */
  sid?: string;
  /** the person id (libs/identity keyed hash of the NIK) of a person's token */
  pid?: string;
}

export interface PublicJwk {
  kty: string;
  crv: string;
  x: string;
  y: string;
  kid: string;
  alg: 'ES256';
  use: 'sig';
}

interface KeyRow {
  kid: string;
  /** the PKCS8 PEM sealed under the key-encryption key (nonce || ciphertext || tag), see signing-key-encryption.ts */
  sealed_private_key: Buffer;
  kek_id: string;
  public_jwk: PublicJwk;
  retired_at: Date | null;
  verify_until: Date | null;
}

/** RFC 7638 thumbprint of a P-256 public key: the key id. */
async function publicJwk(key: KeyObject): Promise<PublicJwk> {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = (await exportJWK(pub)) as JWK;
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new Error('signing keys must be EC P-256 (ES256)');
  const bare = { kty: jwk.kty, crv: jwk.crv, x: jwk.x!, y: jwk.y! };
  return { ...bare, kid: await calculateJwkThumbprint(bare), alg: 'ES256', use: 'sig' };
}

/**
 * ES256 signing keys in identity's database: one current key signs, retired keys verify until the tokens they signed
 * have expired. The private keys are stored sealed under the key-encryption key (SIGNING_KEY_ENCRYPTION_KEY, see
 * signing-key-encryption.ts), never in clear; the current one is opened when it is first needed and kept as a KeyObject.
 * AUTH_SIGNING_KEY (when set) is made the current key at start; otherwise a key is generated once (not in production). Every replica re-reads the current key after {@link SigningKeys.REFRESH_MS}, so a rotation made on one
 * replica spreads; the gateways refetch the JWK Set when a token names a key id they do not know.
 */
@Injectable()
export class SigningKeys {
  static readonly REFRESH_MS = 10_000;
  private current?: { kid: string; key: KeyObject; at: number };
  private readonly configured: Promise<PublicJwk[]>;
  private readonly keyring: KeyEncryptionKeyring;

  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: IdentityConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.configured = Promise.all(keysFromPems(config.AUTH_PREVIOUS_SIGNING_KEYS ?? '').map(publicJwk));
    this.keyring = signingKeyKeyring(config);
  }

  /**
   * Opens every stored private key (a wrong or missing KEK stops the start, naming the KEK ids) and re-seals those sealed
   * under a previous KEK, then makes sure a current key exists (AUTH_SIGNING_KEY, the stored one, or a generated one
   * outside production).
   */
  async init(): Promise<void> {
    await this.resealUnderCurrentKek();
    const pem = this.config.AUTH_SIGNING_KEY;
    if (pem) {
      const jwk = await publicJwk(keysFromPems(pem)[0]);
      const [cur] = await this.ds.query(`SELECT kid FROM signing_keys WHERE retired_at IS NULL`);
      if (cur?.kid !== jwk.kid) await this.install(pem, jwk);
      return;
    }
    const [cur] = await this.ds.query(`SELECT kid FROM signing_keys WHERE retired_at IS NULL`);
    if (cur) return;
    if (this.config.NODE_ENV === 'production' && !this.config.SANDBOX)
      throw new ConfigError(['AUTH_SIGNING_KEY is required when NODE_ENV=production (PKCS8 PEM of a P-256 key)']);
    this.logger.warn('AUTH_SIGNING_KEY is not set: a signing key was generated and stored in the identity database');
    await this.rotate();
  }

  /**
   * Opens every stored private key with the configured KEKs and re-seals those sealed under a previous KEK (KEK rotation,
   * libs/config resealUnderCurrentKek: one transaction holding the rows). Answers how many were re-sealed.
   */
  async resealUnderCurrentKek(): Promise<number> {
    const resealed = await resealUnderCurrentKek(this.ds, 'signing_keys', this.keyring);
    if (resealed)
      this.logger.info({ resealed, kekId: this.keyring.current.id }, 'signing keys re-sealed under the current key-encryption key');
    return resealed;
  }

  /** A new current key; the previous one verifies for one access-token lifetime more (plus a minute of clock skew). */
  async rotate(): Promise<{ kid: string; previousKid: string }> {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const jwk = await publicJwk(privateKey);
    const previous = await this.install(pem, jwk);
    this.logger.info({ kid: jwk.kid, previousKid: previous }, 'signing key rotated');
    return { kid: jwk.kid, previousKid: previous ?? '' };
  }

  private async install(pem: string, jwk: PublicJwk): Promise<string | undefined> {
    return this.ds.transaction(async (m) => {
      await m.query(`LOCK TABLE signing_keys IN EXCLUSIVE MODE`);
      const [prev] = await m.query(
        `UPDATE signing_keys SET retired_at = clock_timestamp(), verify_until = clock_timestamp() + make_interval(secs => $1)
          WHERE retired_at IS NULL RETURNING kid`,
        [this.config.AUTH_ACCESS_TTL_S + 60],
      );
      const s = this.keyring.seal(jwk.kid, pem);
      await m.query(
        `INSERT INTO signing_keys (kid, sealed_private_key, kek_id, public_jwk) VALUES ($1, $2, $3, $4)
           ON CONFLICT (kid) DO UPDATE SET retired_at = NULL, verify_until = NULL, created_at = clock_timestamp(),
             sealed_private_key = EXCLUDED.sealed_private_key, kek_id = EXCLUDED.kek_id`,
        [jwk.kid, s.sealed, s.kekId, JSON.stringify(jwk)],
      );
      this.current = undefined;
      return (prev as { kid: string }[] | undefined)?.[0]?.kid;
    });
  }

  private async signingKey(now = Date.now()): Promise<{ kid: string; key: KeyObject }> {
    if (this.current && now - this.current.at < SigningKeys.REFRESH_MS) return this.current;
    const [row]: Pick<KeyRow, 'kid' | 'sealed_private_key' | 'kek_id'>[] = await this.ds.query(
      `SELECT kid, sealed_private_key, kek_id FROM signing_keys WHERE retired_at IS NULL`,
    );
    if (!row) throw new Error('no current signing key');
    if (this.current?.kid !== row.kid) {
      // a new current key (first use, or a rotation): opened once, then kept as a KeyObject
      const pem = this.keyring.open(row.kid, { sealed: row.sealed_private_key, kekId: row.kek_id }).toString('utf8');
      this.current = { kid: row.kid, key: keysFromPems(pem)[0], at: now };
    } else this.current.at = now;
    return this.current;
  }

  /** Signs an access token for AUTH_ACCESS_TTL_S. */
  async sign(claims: AccessClaims): Promise<{ token: string; expiresIn: number }> {
    const { kid, key } = await this.signingKey();
    const ttl = this.config.AUTH_ACCESS_TTL_S;
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt', kid })
      .setIssuer(this.config.AUTH_ISSUER)
      .setAudience(this.config.AUTH_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ttl}s`)
      .setJti(randomUUID())
      .sign(key);
    return { token, expiresIn: ttl };
  }

  /** The keys that verify tokens: the current one first, then the retired ones still verifying, then AUTH_PREVIOUS_SIGNING_KEYS. */
  async jwks(): Promise<{ keys: PublicJwk[] }> {
    const rows: KeyRow[] = await this.ds.query(
      `SELECT kid, public_jwk FROM signing_keys WHERE retired_at IS NULL OR verify_until > clock_timestamp()
        ORDER BY retired_at DESC NULLS FIRST, created_at DESC`,
    );
    const keys = rows.map((r) => r.public_jwk);
    for (const k of await this.configured) if (!keys.some((x) => x.kid === k.kid)) keys.push(k);
    return { keys };
  }
}
