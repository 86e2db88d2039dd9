import { ConfigError } from '@siapkerja/config';
import { rateLimitKey } from '../traffic/rate-limit';
import { trustProxyValue } from '../traffic/traffic.config';
import { canonicalIp, clientIp, routedPath } from './client-ip';

const req = (ip: string | undefined, ips: string[] = [], socket = '127.0.0.1') => ({ ip, ips, socket: { remoteAddress: socket } }) as never;

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

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDRs, range names and hop counts; unset, empty, 0 or false believe no X-Forwarded-For', () => {
    expect(trustProxyValue(undefined)).toBeUndefined();
    expect(trustProxyValue('false')).toBe(false);
    expect(trustProxyValue('0')).toBe(0);
    expect(trustProxyValue('2')).toBe(2);
    expect(trustProxyValue(' loopback, 10.0.0.0/8 ,fd00::/8,192.168.1.0/255.255.255.0')).toBe(
      'loopback,10.0.0.0/8,fd00::/8,192.168.1.0/255.255.255.0',
    );
  });

  it('refuses true (every sender believed) and entries that are no address, CIDR or range name, as configuration errors', () => {
    expect(() => trustProxyValue('true')).toThrow(ConfigError);
    expect(() => trustProxyValue('true')).toThrow(/any sender/);
    expect(() => trustProxyValue('foo')).toThrow(/"foo" is not an IP address/);
    expect(() => trustProxyValue('10.0.0.0/33')).toThrow(/prefix length/);
    expect(() => trustProxyValue('loopback,10.0.0.1/x')).toThrow(ConfigError);
  });
});
