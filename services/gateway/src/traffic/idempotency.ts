import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '@siapkerja/persistence';

/** 1 to 128 visible ASCII characters, as the API documents. */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** JSON with object keys sorted at every level, so key order does not change the request hash. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return '';
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v as object)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export interface IdempotencyRequest {
  principal: string;
  key: string;
  method: string;
  path: string;
  hash: string;
}

export type BeginResult =
  { kind: 'owner'; lockToken: string } | { kind: 'replay'; response: StoredResponse } | { kind: 'mismatch' } | { kind: 'in-flight' };

interface Row {
  method: string;
  path: string;
  request_hash: string;
  status_code: number | null;
  response_headers: Record<string, string> | null;
  response_body: string | null;
  completed_at: Date | null;
}

/**
 * The statements run on every write with an Idempotency-Key, prepared once per connection (preparedQuery).
 *
 * Claims (principal, key) for this request, or tells what the earlier request with that key left:
 * its stored response, a different request (mismatch) or a request still running (in-flight).
 * An expired row, or an in-flight row of the same request older than `takeoverSeconds`, is taken over: by then its holder
 * has answered or given up (a release that failed under overload, a crashed replica), and the service still creates once
 * through its own request id.
 */
export async function begin(ds: DataSource, r: IdempotencyRequest, ttlHours: number, takeoverSeconds: number): Promise<BeginResult> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const lockToken = randomUUID();
    const claimed: { lock_token: string }[] = await preparedQuery(
      ds,
      `INSERT INTO idempotency_keys AS k (principal, key, method, path, request_hash, lock_token, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now(), now() + make_interval(hours => $7::int))
       ON CONFLICT (principal, key) DO UPDATE SET
         method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, lock_token = EXCLUDED.lock_token,
         status_code = NULL, response_headers = NULL, response_body = NULL,
         created_at = EXCLUDED.created_at, completed_at = NULL, expires_at = EXCLUDED.expires_at
       WHERE k.expires_at < now()
          OR (k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $8::int)
              AND k.request_hash = EXCLUDED.request_hash AND k.method = EXCLUDED.method AND k.path = EXCLUDED.path)
       RETURNING k.lock_token`,
      [r.principal, r.key, r.method, r.path, r.hash, lockToken, ttlHours, takeoverSeconds],
    );
    if (claimed.length === 1 && claimed[0].lock_token === lockToken) return { kind: 'owner', lockToken };
    const rows: Row[] = await preparedQuery(
      ds,
      `SELECT method, path, request_hash, status_code, response_headers, response_body, completed_at
         FROM idempotency_keys WHERE principal = $1 AND key = $2`,
      [r.principal, r.key],
    );
    const row = rows[0];
    if (!row) continue; // released (5xx) between the two statements: claim again
    if (row.method !== r.method || row.path !== r.path || row.request_hash.trim() !== r.hash) return { kind: 'mismatch' };
    if (!row.completed_at || row.status_code === null) return { kind: 'in-flight' };
    return { kind: 'replay', response: { status: row.status_code, headers: row.response_headers ?? {}, body: row.response_body } };
  }
  return { kind: 'in-flight' };
}

/** Stores the response of the request holding the key. */
export async function complete(ds: DataSource, r: IdempotencyRequest, lockToken: string, res: StoredResponse): Promise<void> {
  await preparedQuery(
    ds,
    `UPDATE idempotency_keys SET status_code = $4, response_headers = $5, response_body = $6, completed_at = now()
      WHERE principal = $1 AND key = $2 AND lock_token = $3`,
    [r.principal, r.key, lockToken, res.status, JSON.stringify(res.headers), res.body],
  );
}

/** Gives the key back (the request failed with a 5xx or never answered): a retry runs again. */
export async function release(ds: DataSource, r: IdempotencyRequest, lockToken: string): Promise<void> {
  await preparedQuery(ds, `DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2 AND lock_token = $3`, [
    r.principal,
    r.key,
    lockToken,
  ]);
}

export async function deleteExpiredKeys(ds: DataSource): Promise<void> {
  await ds.query(`DELETE FROM idempotency_keys WHERE expires_at < now()`);
}
