import { isIP } from 'node:net';

/**
 * The block of addresses one client holds, as per-address limits count it (the gateway's per-IP rate limit, identity's
 * login throttle): an IPv4 address is itself; an IPv6 address is its /64, the prefix one subscriber line or host is given
 * (RFC 6177, and SLAAC picks the low 64 bits at will: a client rotating them would be a new client each time). Anything
 * that is no IP address is returned as given.
 */
export function addressBlock(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  const [address] = ip.split('%'); // a zone id (fe80::1%eth0) names an interface, not an address
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  // an embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups
  const expand = (gs: string[]) => gs.flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const l = expand(left);
  const r = expand(right);
  const groups = address.includes('::') ? [...l, ...Array<string>(8 - l.length - r.length).fill('0'), ...r] : l;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
