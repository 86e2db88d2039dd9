import { bool, int, str } from '@siapkerja/config';

/** The gateway's part of authentication: which tokens it accepts and how it checks signed requests (identity signs). */
export const authConfigSpec = {
  /** true: sandbox mode (identity seeds the sandbox clients and serves the codes it sent; never in production) */
  SANDBOX: bool({ default: false }),
  NODE_ENV: str({ optional: true }),
  /** the issuer and audience of identity's access tokens (the same values as identity's) */
  AUTH_ISSUER: str({ default: 'https://siapkerja.kemnaker.go.id' }),
  AUTH_AUDIENCE: str({ default: 'siapkerja-api' }),
  /** accepted clock skew of X-Timestamp on signed requests */
  AUTH_HMAC_SKEW_S: int({ default: 300, min: 10, max: 3600 }),
};
