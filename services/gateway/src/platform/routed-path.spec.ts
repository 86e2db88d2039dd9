import { rateLimitKey } from '../traffic/rate-limit';
import { routedPath } from './routed-path';

const req = (ip: string | undefined, ips: string[] = [], socket = '127.0.0.1') => ({ ip, ips, socket: { remoteAddress: socket } }) as never;

describe('rateLimitKey of a request without a caller', () => {
  it('counts an IPv4 client by its address and an IPv6 client by its /64, which it could otherwise rotate at will', () => {
    expect(rateLimitKey(req('203.0.113.5'))).toBe('ip:203.0.113.5');
    expect(rateLimitKey(req('2001:db8:1:2::1'))).toBe('ip:2001:db8:1:2::/64');
    expect(rateLimitKey(req('2001:db8:1:2:dead:beef:0:7'))).toBe('ip:2001:db8:1:2::/64');
    expect(rateLimitKey(req('2001:db8:1:3::1'))).toBe('ip:2001:db8:1:3::/64');
  });
});

describe('routedPath', () => {
  it('is the lower-case path of an origin-form or an absolute-form target', () => {
    expect(routedPath({ path: '/V1/Employers', originalUrl: '/V1/Employers?x=1' } as never)).toBe('/v1/employers');
    expect(routedPath({ path: '/v1/employers', originalUrl: 'http://host/v1/employers' } as never)).toBe('/v1/employers');
  });
});
