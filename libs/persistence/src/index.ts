import { createHash } from 'node:crypto';
import { Client, Pool, type QueryResult } from 'pg';
import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type FindOptionsWhere,
  type MigrationInterface,
  type ObjectLiteral,
  type QueryRunner,
  type Repository,
  type SelectQueryBuilder,
} from 'typeorm';
import { isRealDate } from '@siapkerja/codes';
import { idempotencyKeyReused, notFound } from '@siapkerja/errors';
import { currentContext } from '@siapkerja/logging';
import { type Caller, currentCaller } from '@siapkerja/authz';

export interface DatabaseOptions {
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: (Function | EntitySchema<ObjectLiteral>)[];
  migrations: (new () => MigrationInterface)[];
  poolSize?: number;
  applicationName?: string;
}

/**
 * Settings of every session a service opens on its database (pg's `options` connection parameter): JIT compilation off.
 * PostgreSQL compiles a statement to machine code once its estimated cost passes `jit_above_cost` (100,000, on by default);
 * the services' statements are short and planned per request, so the compilation is paid on every execution and is most
 * of its cost: a nationwide search with words spent 67 ms of its 727 compiling 60 functions (measured on 1 M vacancies), and
 * the mean of a sample of 3,455 diverse searches fell by 10 % without it. Baselines that run the services' statements
 * straight through pg (tools/bench) open their sessions with the same settings.
 */
export const SESSION_OPTIONS = '-c jit=off';

/** One TypeORM data source per service: migrations only, never `synchronize`. */
export function createDataSource(opts: DatabaseOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: opts.url,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: opts.applicationName,
    extra: { max: opts.poolSize ?? 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30000, options: SESSION_OPTIONS },
  });
}

/**
 * Connection option of the pool of SqlRunner.prepared: every statement on such a connection (named, and also the unnamed
 * ones of the extended protocol) gets a generic plan. Never on a pool that runs statements whose plan must follow their
 * values.
 */
const GENERIC_PLANS_OPTION = '-c plan_cache_mode=force_generic_plan';

/** A parameterized SQL statement. */
export interface SqlStatement {
  text: string;
  values: unknown[];
}

/** Runs statements on a service's database, bypassing the ORM (hot read paths). */
export interface SqlRunner {
  /** Planned for its values on every execution. */
  query<T = Record<string, unknown>>(st: SqlStatement): Promise<T[]>;
  /**
   * Prepared once per connection with a generic plan, then executed without planning. Planning a statement over a
   * table with many indexes can cost more than running a short index walk (1.0 to 1.5 ms against 0.5 ms for a page of
   * the vacancy catalogue): a statement whose best plan is the same for every value (a walk of an index in its own
   * order with equality filters, a lookup by key) is cheaper prepared. Never for a statement whose plan must follow its
   * values (how selective a word or a range is). Runs on a pool of its own, whose connections plan generically: a
   * quarter of the source's size (at least 2, at most the source's; prepared statements are short), opened on first use.
   */
  prepared<T = Record<string, unknown>>(st: SqlStatement): Promise<T[]>;
  /** Closes the pool of prepared statements (the source's pool is its owner's to close). */
  close(): Promise<void>;
}

const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `p_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    if (statementNames.size < 10_000) statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a short statement on the data source's own pool as a named prepared statement (parsed once per connection, planned
 * as PostgreSQL chooses) without the ORM's query runner: for statements run on every request outside any transaction
 * (the gateway's idempotency records). Rows as pg returns them.
 */
export async function preparedQuery<T = Record<string, unknown>>(ds: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (ds.driver as unknown as { master: Pool }).master;
  return (await pool.query({ name: statementName(text), text, values })).rows as T[];
}

/**
 * A FROM item that unnests array parameters ($first, $first+1, ... of these element types, as `unnest($1::uuid[], ...)`
 * would), for a statement run prepared: the arrays come through a subquery the planner keeps (OFFSET 0), so no plan sees
 * their lengths. Given `unnest($1, $2)` directly, each custom plan estimates its rows from the arrays it was given (a
 * few) where the generic plan assumes 10: the generic plan then always looks dearer and PostgreSQL plans every execution
 * again, which a prepared statement is there to avoid (a new vacancy's lookup: 1.08 ms of planning over the 60 indexes of
 * vacancies against 0.18 ms of execution). This way custom and generic plans cost the same, and after its five trial
 * plans a connection keeps the generic one. Follow it with `AS alias(columns)` or `WITH ORDINALITY AS alias(columns)`; as
 * a join's right side it needs parentheses (it is two FROM items joined).
 */
export function unnestParams(elementTypes: readonly string[], first = 1): string {
  if (!elementTypes.length || !elementTypes.every((t) => /^[a-z][a-z0-9_ ]*$/.test(t)))
    throw new Error('unnestParams: element types must be SQL type names');
  const arrays = elementTypes.map((t, i) => `$${first + i}::${t}[] AS a${i + 1}`).join(', ');
  return `(SELECT ${arrays} OFFSET 0) AS unnest_params CROSS JOIN LATERAL unnest(${elementTypes.map((_, i) => `unnest_params.a${i + 1}`).join(', ')})`;
}

/**
 * Runs a short statement as a named prepared statement on the connection `manager` works on: its transaction's when it
 * has one (so it sees the transaction's writes and holds its locks), else the data source's pool. Parsed once per
 * connection, and planned once when PostgreSQL finds its generic plan no worse than the custom ones (after five runs):
 * for a lookup by key on a table with many indexes, whose planning costs more than running it (a new vacancy's request-id
 * and employer lookup: 0.19-0.24 ms of PostgreSQL CPU planned each time over the 65 indexes of vacancies, 0.04-0.06
 * prepared). Rows as pg returns them.
 */
export async function preparedOn<T = Record<string, unknown>>(manager: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  const qr = manager.queryRunner;
  if (!qr || qr.isReleased) return preparedQuery<T>(manager.connection, text, values);
  const client = (await qr.connect()) as Client;
  return (await client.query({ name: statementName(text), text, values })).rows as T[];
}

/** A pg client as pg-pool and TypeORM's query runner hand it out, with pg's pipeline mode (pg 8.23; not in its types). */
type PipelineClient = Client & { pipeline: boolean; connection?: { stream?: { cork?: () => void; uncork?: () => void } } };

/**
 * Runs `work` with the client in pg's pipeline mode: a statement sent while the answer to an earlier one is on its way goes
 * out at once instead of after it. PostgreSQL still runs them in order, each with its own Sync: an error fails its own
 * statement and, inside a transaction, aborts the transaction as always. A unit of work of the outbox sends its first
 * statement without waiting for its START TRANSACTION's answer this way, and its last rows in one write with the COMMIT
 * ({@link sendTogether}): two round trips fewer of five for a vacancy's creation. `work` must end with every statement it sent answered (a transaction's last statement,
 * COMMIT or ROLLBACK, awaited, is answered after all the others); the client then goes back to its pool as it came.
 */
export async function withPipeline<T>(client: Client, work: () => Promise<T>): Promise<T> {
  const c = client as PipelineClient;
  if (c.pipeline) return work();
  c.pipeline = true;
  try {
    return await work();
  } finally {
    c.pipeline = false;
  }
}

/**
 * Sends statements on a client in pipeline mode ({@link withPipeline}) in one write, and answers how each settled, in
 * order.
 */
export function sendTogether(client: Client, statements: (string | { text: string; values?: unknown[]; name?: string })[]) {
  const stream = (client as PipelineClient).connection?.stream;
  stream?.cork?.();
  let sent: Promise<QueryResult>[];
  try {
    sent = statements.map((st) => client.query(st as never) as unknown as Promise<QueryResult>);
  } finally {
    stream?.uncork?.();
  }
  return Promise.allSettled(sent);
}

/**
 * Holds what is sent on a client in pipeline mode ({@link withPipeline}) until the event loop's current turn ends, then
 * sends it in one write: a statement sent now goes out with those the turn's continuations send behind it (a transaction's
 * START TRANSACTION with the work's first statement, as {@link sendTogether} sends what is known at once). Sent alone,
 * START TRANSACTION took a write of its own and woke PostgreSQL for it alone, which then answered it alone: per vacancy
 * created, one write, one wake-up and one answer more than the same statements sent together.
 */
export function holdWritesThisTurn(client: Client): void {
  const stream = (client as PipelineClient).connection?.stream;
  if (!stream?.cork || !stream.uncork) return;
  stream.cork();
  setImmediate(() => stream.uncork!());
}

/** A SqlRunner over the pg pool of a TypeORM data source, or over a plain pg pool (benchmarks). */
export function sqlRunner(source: DataSource | Pool): SqlRunner {
  const pool = (): Pool => (source instanceof DataSource ? (source.driver as unknown as { master: Pool }).master : source);
  let generic: Pool | undefined;
  const genericPool = (): Pool => {
    if (!generic) {
      const base = pool().options;
      const size = base.max ?? 10;
      // the source's session settings (SESSION_OPTIONS on a service's pool), and generic plans
      const options = [base.options, GENERIC_PLANS_OPTION].filter(Boolean).join(' ');
      generic = new Pool({ ...base, max: Math.max(Math.min(2, size), Math.ceil(size / 4)), options });
      // an idle connection that fails is dropped and replaced on the next checkout (as in the source's pool)
      generic.on('error', () => undefined);
    }
    return generic;
  };
  return {
    async query<T>(st: SqlStatement): Promise<T[]> {
      return (await pool().query(st.text, st.values)).rows as T[];
    },
    async prepared<T>(st: SqlStatement): Promise<T[]> {
      return (await genericPool().query({ name: statementName(st.text), text: st.text, values: st.values })).rows as T[];
    },
    async close(): Promise<void> {
      const g = generic;
      generic = undefined;
      await g?.end();
    },
  };
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`database name "${name}" must be letters, digits, _ or -`);
  return name;
}

/** Creates the service's database when it does not exist yet (needs CREATEDB on the server). */
export async function ensureDatabaseExists(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    const r = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (r.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name}"`).catch((e: { code?: string }) => {
        if (e.code !== '42P04') throw e; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Drops a database, once the sessions still on it have left (up to `graceMs`), then by force. pg-pool's end() resolves
 * when it has asked its idle connections to close, before the server has seen them go: dropping WITH (FORCE) at once
 * terminates them with 57P01, which such a connection, still idle in its pool, raises as the pool's 'error' event
 * (unhandled where the pool has no listener; a test run failed on it).
 */
export async function dropDatabase(url: string, graceMs = 5000): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const deadline = Date.now() + graceMs;
    while (Date.now() < deadline) {
      const { rows } = await client.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
      if (rows[0].n === 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Ensures the database, connects and runs pending migrations (each in its own transaction). */
export async function openDatabase(opts: DatabaseOptions): Promise<DataSource> {
  await ensureDatabaseExists(opts.url);
  const ds = createDataSource(opts);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return ds;
}

export async function isDatabaseUp(ds: DataSource, timeoutMs = 2000): Promise<boolean> {
  if (!ds.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([ds.query('SELECT 1'), new Promise((_, rej) => (timer = setTimeout(() => rej(new Error('timeout')), timeoutMs)))]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs independent reads through one EntityManager: all at once on the pool (each takes its own connection), one after
 * the other when the manager is a transaction's (its one connection runs one statement at a time: overlapping queries on
 * a pg client are deprecated, and pg 9 refuses them).
 */
export async function readAll<const R extends readonly (() => unknown)[]>(manager: EntityManager, reads: R): Promise<ReadAnswers<R>> {
  if (!manager.queryRunner) return (await Promise.all(reads.map((r) => r()))) as ReadAnswers<R>;
  const answers: unknown[] = [];
  for (const r of reads) answers.push(await r());
  return answers as ReadAnswers<R>;
}
/** What {@link readAll} answers: each read's awaited result, in order. */
type ReadAnswers<R extends readonly (() => unknown)[]> = { -readonly [K in keyof R]: Awaited<ReturnType<R[K]>> };

export function isUuid(id: unknown): id is string {
  return typeof id === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
}

/** Reads a row by its UUID; anything else, or no row, is NOT_FOUND naming the resource. */
export async function findByIdOrThrow<T extends ObjectLiteral & { id: string }>(
  repo: Repository<T>,
  id: string,
  resource: string,
): Promise<T> {
  const row = isUuid(id) ? await repo.findOneBy({ id } as FindOptionsWhere<T>) : null;
  if (!row) throw notFound(resource, id);
  return row;
}

export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; driverError?: { code?: string } };
  return err?.code === '23505' || err?.driverError?.code === '23505';
}

/**
 * The stable identity an Idempotency-Key belongs to: a partner's OAuth2 client (every account and replica of the tenant
 * shares it), else the account (people, officers), else `system` (a service acting on its own behalf, tests). The id is
 * URI-encoded, so the first `|` of a scoped request id always ends the identity.
 */
export function requestIdScope(caller: Caller | undefined): string {
  if (caller?.clientId) return `client:${encodeURIComponent(caller.clientId)}`;
  if (caller?.sub) return `account:${encodeURIComponent(caller.sub)}`;
  return 'system';
}

/**
 * The request id as stored: `<caller identity>|<client request id>`. A key is a client's own (AIP-155, HTTP
 * Idempotency-Key): two callers choosing the same key never meet each other's record. Rows stored before request ids
 * were scoped were marked `legacy|<key>` by each service's migration, so no scoped id can equal them.
 */
export function callerScopedRequestId(requestId: string | undefined, caller: Caller | undefined = currentCaller()): string | undefined {
  return requestId ? `${requestIdScope(caller)}|${requestId}` : undefined;
}

/** A table name as SQL may name it unquoted (lower-case letters, digits, _), or an error. */
const checkedTable = (table: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`table name "${table}" must be lower-case letters, digits or _`);
  return table;
};

/**
 * SQL of a migration marking the request ids a table stored before they were scoped to the caller (see
 * {@link callerScopedRequestId}), run once: they stay unique and readable, and no caller's scoped id can ever equal one
 * of them (a raw key may well look like a scoped one).
 */
export function markLegacyRequestIdsSql(table: string): string {
  return `UPDATE ${checkedTable(table)} SET request_id = 'legacy|' || request_id
    WHERE request_id IS NOT NULL AND request_id NOT LIKE 'legacy|%'`;
}

/**
 * What a create made once per client key stores beside its row: the caller-scoped request id (see
 * {@link callerScopedRequestId}; null without a key) and the request's hash (null when the call carried none: a direct
 * gRPC caller, an import record), in the row's `request_id` and `request_hash` columns.
 */
export interface RequestKey {
  requestId: string | null;
  requestHash: string | null;
}

/**
 * The row an earlier request with the same key made, as the answer to this one: refused (IDEMPOTENCY_KEY_REUSED, HTTP
 * 422) when both requests carry a hash and they differ (the key was reused for another request), else marked a replay
 * (the gateway answers `Idempotent-Replayed: true`). A row or request without a hash (made before hashes were stored, or
 * by a caller that sends none) is taken as the same request.
 */
export function answerPrior<T extends { requestHash?: string | null }>(prior: T): T {
  const idempotency = currentContext()?.idempotency;
  if (idempotency && prior.requestHash && prior.requestHash !== idempotency.hash) throw idempotencyKeyReused();
  if (idempotency) idempotency.replayed = true;
  return prior;
}

/**
 * Runs a create at most once per caller and client request id (AIP-155 request_id, HTTP Idempotency-Key): a retry by
 * the same caller returns the row the first call made, also when two identical calls race (the loser hits the unique
 * index on request_id and reads the winner's row); another caller using the same key gets a record of its own. A retry
 * whose request differs from the first (the gateway's hash of method, path and body, in the call's context) is refused
 * with IDEMPOTENCY_KEY_REUSED (see {@link answerPrior}). `create` stores the {@link RequestKey} it is given in the row's
 * request_id and request_hash columns, in the same statement as the row.
 */
export async function onceByRequestId<T extends ObjectLiteral & { requestId: string | null; requestHash?: string | null }>(
  repo: Repository<T>,
  clientRequestId: string | undefined,
  create: (requestId: string | null, key: RequestKey) => Promise<T>,
  caller: Caller | undefined = currentCaller(),
  opts: {
    /** how the row of a request id is read (default: the repository's findOneBy; a hot path may look the id up first) */
    find?: (requestId: string) => Promise<T | null>;
    /**
     * `create` itself answers the row a request id already made (looked up inside its transaction, in a statement it
     * runs anyway: one round trip less; it answers it through {@link answerPrior}), so no lookup is made before it; a
     * failed create still answers a concurrent winner's row.
     */
    createFindsPrior?: boolean;
  } = {},
): Promise<T> {
  const requestId = callerScopedRequestId(clientRequestId, caller);
  if (!requestId) return create(null, { requestId: null, requestHash: null });
  const key: RequestKey = { requestId, requestHash: currentContext()?.idempotency?.hash ?? null };
  const find = () => (opts.find ? opts.find(requestId) : repo.findOneBy({ requestId } as FindOptionsWhere<T>));
  const prior = opts.createFindsPrior ? null : await find();
  if (prior) return answerPrior(prior);
  try {
    return await create(requestId, key);
  } catch (e) {
    // a concurrent call of the same caller with the same request id committed first: whatever this attempt then ran into
    // (a unique violation, or a rule that saw the winner's row, e.g. "already enrolled"), the answer is the winner's result
    const winner = await find();
    if (winner) return answerPrior(winner);
    throw e;
  }
}

/** SQL of a migration adding `request_hash` (see {@link RequestKey}) beside a table's `request_id`. */
export function addRequestHashSql(table: string): string {
  return `ALTER TABLE ${checkedTable(table)} ADD COLUMN IF NOT EXISTS request_hash text`;
}

/**
 * The migration of a service adding `request_hash` beside the `request_id` of each of its `tables` (the rows it creates
 * once per client key): a key reused with another request is then refused by the service, in the transaction that creates.
 * Rows stored before keep a null hash and are taken as the same request. A nullable column without a default rewrites
 * nothing. Each service subclasses it with its own class name and timestamp, as TypeORM orders migrations by them.
 */
export abstract class AddRequestHashes implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly tables: readonly string[];

  async up(q: QueryRunner): Promise<void> {
    for (const table of this.tables) await q.query(addRequestHashSql(table));
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of this.tables) await q.query(`ALTER TABLE ${checkedTable(table)} DROP COLUMN IF EXISTS request_hash`);
  }
}

/** Keyset cursor of a listing ordered by (timestamp, id), bound to the filters it was made with. */
export interface KeysetCursor {
  ts: string;
  id: string;
  filter: string;
}

/** Opaque page token (AIP-158) of a keyset cursor. */
export function encodePageToken(t: KeysetCursor): string {
  return Buffer.from(JSON.stringify(t)).toString('base64url');
}

/**
 * One page of a listing newest first, keyset-paginated on (created_at, id) of `alias`: continues after `cursor`, reads one
 * row more than `size` to know whether another page follows, and binds the next token to `filter`. The query builder
 * carries the listing's own conditions.
 */
export async function newestFirstPage<T extends { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  cursor: KeysetCursor | undefined,
  size: number,
  filter: string,
): Promise<{ page: T[]; nextPageToken: string }> {
  qb.addSelect(`${alias}.created_at::text`, 'cursor_ts');
  if (cursor)
    qb.andWhere(`(${alias}.created_at, ${alias}.id) < (CAST(:ts AS timestamptz), CAST(:cid AS uuid))`, { ts: cursor.ts, cid: cursor.id });
  qb.orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(size + 1);
  const { entities, raw } = await qb.getRawAndEntities<{ cursor_ts: string }>();
  const page = entities.slice(0, size);
  const last = page[page.length - 1];
  return {
    page,
    nextPageToken: entities.length > size && last ? encodePageToken({ ts: raw[size - 1].cursor_ts, id: last.id, filter }) : '',
  };
}

/**
 * A date or a timestamp as PostgreSQL writes one ('2026-12-01', '2026-11-27 22:19:52.412+00') or as ISO 8601
 * ('2026-11-27T22:19:52.412Z'), with every field in range, so that it reads back as a date or timestamptz. For the keys
 * of page tokens, which a client can forge: `Date.parse` alone lets through what PostgreSQL refuses
 * ('2026-02-30 10:00:00+00', 'abc 2026', '12'), and the statement then fails (500) instead of the token being refused
 * (400).
 */
export function isTimestampText(t: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:Z|[+-](\d{2})(?::?\d{2}(?::?\d{2})?)?))?$/.exec(t);
  if (!m) return false;
  const [y, mo, d, h, mi, sec, tz] = [m[1], m[2], m[3], m[4] ?? '0', m[5] ?? '0', m[6] ?? '0', m[7] ?? '0'].map(Number);
  return y >= 1 && isRealDate(y, mo, d) && h < 24 && mi < 60 && sec < 60 && tz <= 15;
}

/** The cursor of a page token, or undefined when it is malformed. */
export function decodePageToken(token: string): KeysetCursor | undefined {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof t?.ts === 'string' && isTimestampText(t.ts) && isUuid(t.id) && typeof t.filter === 'string') return t;
  } catch {
    /* malformed */
  }
  return undefined;
}
export * from './batch';
export * from './copy';
export * from './insert';
export * from './migrations';
export * from './explain';
export * from './admission';
