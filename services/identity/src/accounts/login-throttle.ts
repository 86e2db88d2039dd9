import type { DataSource } from 'typeorm';

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
    if (Math.random() < 0.01) await this.ds.query(`DELETE FROM login_attempts WHERE window_start < now() - interval '1 day'`);
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

  async clear(key: string): Promise<void> {
    await this.ds.query(`DELETE FROM login_attempts WHERE key = $1`, [key]);
  }
}
