import { indexMigration } from '@siapkerja/persistence';

/** The purge of old login-attempt windows (LoginThrottle.purgeOld) finds them along this index, not by reading the table. */
export const LoginAttemptsWindow1763800000640 = indexMigration(
  'LoginAttemptsWindow1763800000640',
  'login_attempts_window_start',
  'login_attempts (window_start)',
);
