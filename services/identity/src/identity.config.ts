import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { bool, int, kekSpec, previousKeksSpec, secret, str, type ConfigOf, type VarSpec } from '@siapkerja/config';
import type { ServiceConfig } from '@siapkerja/service-kit';

/** Splits concatenated PEM blocks (private or public keys) into key objects. */
export function keysFromPems(pems: string): KeyObject[] {
  const blocks = pems.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
  return blocks.map((b) =>
    b.includes('PRIVATE KEY') ? createPrivateKey({ key: b, format: 'pem' }) : createPublicKey({ key: b, format: 'pem' }),
  );
}

const isP256 = (k: KeyObject) => k.asymmetricKeyType === 'ec' && k.asymmetricKeyDetails?.namedCurve === 'prime256v1';

/** PKCS8 PEM of a P-256 private key (ES256); `\n` escapes are accepted for one-line env values. */
function signingKey(): VarSpec<string> {
  return {
    kind: 'secret',
    optional: true,
    description: 'PKCS8 PEM of a P-256 (ES256) private key',
    parse(raw: string): string {
      const pem = raw.includes('\\n') ? raw.replace(/\\n/g, '\n') : raw;
      let key;
      try {
        key = createPrivateKey({ key: pem, format: 'pem' });
      } catch {
        throw new Error('must be a PKCS8 PEM private key');
      }
      if (!isP256(key)) throw new Error('must be an EC P-256 key (ES256)');
      return pem;
    },
  };
}

/** One or more PEM blocks (P-256 public or private keys) that still verify tokens after a rotation. */
function previousKeys(): VarSpec<string> {
  return {
    kind: 'secret',
    optional: true,
    description: 'PEM blocks of previous P-256 signing keys (public or private), verify only',
    parse(raw: string): string {
      const pems = raw.includes('\\n') ? raw.replace(/\\n/g, '\n') : raw;
      let keys;
      try {
        keys = keysFromPems(pems);
      } catch {
        throw new Error('must hold PEM keys');
      }
      if (!keys.length) throw new Error('must hold at least one PEM key');
      if (!keys.every(isP256)) throw new Error('must be EC P-256 keys (ES256)');
      return pems;
    },
  };
}

/** Identity's variables beyond the common service ones. */
export const identityConfigSpec = {
  /** true: seed the sandbox clients of libs/testing SANDBOX_CLIENTS at start and serve sent codes to developers (never in production) */
  SANDBOX: bool({ default: false }),
  NODE_ENV: str({ optional: true }),
  /** the current signing key; without it identity keeps its keys in its database (generated, rotated by RotateSigningKey) */
  AUTH_SIGNING_KEY: signingKey(),
  /** key rotation: the previous signing key(s), still accepted for tokens they signed (keep them for one AUTH_ACCESS_TTL_S after switching) */
  AUTH_PREVIOUS_SIGNING_KEYS: previousKeys(),
  /**
   * The key-encryption key (32 bytes, base64 or hex) sealing the private signing keys in `signing_keys` (AES-256-GCM).
   * Required when NODE_ENV=production (unless SANDBOX); elsewhere, when unset, a development KEK derived from PERSON_ID_SECRET.
   */
  SIGNING_KEY_ENCRYPTION_KEY: kekSpec('32 bytes, base64 or hex: encrypts the access-token signing keys at rest (required in production)'),
  /** KEK rotation: the earlier KEK(s), comma-separated; keys sealed under them are re-sealed under the current KEK at start */
  SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS: previousKeksSpec('earlier KEK(s), comma-separated, only to open and re-seal keys at start'),
  AUTH_ISSUER: str({ default: 'https://siapkerja.kemnaker.go.id' }),
  AUTH_AUDIENCE: str({ default: 'siapkerja-api' }),
  AUTH_ACCESS_TTL_S: int({ default: 300, min: 1, max: 86400 }),
  AUTH_REFRESH_TTL_S: int({ default: 30 * 86400, min: 60, max: 365 * 86400 }),
  /** how long the previous client secret (and HMAC secret) stays valid after a rotation; 0 = immediate */
  AUTH_SECRET_GRACE_S: int({ default: 86400, min: 0, max: 30 * 86400 }),
  /** first ministry-admin client (all scopes), upserted at start when both are set: how a fresh deployment gets its first administrator */
  AUTH_BOOTSTRAP_ADMIN_CLIENT_ID: str({ optional: true, pattern: /^[A-Za-z0-9._-]{3,100}$/ }),
  AUTH_BOOTSTRAP_ADMIN_CLIENT_SECRET: secret({ optional: true, minLength: 32 }),
  /** lifetime of sign-up verification and password-reset codes */
  AUTH_CODE_TTL_S: int({ default: 900, min: 60, max: 86400 }),
  /** failed password logins allowed per account (or unknown login) in one window; further attempts get 429, even with the right password */
  AUTH_LOGIN_MAX_FAILURES: int({ default: 5, min: 1, max: 1000 }),
  /** failed password logins allowed per client IP in one window (higher: offices and carriers share addresses) */
  AUTH_LOGIN_IP_MAX_FAILURES: int({ default: 30, min: 1, max: 100000 }),
  /** length of the login failure window (fixed windows counted in PostgreSQL, shared by every replica) */
  AUTH_LOGIN_WINDOW_S: int({ default: 900, min: 10, max: 86400 }),
};

export type IdentityConfig = ServiceConfig & ConfigOf<typeof identityConfigSpec>;
