import { isIP } from 'node:net';
import type { VarSpec } from './config-error';

const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Why one comma-separated entry is not an address, a CIDR or a range name; undefined when it is one. */
function entryProblem(entry: string): string | undefined {
  if (RANGE_NAMES.has(entry)) return undefined;
  const slash = entry.indexOf('/');
  const kind = isIP(slash < 0 ? entry : entry.slice(0, slash));
  if (!kind) return `"${entry.slice(0, 64)}" is not an IP address, a CIDR or one of loopback, linklocal, uniquelocal`;
  if (slash < 0) return undefined;
  const range = entry.slice(slash + 1);
  const bits = kind === 4 ? 32 : 128;
  if ((/^\d{1,3}$/.test(range) && Number(range) <= bits) || (kind === 4 && isIP(range) === 4)) return undefined; // or a netmask
  return `"${entry.slice(0, 64)}" has no valid prefix length (0 to ${bits})`;
}

/**
 * Which proxies' X-Forwarded-For is believed (Express's `trust proxy`): their addresses or CIDRs (or `loopback`,
 * `linklocal`, `uniquelocal`), comma-separated, or a hop count; `false` or `0` believe none. `true` (every sender
 * believed) is refused: a client could name any address and dodge every per-address limit; so is an entry that is no
 * address, CIDR or range name (Express would throw a TypeError at start).
 */
export function trustProxy(opts: { optional?: boolean; description?: string } = {}): VarSpec<boolean | number | string> {
  return {
    kind: 'trust proxy',
    optional: opts.optional ?? false,
    description: opts.description,
    parse(raw) {
      const v = raw.trim();
      if (v === 'false') return false;
      if (/^\d+$/.test(v)) return Number(v);
      if (v === 'true')
        throw new Error(
          'true would believe X-Forwarded-For from any sender (a client could name any address and dodge the per-IP limits ' +
            "and the login throttle): give the proxies' addresses or CIDRs, or a hop count",
        );
      const entries = v.split(',').map((e) => e.trim());
      const problems = entries.map(entryProblem).filter((p): p is string => p !== undefined);
      if (problems.length) throw new Error(problems.join('; '));
      return entries.join(',');
    },
  };
}
