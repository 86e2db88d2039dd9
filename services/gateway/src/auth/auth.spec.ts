import { ForbiddenException } from '@nestjs/common';
import { asCaller, assertRegion, regionWithin } from './caller';
import { signingString } from './hmac';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { keysFromPems, TokenError, TokenSigner } from './jwt';
import { normalizePhone, passwordViolations } from './accounts.service';
import { scopesForRoles } from './scopes';

describe('auth units', () => {
  it('signs and verifies ES256 tokens; refuses expiry, other issuers and other keys', () => {
    const signer = TokenSigner.ephemeral('iss', 'aud');
    const { token } = signer.sign({ sub: 's', scope: 'jobs:read', roles: ['PARTNER'], client_id: 'c' }, 60);
    expect(signer.verify(token)).toMatchObject({ sub: 's', scope: 'jobs:read', client_id: 'c', iss: 'iss', aud: 'aud' });
    expect(() => signer.verify(token, Math.floor(Date.now() / 1000) + 61)).toThrow(TokenError);
    expect(() => TokenSigner.ephemeral('iss', 'aud').verify(token)).toThrow(TokenError);
    const other = new TokenSigner((signer as unknown as { privateKey: never }).privateKey, 'iss', 'other-aud');
    expect(() => other.verify(token)).toThrow(/audience/);
    expect(signer.jwks().keys[0]).toMatchObject({ kty: 'EC', crv: 'P-256', kid: signer.kid });
  });

  it('remembers verified tokens without weakening the checks: lifetime still checked, any other string fully verified', () => {
    const signer = TokenSigner.ephemeral('iss', 'aud');
    const { token } = signer.sign({ sub: 's', scope: 'jobs:read', roles: ['PARTNER'] }, 60);
    const now = Math.floor(Date.now() / 1000);
    expect(signer.verify(token, now).sub).toBe('s');
    expect(signer.verify(token, now)).toBe(signer.verify(token, now)); // the remembered claims, frozen
    expect(Object.isFrozen(signer.verify(token, now))).toBe(true);
    expect(() => signer.verify(token, now + 61)).toThrow(/expired/);
    // same header and claims, another signature: not the remembered string, so verified (and refused)
    const [h, c, sig] = token.split('.');
    const forged = `${h}.${c}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(() => signer.verify(forged, now)).toThrow(/bad signature/);
    // claims changed under the remembered signature: refused
    const changed = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(c, 'base64url').toString()), roles: ['MINISTRY_ADMIN'] })).toString('base64url')}.${sig}`;
    expect(() => signer.verify(changed, now)).toThrow(/bad signature/);
  });

  it('rotates signing keys: tokens of the previous key verify until they expire, the JWKS lists both, a dropped key is refused', () => {
    const oldKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const newKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = (k: KeyObject) => k.export({ format: 'pem', type: k.type === 'private' ? 'pkcs8' : 'spki' }).toString();
    const before = TokenSigner.fromPem(pem(oldKey.privateKey), 'iss', 'aud');
    const oldToken = before.sign({ sub: 's', scope: 'jobs:read', roles: ['PARTNER'] }, 300).token;
    // the previous key may be given as its public key only
    const after = TokenSigner.fromPem(pem(newKey.privateKey), 'iss', 'aud', pem(oldKey.publicKey));
    expect(after.kid).not.toBe(before.kid);
    expect(after.verify(oldToken).sub).toBe('s');
    const newToken = after.sign({ sub: 't', scope: 'jobs:read', roles: ['PARTNER'] }, 300).token;
    expect(JSON.parse(Buffer.from(newToken.split('.')[0], 'base64url').toString()).kid).toBe(after.kid);
    expect(after.jwks().keys.map((k) => k.kid)).toEqual([after.kid, before.kid]);
    expect(() => before.verify(newToken)).toThrow(/unknown key/);
    const dropped = TokenSigner.fromPem(pem(newKey.privateKey), 'iss', 'aud');
    expect(() => dropped.verify(oldToken)).toThrow(/unknown key/);
    expect(keysFromPems(`${pem(oldKey.privateKey)}\n${pem(newKey.publicKey)}`)).toHaveLength(2);
  });

  it('bounds officers to their region, not others', () => {
    expect(regionWithin('33.73', '33')).toBe(true);
    expect(regionWithin('33.73.04', '33.73')).toBe(true);
    expect(regionWithin('33', '33.73')).toBe(false);
    expect(regionWithin('330', '33')).toBe(false);
    const officer = { sub: 'x', scopes: [], roles: ['DISNAKER_REGENCY'], regionCode: '33.73' };
    expect(() => assertRegion(officer, '33.73')).not.toThrow();
    expect(() => assertRegion(officer, '33.74')).toThrow(ForbiddenException);
    expect(() => assertRegion(officer, undefined)).toThrow(ForbiddenException);
    expect(() => assertRegion({ ...officer, regionCode: undefined }, '33.73')).toThrow(ForbiddenException);
    expect(() => assertRegion({ sub: 'p', scopes: [], roles: ['PARTNER'] }, '11.01')).not.toThrow();
  });

  it('puts the caller into x-caller gRPC metadata', () => {
    const opts = asCaller({ sub: 'c1', scopes: ['jobs:read'], roles: ['PARTNER'], clientId: 'c1' }, { idempotent: true });
    expect(opts.idempotent).toBe(true);
    expect(JSON.parse(opts.metadata!['x-caller'])).toEqual({ sub: 'c1', roles: ['PARTNER'], clientId: 'c1' });
  });

  it('builds the HMAC string to sign, password rules, phone numbers, role scopes', () => {
    expect(signingString('c', '1', 'n', 'post', '/v1/x?a=1', '')).toBe(
      'c\n1\nn\nPOST\n/v1/x?a=1\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(passwordViolations('abcdefghij1', {})).toEqual([]);
    expect(passwordViolations('abcdefghij', {}).map((v) => v.description)).toEqual(['password must contain letters and digits']);
    expect(passwordViolations('kopi-1234567', { name: 'Siti Rahayu' }).length).toBe(0);
    expect(passwordViolations('rahayu-1234567', { name: 'Siti Rahayu' }).length).toBe(1);
    expect(normalizePhone('0812-3456-7890')).toBe('+6281234567890');
    expect(normalizePhone('12')).toBeUndefined();
    expect(scopesForRoles(['JOB_SEEKER'])).not.toContain('jobs:write');
    expect(scopesForRoles(['MINISTRY_ADMIN'])).toContain('admin:write');
    // Disnaker officers run their region's AK/1 register, BLK and TKM programs, and only read certification
    for (const officer of ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE']) {
      expect(scopesForRoles([officer])).toEqual(
        expect.arrayContaining(['jobs:write', 'training:write', 'entrepreneurship:write', 'certification:read', 'reports:read']),
      );
      expect(scopesForRoles([officer])).not.toContain('certification:write');
      expect(scopesForRoles([officer])).not.toContain('admin:read');
    }
  });
});
