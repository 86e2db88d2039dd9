import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { preparedQuery, StatementBatcher, unnestParams } from '@siapkerja/persistence';

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

/** The hash a service keeps beside a create's key (method, path with its query, canonical body): sha256, hex. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n`).update(canonicalJson(body)).digest('hex');
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

/** A claim of one request's key, as the batch statement takes it. */
interface Claim {
  r: IdempotencyRequest;
  lockToken: string;
}
type ClaimResult = BeginResult | { kind: 'retry' };
/** A response to store under the key its request holds. */
interface Completion {
  r: IdempotencyRequest;
  lockToken: string;
  res: StoredResponse;
}

const keyOf = (r: Pick<IdempotencyRequest, 'principal' | 'key'>) => `${r.principal}\u0000${r.key}`;

/**
 * The Idempotency-Key store of the gateway database: the two statements every write with a key runs (the claim before
 * the route, the stored response after it) go as batches (StatementBatcher): the requests that arrive while a batch is
 * in flight are claimed, or completed, together in one prepared statement, one round trip and one commit. Each request's
 * outcome is the one it would get alone: a key named twice in one batch is claimed by its first request and the others
 * are decided after it, as if they had come one after the other.
 *
 * A claim takes (principal, key) for its request, or tells what the earlier request with that key left: its stored
 * response, a different request (mismatch) or a request still running (in-flight). An expired row, or an in-flight row
 * of the same request older than `takeoverSeconds`, is taken over: by then its holder has answered or given up (a release
 * that failed under overload, a crashed replica), and the service still creates once through its own request id.
 */
export class IdempotencyStore {
  private readonly claims: StatementBatcher<Claim, ClaimResult>;
  private readonly completions: StatementBatcher<Completion, void>;

  constructor(
    private readonly ds: DataSource,
    private readonly ttlHours: number,
    private readonly takeoverSeconds: number,
  ) {
    this.claims = new StatementBatcher((batch) => this.claimBatch(batch), { maxBatch: 100, concurrency: 2 });
    this.completions = new StatementBatcher((batch) => this.completeBatch(batch), { maxBatch: 100, concurrency: 2 });
  }

  async begin(r: IdempotencyRequest): Promise<BeginResult> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await this.claims.submit({ r, lockToken: randomUUID() });
      if (result.kind !== 'retry') return result; // retry: released (5xx) between the claim and the read: claim again
    }
    return { kind: 'in-flight' };
  }

  /** Stores the response of the request holding the key. */
  complete(r: IdempotencyRequest, lockToken: string, res: StoredResponse): Promise<void> {
    return this.completions.submit({ r, lockToken, res });
  }

  /** Gives the key back (the request failed with a 5xx or never answered): a retry runs again. Rare: not batched. */
  async release(r: IdempotencyRequest, lockToken: string): Promise<void> {
    await preparedQuery(this.ds, `DELETE FROM idempotency_keys WHERE principal = $1 AND key = $2 AND lock_token = $3`, [
      r.principal,
      r.key,
      lockToken,
    ]);
  }

  private async claimBatch(batch: Claim[]): Promise<ClaimResult[]> {
    // a key named twice in one statement cannot be claimed twice: its later requests are decided after the first
    const first = new Map<string, number>();
    const now: number[] = [];
    const later: number[] = [];
    batch.forEach((c, i) => {
      const k = keyOf(c.r);
      if (first.has(k)) later.push(i);
      else {
        first.set(k, i);
        now.push(i);
      }
    });
    const results: ClaimResult[] = new Array<ClaimResult>(batch.length);
    const col = (f: (c: Claim) => string) => now.map((i) => f(batch[i]));
    const claimed: { principal: string; key: string; lock_token: string }[] = await preparedQuery(
      this.ds,
      `INSERT INTO idempotency_keys AS k (principal, key, method, path, request_hash, lock_token, created_at, expires_at)
       SELECT u.principal, u.key, u.method, u.path, u.request_hash, u.lock_token, now(), now() + make_interval(hours => $7::int)
         FROM ${unnestParams(['text', 'text', 'text', 'text', 'text', 'uuid'])} AS u(principal, key, method, path, request_hash, lock_token)
       ON CONFLICT (principal, key) DO UPDATE SET
         method = EXCLUDED.method, path = EXCLUDED.path, request_hash = EXCLUDED.request_hash, lock_token = EXCLUDED.lock_token,
         status_code = NULL, response_headers = NULL, response_body = NULL,
         created_at = EXCLUDED.created_at, completed_at = NULL, expires_at = EXCLUDED.expires_at
       WHERE k.expires_at < now()
          OR (k.completed_at IS NULL AND k.created_at < now() - make_interval(secs => $8::int)
              AND k.request_hash = EXCLUDED.request_hash AND k.method = EXCLUDED.method AND k.path = EXCLUDED.path)
       RETURNING k.principal, k.key, k.lock_token`,
      [
        col((c) => c.r.principal),
        col((c) => c.r.key),
        col((c) => c.r.method),
        col((c) => c.r.path),
        col((c) => c.r.hash),
        col((c) => c.lockToken),
        this.ttlHours,
        this.takeoverSeconds,
      ],
    );
    const owners = new Map(claimed.map((c) => [keyOf(c), c.lock_token]));
    const held = now.filter((i) => owners.get(keyOf(batch[i].r)) !== batch[i].lockToken);
    const heldSet = new Set(held);
    for (const i of now) if (!heldSet.has(i)) results[i] = { kind: 'owner', lockToken: batch[i].lockToken };
    if (held.length) {
      const rows: (Row & { principal: string; key: string })[] = await preparedQuery(
        this.ds,
        `SELECT k.principal, k.key, k.method, k.path, k.request_hash, k.status_code, k.response_headers, k.response_body, k.completed_at
           FROM ${unnestParams(['text', 'text'])} AS u(principal, key) JOIN idempotency_keys k ON k.principal = u.principal AND k.key = u.key`,
        [held.map((i) => batch[i].r.principal), held.map((i) => batch[i].r.key)],
      );
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      for (const i of held) results[i] = decide(batch[i].r, byKey.get(keyOf(batch[i].r)));
    }
    if (later.length) {
      const rest = await this.claimBatch(later.map((i) => ({ ...batch[i], lockToken: randomUUID() })));
      later.forEach((i, j) => (results[i] = rest[j]));
    }
    return results;
  }

  private async completeBatch(batch: Completion[]): Promise<void[]> {
    await preparedQuery(
      this.ds,
      `UPDATE idempotency_keys k SET status_code = u.status, response_headers = u.headers::jsonb, response_body = u.body, completed_at = now()
         FROM ${unnestParams(['text', 'text', 'uuid', 'int', 'text', 'text'])} AS u(principal, key, lock_token, status, headers, body)
        WHERE k.principal = u.principal AND k.key = u.key AND k.lock_token = u.lock_token`,
      [
        batch.map((c) => c.r.principal),
        batch.map((c) => c.r.key),
        batch.map((c) => c.lockToken),
        batch.map((c) => c.res.status),
        batch.map((c) => JSON.stringify(c.res.headers)),
        batch.map((c) => c.res.body),
      ],
    );
    return batch.map(() => undefined);
  }
}

/** What a request whose key another request holds, or held, gets: the row's stored response, a mismatch or in-flight. */
function decide(r: IdempotencyRequest, row: Row | undefined): ClaimResult {
  if (!row) return { kind: 'retry' };
  if (row.method !== r.method || row.path !== r.path || row.request_hash.trim() !== r.hash) return { kind: 'mismatch' };
  if (!row.completed_at || row.status_code === null) return { kind: 'in-flight' };
  return { kind: 'replay', response: { status: row.status_code, headers: row.response_headers ?? {}, body: row.response_body } };
}

export async function deleteExpiredKeys(ds: DataSource): Promise<void> {
  await ds.query(`DELETE FROM idempotency_keys WHERE expires_at < now()`);
}
