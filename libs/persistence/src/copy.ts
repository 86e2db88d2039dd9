import { Writable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** pg-copy-streams' `from`: a COPY ... FROM STDIN statement as a writable stream of the rows' text. */
const { from: copyFrom } = require('pg-copy-streams') as { from: (sql: string) => Writable & { rowCount?: number } };

/**
 * One value as a field of COPY's text format: NULL is `\N`; backslash, tab, newline and carriage return are escaped;
 * booleans are `t`/`f`; arrays (of strings without braces, commas, quotes or backslashes, such as codes) are `{a,b}`;
 * anything else is its string form (numbers, ISO dates and timestamps, UUIDs).
 */
export function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (Array.isArray(v)) return copyField(`{${v.join(',')}}`);
  const s = String(v);
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]) : s;
}
const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Rows given column by column (each array one column, all of one length) as COPY text: one line per row. */
export function copyText(columns: readonly (readonly unknown[])[]): string {
  const n = columns[0]?.length ?? 0;
  const lines = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    let line = copyField(columns[0][i]);
    for (let c = 1; c < columns.length; c++) line += `\t${copyField(columns[c][i])}`;
    lines[i] = line;
  }
  return n === 0 ? '' : `${lines.join('\n')}\n`;
}

/**
 * Inserts rows with `COPY table (columns) FROM STDIN` on the connection of the caller's transaction `m` (the cheapest
 * way into a table: no statement parameters to build, send and parse, no per-row conflict arbitration), inside a
 * savepoint. A COPY cannot skip a row that is already there: when one is (a unique violation, e.g. a concurrent writer
 * inserted the same key first), the savepoint is rolled back and `false` answered, so the caller inserts with its
 * `ON CONFLICT` statement instead. `true`: every row is inserted.
 */
export async function copyRowsOrConflict(m: EntityManager, table: string, columns: readonly string[], text: string): Promise<boolean> {
  const runner = m.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('copyRowsOrConflict runs inside a transaction');
  if (text === '') return true;
  const client = (await runner.connect()) as { query: (s: Writable) => Writable };
  await m.query('SAVEPOINT copy_rows');
  try {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await new Promise<void>((resolve, reject) => {
      stream.once('error', reject);
      stream.once('finish', resolve);
      stream.end(text);
    });
  } catch (e) {
    if ((e as { code?: string }).code !== '23505') throw e; // unique_violation
    await m.query('ROLLBACK TO SAVEPOINT copy_rows');
    return false;
  }
  await m.query('RELEASE SAVEPOINT copy_rows');
  return true;
}
