import { Inject, Injectable } from '@nestjs/common';
import { ConfigError } from '@siapkerja/config';
import type { Logger } from '@siapkerja/logging';
import type { GatewayConfig } from '../platform/config';
import { GatewayPlatform } from '../platform/gateway-platform';
import { TokenSigner, type AccessClaims } from './jwt';

/** The gateway's token signer: AUTH_SIGNING_KEY, or an ephemeral key outside production. */
export function createSigner(config: GatewayConfig, logger: Logger): TokenSigner {
  if (config.AUTH_SIGNING_KEY)
    return TokenSigner.fromPem(config.AUTH_SIGNING_KEY, config.AUTH_ISSUER, config.AUTH_AUDIENCE, config.AUTH_PREVIOUS_SIGNING_KEYS ?? '');
  if (config.NODE_ENV === 'production' && !config.SANDBOX) {
    throw new ConfigError(['AUTH_SIGNING_KEY is required when NODE_ENV=production (PKCS8 PEM of a P-256 key)']);
  }
  logger.warn(
    'AUTH_SIGNING_KEY is not set: signing tokens with an ephemeral key (tokens die with this process; never do this in production)',
  );
  return TokenSigner.ephemeral(config.AUTH_ISSUER, config.AUTH_AUDIENCE);
}

export const TOKEN_SIGNER = Symbol('TOKEN_SIGNER');

export interface IssuedAccessToken {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
}

@Injectable()
export class AccessTokens {
  constructor(
    @Inject(TOKEN_SIGNER) readonly signer: TokenSigner,
    private readonly platform: GatewayPlatform,
  ) {}

  issue(claims: Omit<AccessClaims, 'iss' | 'aud' | 'iat' | 'exp' | 'jti'>): IssuedAccessToken {
    const ttl = this.platform.config.AUTH_ACCESS_TTL_S;
    const { token } = this.signer.sign(claims, ttl);
    return { access_token: token, token_type: 'Bearer', expires_in: ttl, scope: claims.scope };
  }
}

/** Used by the Nest provider. */
export function signerProvider() {
  return {
    provide: TOKEN_SIGNER,
    inject: [GatewayPlatform],
    useFactory: (p: GatewayPlatform) => createSigner(p.config, p.logger),
  };
}
