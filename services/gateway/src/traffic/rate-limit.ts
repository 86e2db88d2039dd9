import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { addressBlock, clientIp } from '@siapkerja/authz';
import { CALLER_KEY } from '../auth/caller';

/** Metadata key of {@link BulkLane}. */
export const BULK_LANE = 'siapkerja:traffic:bulk-lane';

/**
 * Puts a route (or every route of a controller) in the bulk lane: its own counter per client with
 * the larger RATE_LIMIT_BULK_PER_MINUTE. Paths under /v1/bulk/ are in the bulk lane without it.
 */
export const BulkLane = (): MethodDecorator & ClassDecorator => SetMetadata(BULK_LANE, true);

/**
 * Who a request is counted against: the caller the auth guard verified (its OAuth client, else the
 * token subject), else the client's address block (clientIp: an address, never the text of X-Forwarded-For as sent;
 * addressBlock: an IPv6 client by its /64, which it could otherwise rotate at will). Claims of an unverified token are never used (anyone could
 * mint a token naming another client and spend its budget).
 */
export function rateLimitKey(req: Request): string {
  const r = req as unknown as Record<string, { clientId?: unknown; sub?: unknown } | undefined>;
  const caller = r[CALLER_KEY] ?? r.principal;
  const id = caller?.clientId ?? caller?.sub;
  if (typeof id === 'string' && id.length > 0) return `client:${id}`;
  return `ip:${addressBlock(clientIp(req))}`;
}

export const WINDOW_SECONDS = 60;

export interface RateLimitDecision {
  limit: number;
  remaining: number;
  /** seconds until the window resets */
  resetSeconds: number;
  allowed: boolean;
}

/**
 * Fixed windows (one minute unless `windowSeconds` says otherwise; the login throttle uses 15 minutes)
 * counted in PostgreSQL, so every gateway replica shares them: one statement per request
 * (upsert + increment, returning the count and the seconds left).
 * Fixed windows allow at most twice the limit across a window boundary; that is the price of a
 * single round trip.
 */
export async function consume(ds: DataSource, key: string, limit: number, windowSeconds = WINDOW_SECONDS): Promise<RateLimitDecision> {
  const r = await reserve(ds, key, limit, 1, windowSeconds);
  return { limit, remaining: Math.max(0, limit - r.count), resetSeconds: r.resetSeconds, allowed: r.granted > 0 };
}

/** Takes one unit back from the key's current window (an attempt that turned out not to count, e.g. a successful login). */
export async function giveBack(ds: DataSource, key: string, windowSeconds = WINDOW_SECONDS): Promise<void> {
  await ds.query(
    `UPDATE rate_limit_counters SET count = greatest(count - 1, 0)
      WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM clock_timestamp()) / $2::int) * $2::int)`,
    [key, windowSeconds],
  );
}

/** Forgets every window of a key. */
export async function clearKey(ds: DataSource, key: string): Promise<void> {
  await ds.query(`DELETE FROM rate_limit_counters WHERE key = $1`, [key]);
}

/** Deletes windows that can no longer be read (each row knows its own window length). */
export async function deleteOldWindows(ds: DataSource): Promise<void> {
  await ds.query(
    `DELETE FROM rate_limit_counters
      WHERE window_start < now() - make_interval(secs => $1) AND window_start + make_interval(secs => window_seconds + $2) < now()`,
    [2 * WINDOW_SECONDS, WINDOW_SECONDS],
  );
}

/**
 * Reserves up to `want` units of the key's current window in one statement and says how many were granted: never more
 * than the limit leaves, so the shared count stays the authority (granted units are counted even if never used).
 */
export async function reserve(
  ds: DataSource,
  key: string,
  limit: number,
  want: number,
  windowSeconds = WINDOW_SECONDS,
): Promise<{ granted: number; count: number; windowStart: number; resetSeconds: number }> {
  const rows: { count: number; reset: number; start: string }[] = await ds.query(
    `INSERT INTO rate_limit_counters AS c (key, window_start, count, window_seconds)
     VALUES ($1, to_timestamp(floor(extract(epoch FROM clock_timestamp()) / $2::int) * $2::int), $3::int, $2::int)
     ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + $3::int
     RETURNING c.count, ceil(extract(epoch FROM c.window_start + make_interval(secs => $2::int) - clock_timestamp()))::int AS reset,
               extract(epoch FROM c.window_start)::bigint AS start`,
    [key, windowSeconds, want],
  );
  const { count, reset, start } = rows[0];
  const before = count - want;
  return {
    granted: Math.max(0, Math.min(want, limit - before)),
    count,
    windowStart: Number(start),
    resetSeconds: Math.max(1, Math.min(windowSeconds, reset)),
  };
}

/**
 * Per-replica budgets leased from the shared PostgreSQL counters, so a busy client does not write its counter row on every
 * request (one hot row serialises every replica's requests on its lock). A key starts with leases of one unit (exact, as
 * before) and doubles its lease while it keeps coming back within the window, up to `limit / 20` (at most 5% of a window's
 * allowance can sit unused in one replica's lease) and `maxLease`. The shared count never exceeds the limit; a replica may
 * refuse while another still holds unused units of the same window.
 */
export class RateLimitLeases {
  private readonly leases = new Map<
    string,
    { windowStart: number; windowEnd: number; left: number; lease: number; count: number; exhausted: boolean }
  >();

  constructor(
    private readonly ds: DataSource,
    private readonly maxLease = 100,
    private readonly now: () => number = Date.now,
  ) {}

  /** reservations in flight per key: concurrent requests of a key whose lease ran out wait for one round trip, not one each */
  private readonly inFlight = new Map<string, Promise<unknown>>();

  async consume(key: string, limit: number, windowSeconds = WINDOW_SECONDS): Promise<RateLimitDecision> {
    let waited = false;
    for (;;) {
      const pending = this.inFlight.get(key);
      if (!pending) break;
      waited = true;
      await pending.catch(() => undefined);
    }
    const nowS = this.now() / 1000;
    const l = this.leases.get(key);
    if (l && nowS < l.windowEnd && l.left > 0) {
      l.left--;
      const used = l.count - l.left;
      return { limit, remaining: Math.max(0, limit - used), resetSeconds: Math.max(1, Math.ceil(l.windowEnd - nowS)), allowed: true };
    }
    // requests that waited for a reservation which found the limit reached share its answer: a flood of refused requests
    // costs one round trip per wave, not one each (a request arriving later asks again, so a reset counter is seen)
    if (waited && l && nowS < l.windowEnd && l.exhausted)
      return { limit, remaining: 0, resetSeconds: Math.max(1, Math.ceil(l.windowEnd - nowS)), allowed: false };
    const cap = Math.max(1, Math.min(this.maxLease, Math.floor(limit / 20)));
    const want = l && nowS < l.windowEnd ? Math.min(cap, l.lease * 2) : 1;
    const reservation = reserve(this.ds, key, limit, want, windowSeconds);
    this.inFlight.set(key, reservation);
    let r: Awaited<typeof reservation>;
    try {
      r = await reservation;
    } finally {
      this.inFlight.delete(key);
    }
    if (this.leases.size > 10_000) this.leases.clear(); // bounded memory: forgetting leases only costs a round trip
    const lease = {
      windowStart: r.windowStart,
      windowEnd: r.windowStart + windowSeconds,
      left: Math.max(0, r.granted - 1),
      lease: want,
      count: r.count,
      exhausted: r.granted < want,
    };
    this.leases.set(key, lease);
    // units granted to this replica but not yet used do not count as used in the answer
    const used = r.count - lease.left - (want - r.granted);
    return { limit, remaining: Math.max(0, limit - used), resetSeconds: r.resetSeconds, allowed: r.granted > 0 };
  }
}
