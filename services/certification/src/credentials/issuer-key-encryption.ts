import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import { ConfigError, type VarSpec } from '@siapkerja/config';

/** AES-256-GCM: 12-byte random nonce, 16-byte tag; the sealed form is nonce || ciphertext || tag. */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** HKDF info of the development KEK (derived from PERSON_ID_SECRET: not a secret of its own, never used in production). */
export const DEVELOPMENT_KEK_INFO = 'siapkerja/certification/issuer-key-kek/development';
const KEK_ID_LABEL = 'siapkerja issuer-key KEK id';

/** Reads one 32-byte key written as hex (64 characters) or base64 / base64url (43-44 characters). */
function parseKey(raw: string): Buffer {
  const s = raw.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(s)) key = Buffer.from(s, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(s)) key = Buffer.from(s, 'base64');
  if (!key || key.length !== KEY_BYTES) throw new Error('must be 32 bytes written as base64 (44 characters) or hex (64 characters)');
  return key;
}

/** A key-encryption key: ISSUER_KEY_ENCRYPTION_KEY (hex or base64 of 32 bytes), shown nowhere (kind secret). */
export function kekSpec(description: string): VarSpec<Buffer> & { optional: true } {
  return {
    kind: 'secret',
    optional: true,
    description,
    parse: parseKey,
  };
}

/** ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: one or more earlier KEKs (comma-separated), used only to open keys sealed under them. */
export function previousKeksSpec(description: string): VarSpec<Buffer[]> & { optional: true } {
  return {
    kind: 'secret',
    optional: true,
    description,
    parse(raw: string): Buffer[] {
      const keys = raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      if (!keys.length) throw new Error('must hold at least one key');
      return keys.map((k, i) => {
        try {
          return parseKey(k);
        } catch (e) {
          throw new Error(`item ${i + 1} ${(e as Error).message}`);
        }
      });
    },
  };
}

interface Kek {
  /** public name of the key (an HMAC of a fixed label under it): stored next to every sealed key, shown in errors */
  id: string;
  key: Buffer;
  /** how the operator knows it */
  source: string;
}

function kek(key: Buffer, prefix: 'kek' | 'dev', source: string): Kek {
  return { id: `${prefix}-${createHmac('sha256', key).update(KEK_ID_LABEL).digest('hex').slice(0, 16)}`, key, source };
}

/** The development KEK: HKDF-SHA256 of PERSON_ID_SECRET with {@link DEVELOPMENT_KEK_INFO}. Only outside production. */
export function developmentKek(personIdSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', personIdSecret, Buffer.alloc(0), DEVELOPMENT_KEK_INFO, KEY_BYTES));
}

/** The configuration the keyring is made from (the certification service's, see certification.config.ts). */
export interface KekConfig {
  NODE_ENV?: string;
  PERSON_ID_SECRET: string;
  ISSUER_KEY_ENCRYPTION_KEY?: Buffer;
  ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS?: Buffer[];
}

/** A sealed private key as stored in `issuer_keys`. */
export interface SealedKey {
  sealed: Buffer;
  kekId: string;
}

/**
 * Envelope encryption of the issuer's private signing keys at rest. The key-encryption key (KEK) comes from the service's
 * configuration, never from the database: ISSUER_KEY_ENCRYPTION_KEY seals, ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS (earlier KEKs)
 * only open. Each private JWK is sealed with AES-256-GCM under a fresh random nonce; the additional data binds it to its
 * key id (kid) and KEK id, so a sealed key moved to another row, or relabelled, does not open. Outside production, without
 * ISSUER_KEY_ENCRYPTION_KEY, the KEK is derived from PERSON_ID_SECRET ({@link developmentKek}, KEK id `dev-...`), and it
 * still opens keys sealed under it once a real KEK is configured; in production ISSUER_KEY_ENCRYPTION_KEY is required.
 */
export class IssuerKeyKeyring {
  private constructor(
    readonly current: Kek,
    private readonly previous: Kek[],
  ) {}

  static fromConfig(config: KekConfig): IssuerKeyKeyring {
    const production = config.NODE_ENV === 'production';
    const configured = config.ISSUER_KEY_ENCRYPTION_KEY;
    if (!configured && production)
      throw new ConfigError([
        'ISSUER_KEY_ENCRYPTION_KEY is required when NODE_ENV=production (secret: 32 random bytes, base64 or hex; it encrypts the issuer signing keys at rest)',
      ]);
    const dev = kek(developmentKek(config.PERSON_ID_SECRET), 'dev', 'the development KEK (derived from PERSON_ID_SECRET)');
    const previous = (config.ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS ?? []).map((k, i) =>
      kek(k, 'kek', `ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS (item ${i + 1})`),
    );
    if (!configured) return new IssuerKeyKeyring(dev, previous);
    return new IssuerKeyKeyring(kek(configured, 'kek', 'ISSUER_KEY_ENCRYPTION_KEY'), production ? previous : [...previous, dev]);
  }

  /** Seals a private JWK under the current KEK. */
  seal(kid: string, privateJwk: JWK): SealedKey {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, nonce);
    cipher.setAAD(aad(kid, this.current.id));
    const body = Buffer.concat([cipher.update(JSON.stringify(privateJwk), 'utf8'), cipher.final()]);
    return { sealed: Buffer.concat([nonce, body, cipher.getAuthTag()]), kekId: this.current.id };
  }

  /** Is this KEK id one of the configured ones (current or previous)? */
  knows(kekId: string): boolean {
    return this.current.id === kekId || this.previous.some((k) => k.id === kekId);
  }

  /**
   * Opens a sealed private key. Throws a ConfigError naming the KEK ids when no configured KEK sealed it (a wrong or missing
   * ISSUER_KEY_ENCRYPTION_KEY / _PREVIOUS), and an Error when the KEK is right but the sealed key does not authenticate
   * (the row was altered).
   */
  open(kid: string, key: SealedKey): JWK {
    const k = this.current.id === key.kekId ? this.current : this.previous.find((p) => p.id === key.kekId);
    if (!k) {
      const configured = [`${this.current.id} (${this.current.source})`, ...this.previous.map((p) => `${p.id} (${p.source})`)];
      throw new ConfigError([
        `ISSUER_KEY_ENCRYPTION_KEY does not open issuer key ${kid}: it is sealed under KEK ${key.kekId}, and the configured KEKs are ` +
          `${configured.join(', ')}. Set ISSUER_KEY_ENCRYPTION_KEY (or, to rotate, ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS) to the KEK it was sealed under`,
      ]);
    }
    if (key.sealed.length < NONCE_BYTES + TAG_BYTES + 2) throw new Error(`issuer key ${kid}: the sealed private key is truncated`);
    const nonce = key.sealed.subarray(0, NONCE_BYTES);
    const tag = key.sealed.subarray(key.sealed.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', k.key, nonce);
    decipher.setAAD(aad(kid, k.id));
    decipher.setAuthTag(tag);
    let plain: Buffer;
    try {
      plain = Buffer.concat([decipher.update(key.sealed.subarray(NONCE_BYTES, key.sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Error(`issuer key ${kid}: the sealed private key fails authentication under KEK ${k.id} (the stored row was altered)`);
    }
    return JSON.parse(plain.toString('utf8')) as JWK;
  }
}

const aad = (kid: string, kekId: string) => Buffer.from(`siapkerja/issuer-key/v1\n${kid}\n${kekId}`, 'utf8');
