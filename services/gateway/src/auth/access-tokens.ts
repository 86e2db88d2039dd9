import { Injectable } from '@nestjs/common';
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { GatewayPlatform } from '../platform/gateway-platform';
import { IdentityClient } from './identity.client';

/** The claims of an access token signed by identity. */
export interface AccessClaims extends JWTPayload {
  sub: string;
  exp: number;
  scope: string;
  roles: string[];
  region?: string;
  /** the training provider or LSP the account or client acts for */
  org?: string;
  client_id?: string;
  /** session (refresh-token family) of a person's token; ended on logout */
  sid?: string;
  /** the person id of a person's token */
  pid?: string;
}

export class TokenError extends Error {}

/**
 * Verifies access tokens locally with jose against identity's JWK Set, fetched over gRPC and cached like jose's
 * createRemoteJWKSet: refreshed after JWKS_MAX_AGE_MS, and at once (at most every JWKS_COOLDOWN_MS) when a token names a
 * key id the cached set does not hold (a rotation). Verified token strings are remembered (their lifetime is still
 * checked at every use) so a client's next requests skip the ECDSA verification.
 */
@Injectable()
export class AccessTokenVerifier {
  static readonly JWKS_MAX_AGE_MS = 10 * 60_000;
  static readonly JWKS_COOLDOWN_MS = 1_000;
  static readonly VERIFIED_CACHE_SIZE = 10_000;
  private jwks?: { get: ReturnType<typeof createLocalJWKSet>; kids: Set<string>; at: number };
  private fetching?: Promise<void>;
  private readonly verified = new Map<string, AccessClaims>();

  constructor(
    private readonly identity: IdentityClient,
    private readonly platform: GatewayPlatform,
  ) {}

  private refresh(): Promise<void> {
    this.fetching ??= (async () => {
      try {
        const set = (await this.identity.call('getJwks', {}, { idempotent: true })) as unknown as JSONWebKeySet;
        this.jwks = { get: createLocalJWKSet(set), kids: new Set(set.keys.map((k) => k.kid!)), at: Date.now() };
      } finally {
        this.fetching = undefined;
      }
    })();
    return this.fetching;
  }

  private async keySet(kid: string | undefined, now = Date.now()) {
    const stale = !this.jwks || now - this.jwks.at > AccessTokenVerifier.JWKS_MAX_AGE_MS;
    const unknownKid =
      !!this.jwks && kid !== undefined && !this.jwks.kids.has(kid) && now - this.jwks.at > AccessTokenVerifier.JWKS_COOLDOWN_MS;
    if (stale || unknownKid) await this.refresh();
    return this.jwks!.get;
  }

  /** Verifies signature, algorithm, key id, issuer, audience and lifetime; throws TokenError. */
  async verify(token: string, nowS = Math.floor(Date.now() / 1000)): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known) {
      if (known.exp <= nowS) throw new TokenError('token expired');
      return known;
    }
    const claims = await this.verifyFully(token);
    if (this.verified.size >= AccessTokenVerifier.VERIFIED_CACHE_SIZE) this.verified.clear();
    Object.freeze(claims.roles);
    this.verified.set(token, Object.freeze(claims));
    return claims;
  }

  private async verifyFully(token: string): Promise<AccessClaims> {
    const { AUTH_ISSUER: issuer, AUTH_AUDIENCE: audience } = this.platform.config;
    let kid: string | undefined;
    try {
      kid = JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString('utf8')).kid;
    } catch {
      throw new TokenError('malformed token');
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.keySet(kid), { issuer, audience, algorithms: ['ES256'] }));
    } catch (e) {
      if (e instanceof errors.JWTExpired) throw new TokenError('token expired');
      if (e instanceof errors.JWKSNoMatchingKey) throw new TokenError('unknown key');
      if (e instanceof errors.JWSSignatureVerificationFailed) throw new TokenError('bad signature');
      if (e instanceof errors.JWTClaimValidationFailed)
        throw new TokenError(e.claim === 'iss' || e.claim === 'aud' ? 'wrong issuer or audience' : e.message);
      if (e instanceof errors.JOSEAlgNotAllowed) throw new TokenError('unsupported algorithm');
      if (e instanceof errors.JOSEError) throw new TokenError('malformed token');
      throw e;
    }
    if (
      typeof payload.sub !== 'string' ||
      typeof payload.scope !== 'string' ||
      !Array.isArray(payload.roles) ||
      typeof payload.exp !== 'number'
    )
      throw new TokenError('malformed claims');
    return payload as AccessClaims;
  }
}
