import { isIP } from 'node:net';

/** An IPv4 address written as IPv4-mapped IPv6 (`::ffff:203.0.113.5`, as a dual-stack socket reports it). */
const IPV4_MAPPED = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i;

/**
 * The address in one canonical form (IPv4-mapped IPv6 as IPv4, IPv6 lower-case and compressed), so one client is one
 * key however its address is written; undefined when `raw` is no IP address.
 */
export function canonicalIp(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const v = raw.trim();
  const mapped = IPV4_MAPPED.exec(v);
  if (mapped && isIP(mapped[1]) === 4) return mapped[1];
  const kind = isIP(v);
  if (kind === 4) return v;
  if (kind !== 6) return undefined;
  try {
    return new URL(`http://[${v}]/`).hostname.slice(1, -1);
  } catch {
    return v.toLowerCase(); // a zone id (fe80::1%eth0): kept as written
  }
}

/**
 * The client address of a request, as the per-IP rate limit and identity's login throttle count it: Express's `req.ip`
 * (the socket address, or the address the proxies TRUST_PROXY names report in X-Forwarded-For) when it is an IP address.
 * X-Forwarded-For holds any text its sender wrote: when the first untrusted entry is no address (`spoof-1`,
 * `203.0.113.5:4711`), the nearest address that is one stands for the client (the trusted hop that reported the text,
 * else the socket's), so a made-up string never becomes a client of its own.
 */
export function clientIp(req: { ip?: string; ips?: string[]; socket?: { remoteAddress?: string } }): string {
  const fromProxies = Array.isArray(req.ips) ? req.ips : [];
  for (const candidate of [req.ip, ...fromProxies, req.socket?.remoteAddress]) {
    const ip = canonicalIp(candidate);
    if (ip) return ip;
  }
  return 'unknown';
}

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
