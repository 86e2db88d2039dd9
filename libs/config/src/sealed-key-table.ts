import type { DataSource, QueryRunner } from 'typeorm';
import { SEALED_KEY_CHECK, type Kek, type SealedKey } from './key-encryption';

/**
 * A table of sealed private keys, as identity's `signing_keys` and certification's `issuer_keys` are: `kid` (primary key),
 * `sealed_private_key bytea` (nonce || ciphertext || tag), `kek_id text`, `created_at`, and the CHECK
 * `<table>_sealed_form` ({@link SEALED_KEY_CHECK}). The private keys are sealed with a KeyEncryptionKeyring (or a
 * service's wrapper of it that seals something else than bytes, such as JWKs).
 */
export interface SealingKeyring<T> {
  readonly current: Kek;
  seal(kid: string, value: T): SealedKey;
  open(kid: string, key: SealedKey): T;
}

/** The column a table held its private keys in, in clear, before they were sealed (what {@link sealClearKeys} drops). */
export interface ClearKeyColumn {
  /** the table of keys, e.g. `signing_keys` */
  table: string;
  /** the clear column, e.g. `private_pem` */
  column: string;
  /** its SQL type, e.g. `text` or `jsonb` (what {@link unsealToClearKeys} adds back) */
  type: string;
}

type SealedRow = { kid: string; sealed_private_key: Buffer; kek_id: string };

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
/** The names are the service's constants, never input; checked all the same, since they are written into the SQL. */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return name;
}

/**
 * KEK rotation at start: opens every stored private key of `table` with the configured KEKs (a wrong or missing KEK throws
 * the keyring's ConfigError naming the KEK ids, an altered row its Error) and re-seals those sealed under a previous KEK
 * under the current one, in one transaction holding the rows (`FOR UPDATE`): replicas starting together re-seal each key
 * once. Answers how many were re-sealed.
 */
export async function resealUnderCurrentKek<T>(ds: DataSource, table: string, keyring: SealingKeyring<T>): Promise<number> {
  const t = identifier(table);
  return ds.transaction(async (m) => {
    const rows: SealedRow[] = await m.query(`SELECT kid, sealed_private_key, kek_id FROM ${t} ORDER BY created_at, kid FOR UPDATE`);
    let n = 0;
    for (const r of rows) {
      const value = keyring.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id });
      if (r.kek_id === keyring.current.id) continue;
      const s = keyring.seal(r.kid, value);
      await m.query(`UPDATE ${t} SET sealed_private_key = $2, kek_id = $3 WHERE kid = $1`, [r.kid, s.sealed, s.kekId]);
      n++;
    }
    return n;
  });
}

/**
 * The `up` of the migration that seals a table's clear private keys: adds `sealed_private_key` and `kek_id`, seals each
 * row's clear value (as the database returns it) with `seal` and sets the clear value to NULL, so no live row version keeps
 * it, then drops the clear column and adds the NOT NULLs and the CHECK `<table>_sealed_form`; all in the migration's
 * transaction.
 */
export async function sealClearKeys<C>(q: QueryRunner, clear: ClearKeyColumn, seal: (kid: string, clear: C) => SealedKey): Promise<void> {
  const t = identifier(clear.table);
  const c = identifier(clear.column);
  await q.query(`ALTER TABLE ${t} ADD COLUMN sealed_private_key bytea, ADD COLUMN kek_id text, ALTER COLUMN ${c} DROP NOT NULL`);
  const rows: ({ kid: string } & Record<string, C>)[] = await q.query(`SELECT kid, ${c} FROM ${t} FOR UPDATE`);
  for (const r of rows) {
    const s = seal(r.kid, r[c]);
    await q.query(`UPDATE ${t} SET sealed_private_key = $2, kek_id = $3, ${c} = NULL WHERE kid = $1`, [r.kid, s.sealed, s.kekId]);
  }
  await q.query(`
        ALTER TABLE ${t}
          DROP COLUMN ${c},
          ALTER COLUMN sealed_private_key SET NOT NULL,
          ALTER COLUMN kek_id SET NOT NULL,
          ADD CONSTRAINT ${t}_sealed_form CHECK (${SEALED_KEY_CHECK})`);
}

/**
 * The `down` of that migration, back to clear keys: adds the clear column, writes into it what `open` makes of each sealed
 * key (needs the KEK(s) that sealed them: a wrong one fails, naming it), drops `sealed_private_key` and `kek_id`.
 */
export async function unsealToClearKeys(
  q: QueryRunner,
  clear: ClearKeyColumn,
  open: (kid: string, key: SealedKey) => string,
): Promise<void> {
  const t = identifier(clear.table);
  const c = identifier(clear.column);
  await q.query(`ALTER TABLE ${t} ADD COLUMN ${c} ${identifier(clear.type)}`);
  const rows: SealedRow[] = await q.query(`SELECT kid, sealed_private_key, kek_id FROM ${t} FOR UPDATE`);
  for (const r of rows)
    await q.query(`UPDATE ${t} SET ${c} = $2 WHERE kid = $1`, [r.kid, open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id })]);
  await q.query(`ALTER TABLE ${t} DROP COLUMN sealed_private_key, DROP COLUMN kek_id, ALTER COLUMN ${c} SET NOT NULL`);
}
