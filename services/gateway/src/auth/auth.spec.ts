import { ForbiddenException } from '@nestjs/common';
import { asCaller, assertRegion, regionWithin } from './caller';
import { signingString } from './hmac';

describe('auth units', () => {
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

  it('builds the HMAC string to sign', () => {
    expect(signingString('c', '1', 'n', 'post', '/v1/x?a=1', '')).toBe(
      'c\n1\nn\nPOST\n/v1/x?a=1\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
