import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { ConfigError, type VarSpec } from './config-error';

/** AES-256-GCM: 12-byte random nonce, 16-byte tag; the sealed form is nonce || ciphertext || tag. */
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

/** Reads one 32-byte key written as hex (64 characters) or base64 / base64url (43-44 characters). */
function parseKey(raw: string): Buffer {
  const s = raw.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]{64}$/.test(s)) key = Buffer.from(s, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(s)) key = Buffer.from(s, 'base64');
  if (!key || key.length !== KEY_BYTES) throw new Error('must be 32 bytes written as base64 (44 characters) or hex (64 characters)');
  return key;
}

/** A key-encryption key variable (hex or base64 of 32 bytes), shown nowhere (kind secret). */
export function kekSpec(description: string): VarSpec<Buffer> & { optional: true } {
  return {
    kind: 'secret',
    optional: true,
    description,
    parse: parseKey,
  };
}

/** The `<variable>_PREVIOUS` variable: one or more earlier KEKs (comma-separated), used only to open keys sealed under them. */
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

/**
 * What tells one keyring from another: the variable names shown to the operator and the labels that separate the keys
 * and sealed values of one use from another's. The labels are part of every stored sealed value and KEK id: never change
 * them for a keyring that has sealed data.
 */
export interface KeyringLabels {
  /** the variable of the current KEK, e.g. ISSUER_KEY_ENCRYPTION_KEY; earlier KEKs are in `<variable>_PREVIOUS` */
  variable: string;
  /** what one sealed value is, in messages: "issuer key" gives "issuer key <kid>: ..." */
  sealedThing: string;
  /** what the KEK protects, in the message of a production start without it: "the issuer signing keys" */
  protects: string;
  /** HKDF-SHA256 info of the development KEK derived from PERSON_ID_SECRET */
  developmentKekInfo: string;
  /** the label HMAC-ed under a KEK to make its public id */
  kekIdLabel: string;
  /** the first line of the additional authenticated data (then the kid and the KEK id, one per line) */
  aadLabel: string;
}

/** The values the keyring is made from (the service's loaded configuration). */
export interface KeyringSettings {
  /** production: the KEK is required and the development KEK is neither used nor accepted */
  production: boolean;
  PERSON_ID_SECRET: string;
  /** the current KEK (the `<variable>` value) */
  kek?: Buffer;
  /** earlier KEKs (the `<variable>_PREVIOUS` value) */
  previousKeks?: Buffer[];
}

/** One key-encryption key. */
export interface Kek {
  /** public name of the key (an HMAC of the keyring's label under it): stored next to every sealed value, shown in errors */
  id: string;
  key: Buffer;
  /** how the operator knows it */
  source: string;
}

/** A sealed value as stored: nonce || ciphertext || tag, and the id of the KEK that sealed it. */
export interface SealedKey {
  sealed: Buffer;
  kekId: string;
}

/** The development KEK of a keyring: HKDF-SHA256 of PERSON_ID_SECRET with its {@link KeyringLabels.developmentKekInfo}. */
export function developmentKek(personIdSecret: string, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', personIdSecret, Buffer.alloc(0), info, KEY_BYTES));
}

/**
 * Envelope encryption of private keys at rest. The key-encryption key (KEK) comes from the service's configuration, never
 * from the database: `<variable>` seals, `<variable>_PREVIOUS` (earlier KEKs) only open. Each value is sealed with
 * AES-256-GCM under a fresh random nonce; the additional data binds it to its key id (kid) and KEK id, so a sealed value
 * moved to another row, or relabelled, does not open. Outside production, without `<variable>`, the KEK is derived from
 * PERSON_ID_SECRET ({@link developmentKek}, KEK id `dev-...`), and it still opens values sealed under it once a real KEK is
 * configured; in production `<variable>` is required.
 */
export class KeyEncryptionKeyring {
  private constructor(
    private readonly labels: KeyringLabels,
    readonly current: Kek,
    private readonly previous: Kek[],
  ) {}

  static create(labels: KeyringLabels, settings: KeyringSettings): KeyEncryptionKeyring {
    const { variable } = labels;
    const kek = (key: Buffer, prefix: 'kek' | 'dev', source: string): Kek => ({
      id: `${prefix}-${createHmac('sha256', key).update(labels.kekIdLabel).digest('hex').slice(0, 16)}`,
      key,
      source,
    });
    const configured = settings.kek;
    if (!configured && settings.production)
      throw new ConfigError([
        `${variable} is required when NODE_ENV=production (secret: 32 random bytes, base64 or hex; it encrypts ${labels.protects} at rest)`,
      ]);
    const dev = kek(
      developmentKek(settings.PERSON_ID_SECRET, labels.developmentKekInfo),
      'dev',
      'the development KEK (derived from PERSON_ID_SECRET)',
    );
    const previous = (settings.previousKeks ?? []).map((k, i) => kek(k, 'kek', `${variable}_PREVIOUS (item ${i + 1})`));
    if (!configured) return new KeyEncryptionKeyring(labels, dev, previous);
    return new KeyEncryptionKeyring(labels, kek(configured, 'kek', variable), settings.production ? previous : [...previous, dev]);
  }

  /** Seals a value (a private key's bytes) for the key `kid` under the current KEK. */
  seal(kid: string, plain: Buffer | string): SealedKey {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.key, nonce);
    cipher.setAAD(this.aad(kid, this.current.id));
    const body = Buffer.concat([cipher.update(typeof plain === 'string' ? Buffer.from(plain, 'utf8') : plain), cipher.final()]);
    return { sealed: Buffer.concat([nonce, body, cipher.getAuthTag()]), kekId: this.current.id };
  }

  /** Is this KEK id one of the configured ones (current or previous)? */
  knows(kekId: string): boolean {
    return this.current.id === kekId || this.previous.some((k) => k.id === kekId);
  }

  /**
   * Opens a sealed value. Throws a ConfigError naming the KEK ids when no configured KEK sealed it (a wrong or missing
   * `<variable>` / `_PREVIOUS`), and an Error when the KEK is right but the sealed value does not authenticate (the row was
   * altered).
   */
  open(kid: string, key: SealedKey): Buffer {
    const { variable, sealedThing } = this.labels;
    const k = this.current.id === key.kekId ? this.current : this.previous.find((p) => p.id === key.kekId);
    if (!k) {
      const configured = [`${this.current.id} (${this.current.source})`, ...this.previous.map((p) => `${p.id} (${p.source})`)];
      throw new ConfigError([
        `${variable} does not open ${sealedThing} ${kid}: it is sealed under KEK ${key.kekId}, and the configured KEKs are ` +
          `${configured.join(', ')}. Set ${variable} (or, to rotate, ${variable}_PREVIOUS) to the KEK it was sealed under`,
      ]);
    }
    if (key.sealed.length < NONCE_BYTES + TAG_BYTES + 2) throw new Error(`${sealedThing} ${kid}: the sealed private key is truncated`);
    const nonce = key.sealed.subarray(0, NONCE_BYTES);
    const tag = key.sealed.subarray(key.sealed.length - TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', k.key, nonce);
    decipher.setAAD(this.aad(kid, k.id));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(key.sealed.subarray(NONCE_BYTES, key.sealed.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Error(`${sealedThing} ${kid}: the sealed private key fails authentication under KEK ${k.id} (the stored row was altered)`);
    }
  }

  private aad(kid: string, kekId: string): Buffer {
    return Buffer.from(`${this.labels.aadLabel}\n${kid}\n${kekId}`, 'utf8');
  }
}

/** The CHECK a table of sealed keys carries (`sealed_private_key bytea`, `kek_id text`): a sealed form, a KEK id of this shape. */
export const SEALED_KEY_CHECK = `octet_length(sealed_private_key) > 28 AND kek_id ~ '^(kek|dev)-[0-9a-f]{16}$'`;
