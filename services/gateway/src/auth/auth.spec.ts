import { asCaller, regionWithin } from './caller';
import { signingString } from './hmac';

describe('auth units', () => {
  it('bounds officers to their region, not others', () => {
    expect(regionWithin('33.73', '33')).toBe(true);
    expect(regionWithin('33.73.04', '33.73')).toBe(true);
    expect(regionWithin('33', '33.73')).toBe(false);
    expect(regionWithin('330', '33')).toBe(false);
    // the officers' rule itself (assertRegionAllowed) is the services': libs/authz/src/authz.spec.ts
  });

  it('puts the caller into x-caller gRPC metadata', () => {
    const opts = asCaller({ sub: 'c1', scopes: ['jobs:read'], roles: ['PARTNER'], clientId: 'c1' }, { idempotent: true });
    expect(opts.idempotent).toBe(true);
    // the token's scopes travel too: services decide scope-dependent rules (e.g. registering someone else needs jobs:write)
    expect(JSON.parse(opts.metadata!['x-caller'])).toEqual({ sub: 'c1', roles: ['PARTNER'], clientId: 'c1', scopes: ['jobs:read'] });
    // the stated purpose of an unmasked read (X-Purpose, as sent) is checked by the service that reads
    const withPurpose = asCaller({ sub: 'o', scopes: [], roles: ['DISNAKER_REGENCY'], regionCode: '33.73', purpose: 'supervision' });
    expect(JSON.parse(withPurpose.metadata!['x-caller'])).toMatchObject({ purpose: 'supervision', regionCode: '33.73' });
  });

  it('builds the HMAC string to sign', () => {
    expect(signingString('c', '1', 'n', 'post', '/v1/x?a=1', '')).toBe(
      'c\n1\nn\nPOST\n/v1/x?a=1\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });
});
