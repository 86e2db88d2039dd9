import { runWithContext } from '@siapkerja/logging';
import {
  addressBlock,
  canonicalIp,
  clientIp,
  assertRegionAllowed,
  CALLER_SIGNATURE_TTL_MS,
  CallerSigner,
  CallerVerifier,
  hasScope,
  parseCaller,
  regionWithin,
  serviceCaller,
  signCaller,
  verifyCallerSignature,
} from './index';

describe('authz', () => {
  it('parses the caller metadata defensively', () => {
    expect(parseCaller(JSON.stringify({ sub: 'c1', roles: ['DISNAKER_PROVINCE', 'GOD'], regionCode: '33', clientId: 'x' }))).toEqual({
      sub: 'c1',
      roles: ['DISNAKER_PROVINCE'],
      regionCode: '33',
      clientId: 'x',
    });
    expect(parseCaller('{bad')).toBeUndefined();
    expect(parseCaller(JSON.stringify({ roles: [] }))).toBeUndefined();
    expect(parseCaller(JSON.stringify({ sub: 's', roles: [], regionCode: '33; drop' }))).toEqual({ sub: 's', roles: [] });
    // the token's scopes (well-formed ones only) and the stated purpose travel with the caller
    expect(
      parseCaller(JSON.stringify({ sub: 's', roles: [], scopes: ['jobs:write', 'openid', 'x y', 7], purpose: 'SUPERVISION' })),
    ).toEqual({ sub: 's', roles: [], scopes: ['jobs:write', 'openid'], purpose: 'SUPERVISION' });
    expect(parseCaller(JSON.stringify({ sub: 's', roles: [], purpose: 'x'.repeat(129) }))).toEqual({ sub: 's', roles: [] });
    expect(hasScope(parseCaller(JSON.stringify({ sub: 's', roles: [], scopes: ['jobs:write'] })), 'jobs:write')).toBe(true);
    expect(hasScope({ sub: 's', roles: [] }, 'jobs:write')).toBe(false);
    const org = '5b1e7c2a-3d4f-4a6b-8c9d-0e1f2a3b4c5d';
    expect(parseCaller(JSON.stringify({ sub: 's', roles: ['LSP'], organizationId: org }))).toEqual({
      sub: 's',
      roles: ['LSP'],
      organizationId: org,
    });
    expect(parseCaller(JSON.stringify({ sub: 's', roles: ['LSP'], organizationId: "x' OR 1=1" }))).toEqual({ sub: 's', roles: ['LSP'] });
  });

  it('matches regions by prefix on dotted boundaries', () => {
    expect(regionWithin('33.73', '33')).toBe(true);
    expect(regionWithin('33.73.04', '33.73')).toBe(true);
    expect(regionWithin('33', '33.73')).toBe(false);
    expect(regionWithin('331', '33')).toBe(false);
    expect(regionWithin('32.73', '33')).toBe(false);
  });

  it('refuses officers outside their region and leaves others alone', () => {
    const province = { sub: 'p', roles: ['DISNAKER_PROVINCE' as const], regionCode: '33' };
    const regency = { sub: 'r', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.73' };
    expect(() => assertRegionAllowed('33.74', province)).not.toThrow();
    expect(() => assertRegionAllowed('32.73', province)).toThrow(/outside the caller's region 33/);
    expect(() => assertRegionAllowed('33.74', regency)).toThrow(/PERMISSION|outside/);
    expect(() => assertRegionAllowed('33', regency)).toThrow();
    expect(() => assertRegionAllowed('32.73', { sub: 'a', roles: ['MINISTRY_ADMIN'] })).not.toThrow();
    expect(() => assertRegionAllowed('32.73', undefined)).not.toThrow();
    runWithContext({ correlationId: 'c-12345678', caller: regency }, () => expect(() => assertRegionAllowed('32.73')).toThrow());
  });

  it('refuses an officer without a region everything, and a record without a region to every officer', () => {
    const unbound = { sub: 'u', roles: ['DISNAKER_REGENCY' as const] };
    const regency = { sub: 'r', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.73' };
    expect(() => assertRegionAllowed('33.73', unbound)).toThrow(/not bound to a region/);
    expect(() => assertRegionAllowed('', regency)).toThrow(/Region \(none\) is outside/);
    expect(() => assertRegionAllowed(undefined, regency)).toThrow(/outside/);
    expect(() => assertRegionAllowed('33.74', regency, 'regionCode')).toThrow(/^regionCode 33\.74 is outside the caller's region 33\.73$/);
    expect(() => assertRegionAllowed(undefined, { sub: 'p', roles: ['PARTNER'] })).not.toThrow();
  });

  it('signs the caller so that only the holder of the secret can vouch for it, for a bounded time', () => {
    const secret = 'caller-secret-0123456789abcdef-0123456789';
    const caller = JSON.stringify({ sub: 'a', roles: ['MINISTRY_ADMIN'] });
    const now = 1_800_000_000_000;
    const sig = signCaller(caller, secret, now);
    expect(sig).toMatch(/^v1\.1800000000000\.[A-Za-z0-9_-]{43}$/);
    expect(verifyCallerSignature(caller, sig, secret, now + 1000)).toBe(true);
    expect(verifyCallerSignature(caller, sig, 'another-secret-0123456789abcdef-012345', now)).toBe(false);
    expect(verifyCallerSignature(caller.replace('MINISTRY_ADMIN', 'PARTNER'), sig, secret, now)).toBe(false);
    expect(verifyCallerSignature(caller, sig, secret, now + CALLER_SIGNATURE_TTL_MS + 1)).toBe(false);
    expect(verifyCallerSignature(caller, sig, secret, now - CALLER_SIGNATURE_TTL_MS - 1)).toBe(false);
    expect(verifyCallerSignature(caller, undefined, secret, now)).toBe(false);
    expect(verifyCallerSignature(caller, sig.slice(0, -1), secret, now)).toBe(false);
    expect(JSON.parse(serviceCaller('jobs'))).toEqual({ sub: 'service:jobs', roles: [] });
  });

  it('reuses a caller signature for a second and accepts a verified one again only while it is fresh and for the same caller', () => {
    const secret = 'test-caller-secret-0123456789abcdef-0123';
    const caller = JSON.stringify({ sub: 'client:x', roles: ['MINISTRY_ADMIN'] });
    const other = JSON.stringify({ sub: 'client:y', roles: ['PARTNER'] });
    const now = Date.now();
    const signer = new CallerSigner(secret);
    const sig = signer.sign(caller, now);
    expect(signer.sign(caller, now + 999)).toBe(sig);
    expect(signer.sign(caller, now + 1000)).toBe(signCaller(caller, secret, now + 1000));
    expect(signer.sign(other, now)).toBe(signCaller(other, secret, now));

    const verifier = new CallerVerifier(secret);
    expect(verifier.verify(caller, sig, now)).toBe(true);
    // remembered: still only for the caller it was made for, and only while fresh
    expect(verifier.verify(caller, sig, now + 1000)).toBe(true);
    expect(verifier.verify(other, sig, now)).toBe(false);
    expect(verifier.verify(caller, sig, now + CALLER_SIGNATURE_TTL_MS + 1)).toBe(false);
    expect(verifier.verify(caller, sig, now - CALLER_SIGNATURE_TTL_MS - 1)).toBe(false);
    expect(verifier.verify(caller, undefined, now)).toBe(false);
    expect(verifier.verify(caller, sig.slice(0, -1), now)).toBe(false);
    expect(new CallerVerifier('another-secret-0123456789abcdef-012345').verify(caller, sig, now)).toBe(false);
  });
});

describe('addressBlock: what per-address limits count', () => {
  it('counts an IPv4 address as itself and an IPv6 address as its /64, however it is written', () => {
    expect(addressBlock('203.0.113.5')).toBe('203.0.113.5');
    for (const ip of ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:DB8:1:2:a:b:c:d', '2001:db8:1:2::5%eth0'])
      expect({ ip, block: addressBlock(ip) }).toEqual({ ip, block: '2001:db8:1:2::/64' });
    expect(addressBlock('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressBlock('::1')).toBe('0:0:0:0::/64');
    expect(addressBlock('fe80::1')).toBe('fe80:0:0:0::/64');
    expect(addressBlock('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(addressBlock('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(addressBlock('unknown')).toBe('unknown');
  });
});

const req = (ip: string | undefined, ips: string[] = [], socket = '127.0.0.1') => ({ ip, ips, socket: { remoteAddress: socket } });

describe('clientIp', () => {
  it('answers the address Express derived, in one canonical form', () => {
    expect(clientIp(req('203.0.113.5'))).toBe('203.0.113.5');
    expect(clientIp(req('::ffff:203.0.113.5'))).toBe('203.0.113.5');
    expect(clientIp(req('2001:DB8:0:0::1'))).toBe('2001:db8::1');
    expect(canonicalIp('fe80::1%eth0')).toBe('fe80::1%eth0');
  });

  it('never answers the text of X-Forwarded-For: a made-up entry falls back to the trusted hop that reported it, else the socket', () => {
    expect(clientIp(req('spoof-1', ['spoof-1', '198.51.100.7']))).toBe('198.51.100.7');
    expect(clientIp(req('203.0.113.5:4711', ['203.0.113.5:4711']))).toBe('127.0.0.1');
    expect(clientIp(req(`${'9'.repeat(5000)}`, [], '::ffff:10.0.0.1'))).toBe('10.0.0.1');
    expect(clientIp(req(undefined, [], ''))).toBe('unknown');
  });
});
