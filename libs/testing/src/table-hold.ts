import { Client } from 'pg';
import { waitFor } from './index';

/**
 * Sends concurrent calls so that they reach their INSERT together, however the machine schedules them: `table` is held in
 * SHARE mode (reads go on, writes wait) from another connection until `waiting` writers queue on it (pg_locks), then
 * released. Answers each call's outcome, in order: what a race between them decides, decided every time.
 */
export async function sendWhileTableHeld<T>(
  databaseUrl: string,
  table: string,
  waiting: number,
  send: () => Promise<T>[],
): Promise<PromiseSettledResult<T>[]> {
  const holder = new Client({ connectionString: databaseUrl });
  await holder.connect();
  try {
    await holder.query('BEGIN');
    await holder.query(`LOCK TABLE ${table} IN SHARE MODE`);
    const calls = Promise.allSettled(send());
    await waitFor(
      async () => {
        const [{ n }] = (
          await holder.query(`SELECT count(*)::int AS n FROM pg_locks WHERE relation = $1::regclass AND NOT granted`, [table])
        ).rows as { n: number }[];
        return n === waiting;
      },
      { what: `${waiting} writers waiting on ${table}` },
    );
    await holder.query('COMMIT');
    return await calls;
  } finally {
    await holder.end();
  }
}
