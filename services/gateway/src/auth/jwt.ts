import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';

/**
 * ES256 JSON Web Tokens (RFC 7515/7519) with node:crypto. `jose` is not installed in this
 * workspace; this class is the only place that signs or verifies, so swapping it for jose's
 * SignJWT / jwtVerify later changes nothing else.
 */
export interface AccessClaims {
  iss: string;
  aud: string;
  sub: string;
  exp: number;
  iat: number;
  jti: string;
  scope: string;
  roles: string[];
  region?: string;
  client_id?: string;
  /** session (refresh-token family) of a person's token; revoked on logout */
  sid?: string;
}

export class TokenError extends Error {}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** A public key that verifies tokens, with its RFC 7638 thumbprint as key id. */
interface VerificationKey {
  kid: string;
  key: KeyObject;
  jwk: JsonWebKey;
}

function verificationKey(key: KeyObject): VerificationKey {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256') throw new Error('signing keys must be EC P-256 (ES256)');
  const kid = createHash('sha256')
    .update(JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }))
    .digest('base64url');
  return { kid, key: publicKey, jwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y } };
}

/** Splits concatenated PEM blocks (private or public keys) into key objects. */
export function keysFromPems(pems: string): KeyObject[] {
  const blocks = pems.match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
  return blocks.map((b) =>
    b.includes('PRIVATE KEY') ? createPrivateKey({ key: b, format: 'pem' }) : createPublicKey({ key: b, format: 'pem' }),
  );
}

/**
 * Signs with the current key and verifies with the current key and any previous ones (key rotation: tokens signed
 * with the previous key stay valid until they expire; the JWKS lists every key that still verifies).
 */
export class TokenSigner {
  readonly kid: string;
  private readonly keys: Map<string, VerificationKey>;

  constructor(
    private readonly privateKey: KeyObject,
    private readonly issuer: string,
    private readonly audience: string,
    previous: KeyObject[] = [],
  ) {
    const current = verificationKey(privateKey);
    this.kid = current.kid;
    this.keys = new Map([[current.kid, current]]);
    for (const k of previous) {
      const v = verificationKey(k);
      if (!this.keys.has(v.kid)) this.keys.set(v.kid, v);
    }
  }

  static fromPem(pem: string, issuer: string, audience: string, previousPems = ''): TokenSigner {
    return new TokenSigner(createPrivateKey({ key: pem, format: 'pem' }), issuer, audience, previousPems ? keysFromPems(previousPems) : []);
  }

  static ephemeral(issuer: string, audience: string): TokenSigner {
    return new TokenSigner(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, issuer, audience);
  }

  sign(
    claims: Omit<AccessClaims, 'iss' | 'aud' | 'iat' | 'exp' | 'jti'>,
    ttlS: number,
    now = Math.floor(Date.now() / 1000),
  ): { token: string; exp: number } {
    const full: AccessClaims = { iss: this.issuer, aud: this.audience, iat: now, exp: now + ttlS, jti: randomUUID(), ...claims };
    const input = `${b64({ alg: 'ES256', typ: 'at+jwt', kid: this.kid })}.${b64(full)}`;
    const sig = sign('sha256', Buffer.from(input), { key: this.privateKey, dsaEncoding: 'ieee-p1363' });
    return { token: `${input}.${sig.toString('base64url')}`, exp: full.exp };
  }

  /**
   * Tokens whose signature and claims already checked out, so a client's next requests with the same token skip the
   * ECDSA verification (~0.1 ms of CPU, the largest single cost of an authenticated request). Only the exact token string
   * hits; its lifetime is still checked on every use. Bounded: cleared when full.
   */
  private readonly verified = new Map<string, AccessClaims>();
  static readonly VERIFIED_CACHE_SIZE = 10_000;

  /** Verifies signature, algorithm, key id, issuer, audience and lifetime; throws TokenError. */
  verify(token: string, now = Math.floor(Date.now() / 1000)): AccessClaims {
    const known = this.verified.get(token);
    if (known) {
      checkLifetime(known, now);
      return known;
    }
    const claims = this.verifyFully(token, now);
    if (this.verified.size >= TokenSigner.VERIFIED_CACHE_SIZE) this.verified.clear();
    if (Array.isArray(claims.roles)) Object.freeze(claims.roles);
    this.verified.set(token, Object.freeze(claims));
    return claims;
  }

  private verifyFully(token: string, now: number): AccessClaims {
    const parts = token.split('.');
    if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) throw new TokenError('malformed token');
    let header: { alg?: string; kid?: string };
    let claims: AccessClaims;
    try {
      header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      throw new TokenError('malformed token');
    }
    if (header.alg !== 'ES256') throw new TokenError('unsupported algorithm');
    const key = typeof header.kid === 'string' ? this.keys.get(header.kid) : undefined;
    if (!key) throw new TokenError('unknown key');
    const sig = Buffer.from(parts[2], 'base64url');
    if (sig.length !== 64 || !verify('sha256', Buffer.from(`${parts[0]}.${parts[1]}`), { key: key.key, dsaEncoding: 'ieee-p1363' }, sig))
      throw new TokenError('bad signature');
    if (typeof claims !== 'object' || claims === null) throw new TokenError('malformed claims');
    if (claims.iss !== this.issuer || claims.aud !== this.audience) throw new TokenError('wrong issuer or audience');
    checkLifetime(claims, now);
    if (typeof claims.sub !== 'string' || typeof claims.scope !== 'string' || !Array.isArray(claims.roles))
      throw new TokenError('malformed claims');
    return claims;
  }

  jwks(): { keys: JsonWebKey[] } {
    return { keys: [...this.keys.values()].map((k) => ({ ...k.jwk, kid: k.kid, alg: 'ES256', use: 'sig' })) };
  }
}

function checkLifetime(claims: AccessClaims, now: number): void {
  if (typeof claims.exp !== 'number' || claims.exp <= now) throw new TokenError('token expired');
  if (typeof claims.iat === 'number' && claims.iat > now + 60) throw new TokenError('token issued in the future');
}
