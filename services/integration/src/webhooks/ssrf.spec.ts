import { checkTarget, refusedAddressReason, TargetRefusedError } from './ssrf';

const strict = { allowPrivate: false, allowedPrivateTargets: [] };

/** Webhook targets: public unicast addresses are accepted, everything inside a network or reserved is refused. */
describe('refusedAddressReason', () => {
  it.each([
    ['1.1.1.1'],
    ['8.8.8.8'],
    ['9.9.9.9'],
    ['203.0.114.1'], // just outside the TEST-NET-3 documentation range
    ['100.128.0.1'], // just outside CGNAT 100.64/10
    ['172.32.0.1'], // just outside 172.16/12
    ['223.255.255.254'], // last unicast /8 below multicast
    ['2606:4700:4700::1111'],
    ['2001:4860:4860::8888'],
    ['::ffff:1.1.1.1'], // IPv4-mapped form of a public address
    ['::ffff:808:808'], // the same, hexadecimal
  ])('accepts the public address %s', (address) => {
    expect(refusedAddressReason(address)).toBeUndefined();
  });

  it.each([
    ['10.0.0.1', 'private 10/8'],
    ['10.255.255.255', 'private 10/8'],
    ['172.16.0.1', 'private 172.16/12'],
    ['172.31.255.254', 'private 172.16/12'],
    ['192.168.0.1', 'private 192.168/16'],
    ['192.168.255.255', 'private 192.168/16'],
    ['127.0.0.1', 'loopback 127/8'],
    ['127.255.255.254', 'loopback 127/8'],
    ['169.254.169.254', 'link-local 169.254/16 (cloud metadata)'],
    ['100.64.0.1', 'CGNAT 100.64/10'],
    ['100.127.255.254', 'CGNAT 100.64/10'],
    ['224.0.0.1', 'multicast 224/4'],
    ['239.255.255.250', 'multicast 224/4'],
    ['0.0.0.0', 'unspecified 0/8'],
    ['0.1.2.3', '"this network" 0/8'],
    ['240.0.0.1', 'reserved 240/4'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.0.8', 'IETF protocol assignments 192.0.0/24'],
    ['192.0.2.1', 'documentation 192.0.2/24'],
    ['198.51.100.7', 'documentation 198.51.100/24'],
    ['203.0.113.9', 'documentation 203.0.113/24'],
    ['198.18.0.1', 'benchmarking 198.18/15'],
    ['::1', 'IPv6 loopback'],
    ['::', 'IPv6 unspecified'],
    ['fe80::1', 'IPv6 link-local fe80::/10'],
    ['febf::1', 'IPv6 link-local fe80::/10'],
    ['fc00::1', 'IPv6 unique-local fc00::/7'],
    ['fd12:3456:789a::1', 'IPv6 unique-local fc00::/7'],
    ['ff02::1', 'IPv6 multicast ff00::/8'],
    ['ff0e::1', 'IPv6 multicast ff00::/8'],
    ['2001:db8::1', 'IPv6 documentation'],
    ['64:ff9b::a00:1', 'NAT64 (may reach any IPv4 address)'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local (hexadecimal)'],
    ['::ffff:192.168.1.1', 'IPv4-mapped private'],
    ['::ffff:100.64.0.1', 'IPv4-mapped CGNAT'],
    ['::127.0.0.1', 'IPv4-compatible loopback'],
  ])('refuses %s (%s)', (address) => {
    expect(refusedAddressReason(address)).toEqual(expect.stringContaining(address));
  });

  it('refuses what is not an IP address', () => {
    expect(refusedAddressReason('example.com')).toMatch(/not an IP address/);
  });
});

describe('checkTarget', () => {
  it.each(['https://1.1.1.1/hook', 'http://8.8.8.8:8080/x', 'https://[2606:4700:4700::1111]/hook', 'https://[::ffff:1.1.1.1]/'])(
    'accepts %s',
    async (url) => {
      const t = await checkTarget(url, strict);
      expect(t.addresses).toHaveLength(1);
    },
  );

  it.each([
    'http://10.1.2.3/',
    'http://172.16.0.1/',
    'http://192.168.1.1/',
    'http://127.0.0.1:8080/',
    'http://169.254.169.254/latest/meta-data/',
    'http://100.64.0.1/',
    'http://224.0.0.1/',
    'http://0.0.0.0/',
    'http://240.0.0.1/',
    'http://255.255.255.255/',
    'http://192.0.2.10/',
    'http://[::1]/',
    'http://[::]/',
    'http://[fe80::1]/',
    'http://[fd00::1]/',
    'http://[ff02::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://2130706433/', // 127.0.0.1 as one number
    'ftp://example.com/',
    'http://user:pw@example.com/',
    'not a url',
  ])('refuses %s', async (url) => {
    await expect(checkTarget(url, strict)).rejects.toBeInstanceOf(TargetRefusedError);
  });

  it('lets the exact allowed host:port through, and nothing else on that host', async () => {
    const policy = { allowPrivate: false, allowedPrivateTargets: ['127.0.0.1:4000'] };
    await expect(checkTarget('http://127.0.0.1:4000/hook', policy)).resolves.toBeDefined();
    await expect(checkTarget('http://127.0.0.1:4001/hook', policy)).rejects.toBeInstanceOf(TargetRefusedError);
  });
});
