import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The purge of old login-attempt windows (LoginThrottle.purgeOld) finds them along this index, not by reading the table. */
export class LoginAttemptsWindow1763800000640 implements MigrationInterface {
  name = 'LoginAttemptsWindow1763800000640';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS login_attempts_window_start ON login_attempts (window_start)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS login_attempts_window_start');
  }
}
