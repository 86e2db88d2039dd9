import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabaseExists } from '@siapkerja/persistence';

/** Server URL for tests: TEST_DATABASE_URL (set by the global setup) or DATABASE_URL or the local server. */
export function adminDatabaseUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A fresh, uniquely named database; drop() removes it. */
export async function createTestDatabase(prefix = 'test'): Promise<{ url: string; drop: () => Promise<void> }> {
  const u = new URL(adminDatabaseUrl());
  u.pathname = `/${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = u.toString();
  await ensureDatabaseExists(url);
  return { url, drop: () => dropDatabase(url) };
}

export function kafkaBrokers(): string[] {
  const b = process.env.KAFKA_BROKERS;
  if (!b) throw new Error('KAFKA_BROKERS is not set: run tests through the jest integration preset (it starts a broker)');
  return b.split(',');
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, opts: { timeoutMs?: number; intervalMs?: number; what?: string } = {}): Promise<T> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30000);
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${opts.what ?? 'condition'}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 100));
  }
}

export const TEST_PERSON_SECRET = 'test-person-id-secret-0123456789abcdef';
