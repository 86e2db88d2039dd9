import type { JWK } from 'jose';
import { KeyEncryptionKeyring, type Kek, type KeyringLabels, type SealedKey } from '@siapkerja/config';

export { kekSpec, previousKeksSpec, type SealedKey } from '@siapkerja/config';

/**
 * The issuer keys' keyring (libs/config KeyEncryptionKeyring). These labels are part of every sealed issuer key and KEK id
 * already stored: they stay byte for byte as they are.
 */
export const ISSUER_KEY_KEYRING: KeyringLabels = {
  variable: 'ISSUER_KEY_ENCRYPTION_KEY',
  sealedThing: 'issuer key',
  protects: 'the issuer signing keys',
  /** HKDF info of the development KEK (derived from PERSON_ID_SECRET: not a secret of its own, never used in production) */
  developmentKekInfo: 'siapkerja/certification/issuer-key-kek/development',
  kekIdLabel: 'siapkerja issuer-key KEK id',
  aadLabel: 'siapkerja/issuer-key/v1',
};

/** The configuration the keyring is made from (the certification service's, see certification.config.ts). */
export interface KekConfig {
  NODE_ENV?: string;
  PERSON_ID_SECRET: string;
  ISSUER_KEY_ENCRYPTION_KEY?: Buffer;
  ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS?: Buffer[];
}

/**
 * Envelope encryption of the issuer's private signing keys (JWKs) at rest: the shared KeyEncryptionKeyring under
 * ISSUER_KEY_ENCRYPTION_KEY (seals) and ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS (only opens), a development KEK derived from
 * PERSON_ID_SECRET outside production; each sealed JWK is bound to its kid and KEK id.
 */
export class IssuerKeyKeyring {
  private constructor(private readonly ring: KeyEncryptionKeyring) {}

  static fromConfig(config: KekConfig): IssuerKeyKeyring {
    return new IssuerKeyKeyring(
      KeyEncryptionKeyring.create(ISSUER_KEY_KEYRING, {
        production: config.NODE_ENV === 'production',
        PERSON_ID_SECRET: config.PERSON_ID_SECRET,
        kek: config.ISSUER_KEY_ENCRYPTION_KEY,
        previousKeks: config.ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS,
      }),
    );
  }

  get current(): Kek {
    return this.ring.current;
  }

  /** Seals a private JWK under the current KEK. */
  seal(kid: string, privateJwk: JWK): SealedKey {
    return this.ring.seal(kid, JSON.stringify(privateJwk));
  }

  /** Is this KEK id one of the configured ones (current or previous)? */
  knows(kekId: string): boolean {
    return this.ring.knows(kekId);
  }

  /** Opens a sealed private JWK (a ConfigError naming the KEK ids when no configured KEK sealed it, an Error when altered). */
  open(kid: string, key: SealedKey): JWK {
    return JSON.parse(this.ring.open(kid, key).toString('utf8')) as JWK;
  }
}
