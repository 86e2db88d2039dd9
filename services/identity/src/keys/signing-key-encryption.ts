import { KeyEncryptionKeyring, type KeyringLabels } from '@siapkerja/config';
import type { IdentityConfig } from '../identity.config';

/**
 * The signing keys' keyring (libs/config KeyEncryptionKeyring): SIGNING_KEY_ENCRYPTION_KEY seals the private PEMs in
 * `signing_keys`, SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS only opens. These labels are part of every sealed signing key and
 * KEK id stored: never change them.
 */
export const SIGNING_KEY_KEYRING: KeyringLabels = {
  variable: 'SIGNING_KEY_ENCRYPTION_KEY',
  sealedThing: 'signing key',
  protects: 'the access-token signing keys',
  /** HKDF info of the development KEK (derived from PERSON_ID_SECRET: not a secret of its own, never used in production) */
  developmentKekInfo: 'siapkerja/identity/signing-key-kek/development',
  kekIdLabel: 'siapkerja signing-key KEK id',
  aadLabel: 'siapkerja/signing-key/v1',
};

/** What the keyring is made from: identity's loaded configuration. */
export type SigningKekConfig = Pick<IdentityConfig, 'SANDBOX' | 'PERSON_ID_SECRET'> &
  Partial<Pick<IdentityConfig, 'NODE_ENV' | 'SIGNING_KEY_ENCRYPTION_KEY' | 'SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS'>>;

/**
 * The keyring sealing identity's ES256 private keys. Like AUTH_SIGNING_KEY, SIGNING_KEY_ENCRYPTION_KEY is required when
 * NODE_ENV=production unless SANDBOX=true; otherwise, when unset, the development KEK derived from PERSON_ID_SECRET seals.
 */
export function signingKeyKeyring(config: SigningKekConfig): KeyEncryptionKeyring {
  return KeyEncryptionKeyring.create(SIGNING_KEY_KEYRING, {
    production: config.NODE_ENV === 'production' && !config.SANDBOX,
    PERSON_ID_SECRET: config.PERSON_ID_SECRET,
    kek: config.SIGNING_KEY_ENCRYPTION_KEY,
    previousKeks: config.SIGNING_KEY_ENCRYPTION_KEY_PREVIOUS,
  });
}
