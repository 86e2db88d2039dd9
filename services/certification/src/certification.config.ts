import { str, type ConfigOf } from '@siapkerja/config';
import type { ServiceConfig } from '@siapkerja/service-kit';

export const certificationConfigSpec = {
  /**
   * Host (and optional port) the platform is published under: the issuer is `did:web:<host>` (DID document at
   * https://<host>/.well-known/did.json), and status lists and verification URLs live under https://<host>/v1/.
   */
  CERTIFICATION_PUBLIC_HOST: str({ default: 'siapkerja.kemnaker.go.id', pattern: /^[a-z0-9.-]+(:\d{1,5})?$/ }),
};
export type CertificationConfig = ServiceConfig & ConfigOf<typeof certificationConfigSpec>;
