import { str, type ConfigOf } from '@siapkerja/config';
import type { ServiceConfig } from '@siapkerja/service-kit';
import { kekSpec, previousKeksSpec } from './credentials/issuer-key-encryption';
import { accessLogConfigSpec } from '@siapkerja/privacy';

export const certificationConfigSpec = {
  /** the identity service, keeper of the access log of unmasked personal data (libs/privacy AccessLog) */
  ...accessLogConfigSpec,
  /**
   * Host (and optional port) the platform is published under: the issuer is `did:web:<host>` (DID document at
   * https://<host>/.well-known/did.json), and status lists and verification URLs live under https://<host>/v1/.
   */
  CERTIFICATION_PUBLIC_HOST: str({ default: 'siapkerja.kemnaker.go.id', pattern: /^[a-z0-9.-]+(:\d{1,5})?$/ }),
  /** production makes ISSUER_KEY_ENCRYPTION_KEY required */
  NODE_ENV: str({ optional: true }),
  /**
   * The key-encryption key (32 bytes, base64 or hex) sealing the issuer's private signing keys in `issuer_keys`
   * (AES-256-GCM). Required when NODE_ENV=production; elsewhere, when unset, a development KEK derived from PERSON_ID_SECRET.
   */
  ISSUER_KEY_ENCRYPTION_KEY: kekSpec('32 bytes, base64 or hex: encrypts the issuer signing keys at rest (required in production)'),
  /** KEK rotation: the earlier KEK(s), comma-separated; keys sealed under them are re-sealed under the current KEK at start */
  ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS: previousKeksSpec('earlier KEK(s), comma-separated, only to open and re-seal keys at start'),
};
export type CertificationConfig = ServiceConfig & ConfigOf<typeof certificationConfigSpec>;
