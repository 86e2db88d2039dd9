import { Client } from 'pg';
import { Column, CreateDateColumn, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { randomBytes } from 'node:crypto';
import {
  isTimestampText,
  encodePageToken,
  decodePageToken,
  callerScopedRequestId,
  copyField,
  copyRowsOrConflict,
  copyText,
  createIndexConcurrently,
  indexMigration,
  dropIndexesMigration,
  dropDatabase,
  insertEntities,
  ensureDatabaseExists,
  isDatabaseUp,
  markLegacyRequestIdsSql,
  onceByRequestId,
  openDatabase,
  preparedOn,
  sendTogether,
  withPipeline,
  readAll,
  redundantIndexes,
  sqlRunner,
  unnestParams,
} from './index';

/** A fresh database of its own (not @siapkerja/testing's helper: that lib depends on this one). */
async function createTestDatabase(prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const u = new URL(process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  u.pathname = `/${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await ensureDatabaseExists(u.toString());
  return { url: u.toString(), drop: () => dropDatabase(u.toString()) };
}

class CreateThings1700000000001 implements MigrationInterface {
  name = 'CreateThings1700000000001';
  async up(q: QueryRunner) {
    await q.query('CREATE TABLE things (id int PRIMARY KEY)');
  }
  async down(q: QueryRunner) {
    await q.query('DROP TABLE things');
  }
}

describe('persistence', () => {
  it('creates the database, runs migrations once, never synchronizes', async () => {
    const db = await createTestDatabase('persist');
    try {
      const ds = await openDatabase({ url: db.url, entities: [], migrations: [CreateThings1700000000001] });
      expect(ds.options.synchronize).toBe(false);
      expect(await isDatabaseUp(ds)).toBe(true);
      await ds.destroy();
      const again = await openDatabase({ url: db.url, entities: [], migrations: [CreateThings1700000000001] });
      const rows = await again.query('SELECT name FROM schema_migrations');
      expect(rows.map((r: { name: string }) => r.name)).toEqual(['CreateThings1700000000001']);
      await again.destroy();
      expect(await isDatabaseUp(again)).toBe(false);
    } finally {
      await db.drop();
    }
    const c = new Client({ connectionString: db.url });
    await expect(c.connect()).rejects.toThrow();
  });

  it('finds the btree indexes that another index of the same table begins with, and only those', async () => {
    const db = await createTestDatabase('persist_redundant');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query(`CREATE TABLE t (a int, b text, c timestamptz, d int, PRIMARY KEY (a, b))`);
      await c.query(`CREATE TABLE u (a int, b text)`);
      const create = (sql: string) => c.query(`CREATE INDEX ${sql}`);
      // begun by a longer one (column, then expression): redundant
      await create(`t_b ON t (b)`);
      await create(`t_b_c ON t (b, c DESC, a DESC)`);
      await create(`t_lower ON t (lower(b))`);
      await create(`t_lower_c ON t (lower(b), c)`);
      // not: another predicate, another operator class, another order of columns, another method, another table, the
      // longer one itself, and a unique one (its uniqueness is what it is for)
      await create(`t_c_published ON t (c) WHERE d > 0`);
      await create(`t_c_d ON t (c, d)`);
      await create(`t_b_pattern ON t (b text_pattern_ops)`);
      await create(`t_d_c ON t (d, c)`);
      await create(`t_d_hash ON t USING hash (d)`);
      await create(`u_a ON u (a)`);
      await c.query(`CREATE UNIQUE INDEX t_a_unique ON t (a)`);
      expect(await redundantIndexes(c)).toEqual([
        { table: 't', index: 't_b', coveredBy: 't_b_c' },
        { table: 't', index: 't_lower', coveredBy: 't_lower_c' },
      ]);
      // two of the same definition: one of them (the later) is redundant
      await create(`u_a_again ON u (a)`);
      expect((await redundantIndexes(c)).filter((r) => r.table === 'u')).toEqual([{ table: 'u', index: 'u_a_again', coveredBy: 'u_a' }]);
    } finally {
      await c.end();
      await db.drop();
    }
  });

  it('runs a statement prepared on the connection of a transaction (its writes seen, planned generically after five runs), or of the pool', async () => {
    const db = await createTestDatabase('persist_prepared_on');
    try {
      const ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
      try {
        await ds.query(`CREATE TABLE things (id int PRIMARY KEY, name text NOT NULL)`);
        const lookup = `SELECT (SELECT t.name FROM things t WHERE t.id = $1) AS name`;
        const plans = await ds.transaction(async (m) => {
          await m.query(`INSERT INTO things VALUES (1, 'written in this transaction')`);
          const names: unknown[] = [];
          for (let i = 0; i < 7; i++) names.push(...(await preparedOn<{ name: string | null }>(m, lookup, [i % 2])));
          expect(names).toEqual([0, 1, 0, 1, 0, 1, 0].map((i) => ({ name: i ? 'written in this transaction' : null })));
          return m.query(
            `SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE statement = $1`,
            [lookup],
          );
        });
        expect(plans).toEqual([{ generic: 2, custom: 5 }]);
        // outside a transaction: on the pool, as preparedQuery
        expect(await preparedOn(ds.manager, lookup, [1])).toEqual([{ name: 'written in this transaction' }]);
      } finally {
        await ds.destroy();
      }
    } finally {
      await db.drop();
    }
  });

  it('unnests array parameters so that a prepared statement keeps its generic plan (unnest of the parameters themselves is planned every time)', async () => {
    const db = await createTestDatabase('persist_unnest_params');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query(`CREATE TABLE things (id int PRIMARY KEY, name text NOT NULL)`);
      // enough rows that each looked-up id costs an index probe (the plan's cost grows with the rows unnested)
      await c.query(
        `INSERT INTO things SELECT i, CASE i WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'n' || i END FROM generate_series(1, 20000) i`,
      );
      await c.query(`ANALYZE things`);
      const tail = ` WITH ORDINALITY AS u(id, label, n) LEFT JOIN things t ON t.id = u.id ORDER BY u.n`;
      const statements = {
        direct: `SELECT u.id, u.label, t.name FROM unnest($1::int[], $2::text[])${tail}`,
        params: `SELECT u.id, u.label, t.name FROM ${unnestParams(['int', 'text'])}${tail}`,
      };
      for (const [name, text] of Object.entries(statements)) {
        for (let i = 0; i < 8; i++) {
          // the same answer either way: the arrays side by side, in order, the shorter padded with nulls
          const { rows } = await c.query({ name, text, values: [[2, 1, 30000], i % 2 ? ['b', 'a', 'c'] : ['b']] });
          expect(rows).toEqual([
            { id: 2, label: 'b', name: 'two' },
            { id: 1, label: i % 2 ? 'a' : null, name: 'one' },
            { id: 30000, label: i % 2 ? 'c' : null, name: null },
          ]);
        }
      }
      const { rows } = await c.query(
        `SELECT name, generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements ORDER BY name`,
      );
      expect(rows).toEqual([
        { name: 'direct', generic: 0, custom: 8 },
        { name: 'params', generic: 3, custom: 5 },
      ]);
      expect(unnestParams(['uuid'], 3)).toBe(
        `(SELECT $3::uuid[] AS a1 OFFSET 0) AS unnest_params CROSS JOIN LATERAL unnest(unnest_params.a1)`,
      );
      expect(() => unnestParams(['text[]); DROP TABLE things; --'])).toThrow(/SQL type names/);
    } finally {
      await c.end();
      await db.drop();
    }
  });

  it('sends statements together in pipeline mode, answers each in order, an error its own, and leaves the client as it was', async () => {
    const db = await createTestDatabase('persist_pipeline');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const modes: boolean[] = [];
      const mode = () => (c as unknown as { pipeline: boolean }).pipeline;
      const settled = await withPipeline(c, async () => {
        modes.push(mode());
        // all three on the wire before the first is answered (none waiting in the client's queue for its turn)
        const r = sendTogether(c, ['SELECT pg_sleep(0.05), 1 AS n', { text: 'SELECT 1 / $1::int AS n', values: [0] }, 'SELECT 3 AS n']);
        const client = c as unknown as { _queryQueue: unknown[]; _sentQueryQueue: unknown[]; _activeQuery: unknown };
        modes.push(client._queryQueue.length === 0 && client._sentQueryQueue.length + (client._activeQuery ? 1 : 0) === 3);
        return r;
      });
      expect(modes).toEqual([true, true]);
      expect(settled.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect((settled[0] as PromiseFulfilledResult<{ rows: { n: number }[] }>).value.rows[0].n).toBe(1);
      expect((settled[1] as PromiseRejectedResult).reason).toMatchObject({ code: '22012' });
      expect((settled[2] as PromiseFulfilledResult<{ rows: { n: number }[] }>).value.rows).toEqual([{ n: 3 }]);
      // out of pipeline mode again: one query at a time, as before
      expect(mode()).toBe(false);
      expect((await c.query('SELECT 4 AS n')).rows).toEqual([{ n: 4 }]);
    } finally {
      await c.end();
      await db.drop();
    }
  });

  it('opens every session without JIT compilation, and generic plans only on the pool of prepared statements', async () => {
    const db = await createTestDatabase('persist_jit');
    try {
      const ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
      const sql = sqlRunner(ds);
      try {
        const settings = `SELECT current_setting('jit') AS jit, current_setting('plan_cache_mode') AS plans`;
        expect(await ds.query(settings)).toEqual([{ jit: 'off', plans: 'auto' }]);
        expect(await sql.query({ text: settings, values: [] })).toEqual([{ jit: 'off', plans: 'auto' }]);
        expect(await sql.prepared({ text: settings, values: [] })).toEqual([{ jit: 'off', plans: 'force_generic_plan' }]);
      } finally {
        await sql.close();
        await ds.destroy();
      }
    } finally {
      await db.drop();
    }
  });

  it("answers a retry racing the first call with the first call's row, whatever the loser ran into; rethrows when nothing was made", async () => {
    type Row = { id: string; requestId: string | null };
    const rows: Row[] = [];
    const repo = { findOneBy: async (w: { requestId: string }) => rows.find((r) => r.requestId === w.requestId) ?? null };
    let release!: () => void;
    const firstCommitted = new Promise<void>((r) => (release = r));
    // both look before either commits; the loser then meets the winner's row through a business rule, not the unique index
    const [a, b] = await Promise.all([
      onceByRequestId(repo as never, 'k1', async (requestId) => {
        const row = { id: 'a', requestId };
        rows.push(row);
        release();
        return row;
      }),
      onceByRequestId(repo as never, 'k1', async (requestId) => {
        await firstCommitted;
        if (rows.length) throw new Error('This person is already enrolled');
        return { id: 'b', requestId };
      }),
    ]);
    expect([a.id, b.id]).toEqual(['a', 'a']);
    await expect(
      onceByRequestId(repo as never, 'k2', async () => {
        throw new Error('batch is not OPEN');
      }),
    ).rejects.toThrow('batch is not OPEN');
  });

  it('scopes a request id to the caller: two callers with one key get two rows, a caller its own first row, in PostgreSQL', async () => {
    const db = await createTestDatabase('persist_idem');
    try {
      const ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
      await ds.query('CREATE TABLE things (id serial PRIMARY KEY, request_id text UNIQUE, note text)');
      // a row stored before request ids were scoped, whose raw key looks like a scoped one: marked legacy, never replayed
      await ds.query(`INSERT INTO things (request_id, note) VALUES ('client:partner-b|k1', 'legacy'), ('k1', 'legacy raw')`);
      await ds.query(markLegacyRequestIdsSql('things'));
      await ds.query(markLegacyRequestIdsSql('things')); // idempotent
      type Row = { id: number; requestId: string | null; note: string };
      const repo = {
        findOneBy: async (w: { requestId: string }) => {
          const [r] = await ds.query('SELECT id, request_id AS "requestId", note FROM things WHERE request_id = $1', [w.requestId]);
          return (r as Row | undefined) ?? null;
        },
      };
      let made = 0;
      const create = (note: string) => async (requestId: string | null) => {
        made++;
        const [r] = await ds.query('INSERT INTO things (request_id, note) VALUES ($1, $2) RETURNING id, request_id AS "requestId", note', [
          requestId,
          note,
        ]);
        return r as Row;
      };
      const partnerA = { sub: 'acc-a', roles: ['PARTNER' as const], clientId: 'partner-a' };
      const partnerB = { sub: 'acc-b', roles: ['PARTNER' as const], clientId: 'partner-b' };
      const person = { sub: 'person-1', roles: ['JOB_SEEKER' as const] };
      const a = await onceByRequestId(repo as never, 'k1', create('a'), partnerA);
      const b = await onceByRequestId(repo as never, 'k1', create('b'), partnerB);
      const p = await onceByRequestId(repo as never, 'k1', create('p'), person);
      const s = await onceByRequestId(repo as never, 'k1', create('s'), undefined);
      expect(new Set([a.id, b.id, p.id, s.id]).size).toBe(4);
      expect([a.note, b.note, p.note, s.note]).toEqual(['a', 'b', 'p', 's']);
      expect([a.requestId, b.requestId, p.requestId, s.requestId]).toEqual([
        'client:partner-a|k1',
        'client:partner-b|k1',
        'account:person-1|k1',
        'system|k1',
      ]);
      // the same caller (another account of the same client included) gets its first row back, without creating
      const again = await onceByRequestId(repo as never, 'k1', create('a2'), { ...partnerA, sub: 'acc-a2' });
      expect(again).toEqual(a);
      expect(made).toBe(4);
      // no key: always a new row
      const n1 = await onceByRequestId(repo as never, undefined, create('n'), partnerA);
      const n2 = await onceByRequestId(repo as never, '', create('n'), partnerA);
      expect(n1.requestId).toBeNull();
      expect(n2.id).not.toBe(n1.id);
      const legacy: { request_id: string }[] = await ds.query(`SELECT request_id FROM things WHERE note LIKE 'legacy%' ORDER BY id`);
      expect(legacy.map((r) => r.request_id)).toEqual(['legacy|client:partner-b|k1', 'legacy|k1']);
      await ds.destroy();
    } finally {
      await db.drop();
    }
  });

  it('keeps the identity part of a scoped request id unambiguous', () => {
    expect(callerScopedRequestId('k', { sub: 's', roles: [], clientId: 'a|b' })).toBe('client:a%7Cb|k');
    expect(callerScopedRequestId('b|k', { sub: 's', roles: [], clientId: 'a' })).toBe('client:a|b|k');
    expect(callerScopedRequestId(undefined, { sub: 's', roles: [] })).toBeUndefined();
    expect(() => markLegacyRequestIdsSql('things; drop')).toThrow();
  });
});

describe('COPY inside a transaction', () => {
  it('writes fields in COPY text format: NULL, booleans, arrays, escapes', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(7)).toBe('7');
    expect(copyField(['A', 'B'])).toBe('{A,B}');
    expect(copyField('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(
      copyText([
        ['x', null],
        [1, 2],
      ]),
    ).toBe('x\t1\n\\N\t2\n');
    expect(copyText([[]])).toBe('');
  });

  it('copies rows exactly as given, and answers false (the transaction usable, nothing of the COPY kept) on a unique violation', async () => {
    const db = await createTestDatabase('persistence_copy');
    const ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
    try {
      await ds.query(`CREATE TABLE t (k text PRIMARY KEY, v text, b boolean, a text[])`);
      const odd = 'tab\there, line\nbreak, back\\slash, cr\r, quote " \u00e9 \u{1F600}';
      const ok = await ds.transaction((m) =>
        copyRowsOrConflict(
          m,
          't',
          ['k', 'v', 'b', 'a'],
          copyText([
            ['1', '2'],
            [odd, null],
            [true, false],
            [['X'], ['X', 'Y']],
          ]),
        ),
      );
      expect(ok).toBe(true);
      expect(await ds.query(`SELECT k, v, b, a FROM t ORDER BY k`)).toEqual([
        { k: '1', v: odd, b: true, a: ['X'] },
        { k: '2', v: null, b: false, a: ['X', 'Y'] },
      ]);
      const again = await ds.transaction(async (m) => {
        const copied = await copyRowsOrConflict(
          m,
          't',
          ['k', 'v'],
          copyText([
            ['3', '1'],
            ['new', 'dup'],
          ]),
        );
        await m.query(`INSERT INTO t (k, v) VALUES ('4', 'after') ON CONFLICT DO NOTHING`);
        return copied;
      });
      expect(again).toBe(false);
      expect((await ds.query(`SELECT k FROM t ORDER BY k`)).map((r: { k: string }) => r.k)).toEqual(['1', '2', '4']);
      await expect(copyRowsOrConflict(ds.manager, 't', ['k'], '5\n')).rejects.toThrow(/inside a transaction/);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

describe('insertEntities', () => {
  const upper = { to: (v: string | undefined) => v?.toUpperCase(), from: (v: string) => v };
  function thingEntity(table: string) {
    @Entity({ name: table })
    class Thing {
      @PrimaryColumn({ type: 'uuid' }) id!: string;
      @Column({ type: 'text' }) name!: string;
      @Column({ name: 'born_on', type: 'date' }) bornOn!: string;
      @Column({ name: 'seen_at', type: 'timestamptz', nullable: true }) seenAt!: Date | null;
      @Column({ type: 'jsonb', default: () => "'[]'" }) history!: unknown[];
      @Column({ type: 'text', array: true, default: () => "'{}'" }) tags!: string[];
      @Column({ type: 'int', default: 7 }) level!: number;
      @Column({ type: 'boolean', default: true }) active!: boolean;
      @Column({ name: 'wage', type: 'bigint', nullable: true }) wage!: string | null;
      @Column({ type: 'text', default: 'ANY', transformer: upper }) code!: string;
      @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
    }
    return Thing;
  }

  it('stores what TypeORM insert stores: types, defaults (also for a property only some rows give), transformers; in order', async () => {
    const db = await createTestDatabase('persistence_insert');
    const A = thingEntity('things_a');
    const B = thingEntity('things_b');
    const ds = await openDatabase({ url: db.url, entities: [A, B], migrations: [] });
    try {
      for (const t of ['things_a', 'things_b'])
        await ds.query(`CREATE TABLE ${t} (id uuid PRIMARY KEY, name text NOT NULL, born_on date NOT NULL, seen_at timestamptz,
          history jsonb NOT NULL DEFAULT '[]', tags text[] NOT NULL DEFAULT '{}', level int NOT NULL DEFAULT 7,
          active boolean NOT NULL DEFAULT true, wage bigint, code text NOT NULL DEFAULT 'ANY', created_at timestamptz NOT NULL DEFAULT now())`);
      const odd = 'it\'s "quoted", back\\slash, tab\t, é 😀';
      const rows = (n: number) =>
        [...Array(n)].map((_, i) => ({
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          name: i === 1 ? odd : `n${i}`,
          bornOn: '2001-02-03',
          seenAt: i % 2 ? new Date('2026-01-02T03:04:05.678Z') : null,
          history: i === 0 ? [{ at: '2026-01-01', note: odd }] : undefined,
          tags: i === 2 ? ['a', 'b,c', odd] : undefined,
          level: i === 3 ? 0 : undefined,
          active: i === 4 ? false : undefined,
          wage: i === 5 ? '9007199254740993' : null,
          code: i === 6 ? 'x' : undefined,
        }));
      await ds.transaction(async (m) => {
        await insertEntities(m, A, rows(8) as never);
        await m
          .createQueryBuilder()
          .insert()
          .into(B)
          .values(rows(8) as never)
          .updateEntity(false)
          .execute();
      });
      const read = (t: string) =>
        ds.query(`SELECT id, name, born_on::text, seen_at, history, tags, level, active, wage, code FROM ${t} ORDER BY id`);
      const a = await read('things_a');
      expect(a).toEqual(await read('things_b'));
      expect(a[1].name).toBe(odd);
      expect(a[2].tags).toEqual(['a', 'b,c', odd]);
      expect(a.map((r: { level: number }) => r.level)).toEqual([7, 7, 7, 0, 7, 7, 7, 7]);
      expect(a[6].code).toBe('X');
      // rows keep the order given (their physical order, as one multi-row INSERT would)
      const physical = await ds.query(`SELECT id FROM things_a`);
      expect(physical.map((r: { id: string }) => r.id)).toEqual(rows(8).map((r) => r.id));
      await insertEntities(ds.manager, A, []);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

describe('createIndexConcurrently', () => {
  it('builds an index once (again: nothing), and rebuilds one an interrupted build left invalid', async () => {
    const db = await createTestDatabase('persistence_index');
    const c = new Client({ connectionString: db.url });
    await c.connect();
    const sql = { query: (text: string, values?: unknown[]) => c.query(text, values).then((r) => r.rows) };
    const state = async () =>
      (
        await c.query(
          `SELECT x.indisvalid AS valid, pg_get_indexdef(x.indexrelid) AS def FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid WHERE i.relname = 'things_n'`,
        )
      ).rows;
    try {
      await c.query('CREATE TABLE things (id int PRIMARY KEY, n int)');
      await c.query('INSERT INTO things VALUES (1, 7), (2, 7)');
      // a unique build over duplicates fails, and leaves the index behind, invalid (as an interrupted CONCURRENTLY build does)
      await expect(c.query('CREATE UNIQUE INDEX CONCURRENTLY things_n ON things (n)')).rejects.toThrow(/could not create unique index/);
      expect(await state()).toEqual([{ valid: false, def: expect.stringContaining('UNIQUE') }]);
      await createIndexConcurrently(sql, 'things_n', 'things (n) WHERE n > 0');
      expect(await state()).toEqual([{ valid: true, def: 'CREATE INDEX things_n ON public.things USING btree (n) WHERE (n > 0)' }]);
      // a second run keeps the valid index as it is
      await createIndexConcurrently(sql, 'things_n', 'things (id)');
      expect(await state()).toEqual([{ valid: true, def: 'CREATE INDEX things_n ON public.things USING btree (n) WHERE (n > 0)' }]);
      // as a migration: outside a transaction, up builds it, down drops it
      const M = indexMigration('ThingsN1700000000000', 'things_n', 'things (n)');
      const m = new M();
      expect(m).toMatchObject({ name: 'ThingsN1700000000000', transaction: false });
      await m.down(sql as unknown as QueryRunner);
      expect(await state()).toEqual([]);
      await m.up(sql as unknown as QueryRunner);
      expect(await state()).toEqual([{ valid: true, def: 'CREATE INDEX things_n ON public.things USING btree (n)' }]);
      expect(() => indexMigration('X1', 'things; DROP TABLE things', 'things (n)')).toThrow(/plain identifier/);
      // its inverse: up drops it, down builds it again (outside a transaction too)
      const D = dropIndexesMigration('DropThingsN1700000000001', [{ name: 'things_n', definition: 'things (n)' }]);
      const d = new D();
      expect(d).toMatchObject({ name: 'DropThingsN1700000000001', transaction: false });
      await d.up(sql as unknown as QueryRunner);
      expect(await state()).toEqual([]);
      await d.down(sql as unknown as QueryRunner);
      expect(await state()).toEqual([{ valid: true, def: 'CREATE INDEX things_n ON public.things USING btree (n)' }]);
      expect(() => dropIndexesMigration('X2', [{ name: 'things_n; DROP TABLE things', definition: 'things (n)' }])).toThrow(
        /plain identifier/,
      );
    } finally {
      await c.end();
      await db.drop();
    }
  });
});

describe('readAll', () => {
  it("reads one after the other on a transaction's connection and all at once on the pool (real PostgreSQL)", async () => {
    const db = await createTestDatabase('persistence_read_all');
    const ds = await openDatabase({ url: db.url, entities: [], migrations: [] });
    try {
      /** pg's client of a transaction: a query sent while another is running is what pg 9 refuses */
      type PgClient = { _activeQuery?: unknown; queryQueue: unknown[]; query: (...a: unknown[]) => unknown; watched?: true };
      let overlapped = 0;
      const read = (manager: import('typeorm').EntityManager, n: number) => async () => {
        const client = (manager.queryRunner as unknown as { databaseConnection: PgClient }).databaseConnection;
        if (client && !client.watched) {
          const query = client.query.bind(client);
          client.query = (...a: unknown[]) => {
            if (client._activeQuery || client.queryQueue.length) overlapped++;
            return query(...a);
          };
          client.watched = true;
        }
        return Number((await manager.query(`SELECT $1::int AS n, pg_sleep(0.02)`, [n]))[0].n);
      };
      const inTransaction = await ds.transaction((m) => readAll(m, [read(m, 1), read(m, 2), read(m, 3)] as const));
      expect(inTransaction).toEqual([1, 2, 3]);
      expect(overlapped).toBe(0);
      // (Promise.all in the same transaction counts 2 here: the second and third reads are sent while the first runs)

      // on the pool the reads run at once, each on its own connection
      const pids = await readAll(ds.manager, [
        async () => (await ds.manager.query(`SELECT pg_backend_pid() AS p, pg_sleep(0.05)`))[0].p as number,
        async () => (await ds.manager.query(`SELECT pg_backend_pid() AS p, pg_sleep(0.05)`))[0].p as number,
      ]);
      expect(new Set(pids).size).toBe(2);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});

describe('page token keys a client may forge', () => {
  it('takes dates and timestamps as PostgreSQL writes them or as ISO 8601, with every field in range', () => {
    for (const t of [
      '2026-12-01',
      '2026-11-27 22:19:52.412+00',
      '2026-11-27 22:19:52+07',
      '2026-11-27 22:19:52.123456+05:30',
      '2024-02-29 00:00:00+00',
      '2026-11-27T22:19:52.412Z',
      '0001-01-01 00:00:00+00',
    ])
      expect([t, isTimestampText(t)]).toEqual([t, true]);
    // Date.parse takes most of these; PostgreSQL refuses them all as timestamptz
    for (const t of [
      '2026-02-30',
      '2026-02-30 10:00:00+00',
      '2025-02-29 10:00:00+00',
      '2026-13-01 10:00:00+00',
      '2026-11-27 24:00:00+00',
      '2026-11-27 22:60:00+00',
      'abc 2026',
      '12',
      '1e999',
      '',
      '2026-11-27 22:19:52.412+00 BC',
      '0000-01-01 00:00:00+00',
      '2026-11-27 22:19:52+99',
    ])
      expect([t, isTimestampText(t)]).toEqual([t, false]);
  });

  it('refuses a page token whose time is not one PostgreSQL reads', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(decodePageToken(encodePageToken({ ts: '2026-11-27 22:19:52.412+00', id, filter: 'f' }))).toBeDefined();
    expect(decodePageToken(encodePageToken({ ts: '2026-02-30 10:00:00+00', id, filter: 'f' }))).toBeUndefined();
    expect(decodePageToken(encodePageToken({ ts: 'abc 2026', id, filter: 'f' }))).toBeUndefined();
    // a listing by a date (training batches by start date)
    expect(decodePageToken(encodePageToken({ ts: '2026-12-01', id, filter: 'f' }))).toBeDefined();
  });
});
