import type { DataSource } from 'typeorm';

/** Windows purged per statement: a purge is one short statement, whatever the table's size. */
export const LOGIN_ATTEMPTS_PURGE_BATCH = 1000;

/**
 * Windows older than a day, oldest first, at most $1 of them, deleted: found along login_attempts_window_start and deleted
 * by their row addresses (a TID scan; no join to the table). A day-old window is no longer written, so its address is
 * stable. The purge without the index read the whole table, one login in a hundred: a table holding a row per account and
 * per address for every window of the day, under a wave of logins.
 */
export const LOGIN_ATTEMPTS_PURGE_SQL = `DELETE FROM login_attempts
  WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM login_attempts WHERE window_start < now() - interval '1 day' ORDER BY window_start LIMIT $1))`;

/** Fixed-window counters of login attempts in identity's database (shared by every replica). */
export class LoginThrottle {
  constructor(private readonly ds: DataSource) {}

  /** Takes one unit of `key`'s window; allowed while the count stays within `limit`. */
  async consume(key: string, limit: number, windowS: number): Promise<{ allowed: boolean; resetSeconds: number }> {
    const [r] = await this.ds.query(
      `INSERT INTO login_attempts AS a (key, window_start, count, window_seconds)
       VALUES ($1, to_timestamp(floor(extract(epoch FROM clock_timestamp()) / $2::int) * $2::int), 1, $2::int)
       ON CONFLICT (key, window_start) DO UPDATE SET count = a.count + 1
       RETURNING a.count, ceil(extract(epoch FROM a.window_start + make_interval(secs => $2::int) - clock_timestamp()))::int AS reset`,
      [key, windowS],
    );
    // one login in a hundred purges a batch of old windows, after its answer (housekeeping never fails or slows a login)
    if (Math.random() < 0.01) void this.purgeOld().catch(() => undefined);
    return { allowed: r.count <= limit, resetSeconds: Math.max(1, r.reset) };
  }

  /** Gives back the unit of a successful attempt. */
  async giveBack(key: string, windowS: number): Promise<void> {
    await this.ds.query(
      `UPDATE login_attempts SET count = greatest(count - 1, 0)
        WHERE key = $1 AND window_start = to_timestamp(floor(extract(epoch FROM clock_timestamp()) / $2::int) * $2::int)`,
      [key, windowS],
    );
  }

  /** Deletes up to {@link LOGIN_ATTEMPTS_PURGE_BATCH} windows older than a day; answers how many. */
  async purgeOld(): Promise<number> {
    const [, n] = (await this.ds.query(LOGIN_ATTEMPTS_PURGE_SQL, [LOGIN_ATTEMPTS_PURGE_BATCH])) as [unknown, number];
    return n;
  }

  async clear(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_attempts WHERE key = $1`, [key]);
  }
}
