import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/** A webhook target that must not be called (bad URL, or an address inside our network). */
export class TargetRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TargetRefusedError';
  }
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  // Not `::ffff:0:0/96` (IPv4-mapped): Node's BlockList checks every IPv4 address as its mapped IPv6 form, so that range
  // would refuse all of IPv4. Mapped addresses are judged by the IPv4 address they embed (refusedAddressReason).
  ['::', 96], // unspecified, loopback, deprecated IPv4-compatible
  ['64:ff9b::', 96], // NAT64: may reach any IPv4 address, private ones included
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds an IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  blocked.addSubnet(net, prefix, 'ipv6');

/** Expands an IPv6 address into its eight 16-bit groups. */
function ipv6Groups(address: string): number[] | undefined {
  let a = address.toLowerCase().split('%')[0];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) {
    const o = v4[1].split('.').map(Number);
    a = a.slice(0, -v4[1].length) + `${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
  }
  const [head, tail] = a.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = a.includes('::') ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array(fill).fill('0'), ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** Why an IP address must not be called, or undefined when it is a public unicast address. */
export function refusedAddressReason(address: string): string | undefined {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, 'ipv4') ? `${address} is a loopback, private, link-local or reserved address` : undefined;
  if (family === 6) {
    const g = ipv6Groups(address);
    if (!g) return `${address} is not a valid IPv6 address`;
    // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judge the IPv4 address inside
    if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) {
      const v4 = `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
      const inner = refusedAddressReason(v4);
      if (inner) return `${address} maps to ${inner}`;
    }
    return blocked.check(address, 'ipv6') ? `${address} is a loopback, unique-local, link-local, multicast or reserved address` : undefined;
  }
  return `${address} is not an IP address`;
}

export interface TargetPolicy {
  /** allow every private target (local development only) */
  allowPrivate: boolean;
  /** exact host:port targets exempt from the private-address refusal */
  allowedPrivateTargets: string[];
}

export interface CheckedTarget {
  url: URL;
  /** the addresses the host resolved to, all checked; connect to one of these (never resolve again) */
  addresses: { address: string; family: 4 | 6 }[];
}

function hostOf(url: URL): string {
  return url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
}

/** Checks the URL's shape only (no DNS): http(s), no credentials, a host. */
export function parseTargetUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TargetRefusedError('url must be an absolute http or https URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TargetRefusedError('url must use http or https');
  if (url.username || url.password) throw new TargetRefusedError('url must not carry credentials');
  if (!url.hostname) throw new TargetRefusedError('url must name a host');
  if (raw.length > 2048) throw new TargetRefusedError('url must be at most 2048 characters');
  // the URL is stored and called in its encoded form (percent-encoded path, punycode host): it is checked again before
  // every delivery, so one that grows past the limit once encoded would be accepted here and then never delivered
  if (url.href.length > 2048) throw new TargetRefusedError(`url must be at most 2048 characters once encoded (${url.href.length})`);
  return url;
}

/**
 * Resolves the target's host and refuses it when any address it resolves to is loopback, private,
 * link-local, unique-local, unspecified, multicast or reserved (IPv4-mapped IPv6 judged by its IPv4
 * address). Called when a subscription is made and again before every delivery; the delivery then
 * connects to the checked address, so a DNS answer that changes in between (rebinding) cannot redirect it.
 */
export async function checkTarget(raw: string, policy: TargetPolicy): Promise<CheckedTarget> {
  const url = parseTargetUrl(raw);
  const host = hostOf(url);
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const exempt =
    policy.allowPrivate || policy.allowedPrivateTargets.some((t) => t.toLowerCase() === `${url.hostname}:${port}`.toLowerCase());
  let addresses: { address: string; family: 4 | 6 }[];
  const literal = isIP(host);
  if (literal) addresses = [{ address: host, family: literal as 4 | 6 }];
  else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })) as { address: string; family: 4 | 6 }[];
    } catch (e) {
      throw new TargetRefusedError(`host ${host} does not resolve (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!addresses.length) throw new TargetRefusedError(`host ${host} does not resolve`);
  }
  if (!exempt) {
    for (const a of addresses) {
      const reason = refusedAddressReason(a.address);
      if (reason) throw new TargetRefusedError(`url resolves to a refused address: ${reason}`);
    }
  }
  return { url, addresses };
}
