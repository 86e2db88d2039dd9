import { randomBytes } from 'node:crypto';
import { ConfigError } from './config-error';
import { KeyEncryptionKeyring, SEALED_KEY_CHECK, type KeyringLabels, type SealedKey } from './key-encryption';
import { resealUnderCurrentKek, sealClearKeys, unsealToClearKeys, type ClearKeyColumn, type SealingKeyring } from './sealed-key-table';

const SECRET = 'person-id-secret-for-the-unit-test-0123';
const NAMES = { variable: 'TEST_KEY_ENCRYPTION_KEY', sealedThing: 'test key', protects: 'the test keys' };
const LABELS: KeyringLabels = {
  ...NAMES,
  developmentKekInfo: 'table-test/dev',
  kekIdLabel: 'table-test KEK id',
  aadLabel: 'table-test/v1',
};
const ring = (kek?: Buffer, previousKeks?: Buffer[]) =>
  KeyEncryptionKeyring.create(LABELS, { production: false, PERSON_ID_SECRET: SECRET, kek, previousKeks });
const CLEAR: ClearKeyColumn = { table: 'test_keys', column: 'private_pem', type: 'text' };

type Row = { kid: string; sealed_private_key: Buffer; kek_id: string };
type Call = [sql: string, params?: unknown[]];

/** A stand-in for a DataSource / QueryRunner: records every statement and answers the SELECTs with `rows`. */
function fakeDb(rows: Record<string, unknown>[]) {
  const calls: Call[] = [];
  let transactions = 0;
  const query = async (sql: string, params?: unknown[]) => {
    calls.push(params ? [sql, params] : [sql]);
    return sql.startsWith('SELECT') ? rows : [];
  };
  const ds = {
    transaction: async <T>(work: (m: { query: typeof query }) => Promise<T>) => {
      transactions++;
      return work({ query });
    },
  };
  return { calls, query, ds: ds as never, q: { query } as never, transactions: () => transactions };
}
const sealedRow = (k: KeyEncryptionKeyring, kid: string, plain: string): Row => {
  const s = k.seal(kid, plain);
  return { kid, sealed_private_key: s.sealed, kek_id: s.kekId };
};
const updates = (calls: Call[]) => calls.filter(([sql]) => sql.startsWith('UPDATE'));

describe('tables of sealed keys (re-sealing at start, the migration that seals a clear column)', () => {
  const kekA = randomBytes(32);
  const kekB = randomBytes(32);
  const a = ring(kekA);

  it('re-seals, in one transaction holding the rows, only the keys sealed under a previous KEK; answers how many', async () => {
    const b = ring(kekB, [kekA]);
    const rows = [sealedRow(a, 'k1', 'one'), sealedRow(b, 'k2', 'two'), sealedRow(a, 'k3', 'three')];
    const db = fakeDb(rows);
    expect(await resealUnderCurrentKek(db.ds, 'test_keys', b)).toBe(2);
    expect(db.transactions()).toBe(1);
    expect(db.calls[0]).toEqual(['SELECT kid, sealed_private_key, kek_id FROM test_keys ORDER BY created_at, kid FOR UPDATE']);
    const written = updates(db.calls);
    expect(written.map(([sql]) => sql)).toEqual(Array(2).fill('UPDATE test_keys SET sealed_private_key = $2, kek_id = $3 WHERE kid = $1'));
    expect(written.map(([, p]) => [p![0], p![2]])).toEqual([
      ['k1', b.current.id],
      ['k3', b.current.id],
    ]);
    // the same values, sealed anew under the current KEK (and no longer under the previous one)
    const opened = written.map(([, p]) => b.open(p![0] as string, { sealed: p![1] as Buffer, kekId: p![2] as string }).toString());
    expect(opened).toEqual(['one', 'three']);
    expect(() => ring(kekA).open('k1', { sealed: written[0][1]![1] as Buffer, kekId: b.current.id })).toThrow(ConfigError);

    const none = fakeDb([sealedRow(b, 'k2', 'two')]);
    expect(await resealUnderCurrentKek(none.ds, 'test_keys', b)).toBe(0);
    expect(updates(none.calls)).toEqual([]);
  });

  it('a key no configured KEK opens stops the re-sealing with the keyring’s ConfigError; an altered one with its Error', async () => {
    const db = fakeDb([sealedRow(a, 'k1', 'one')]);
    const wrong = resealUnderCurrentKek(db.ds, 'test_keys', ring(kekB));
    await expect(wrong).rejects.toBeInstanceOf(ConfigError);
    await expect(resealUnderCurrentKek(db.ds, 'test_keys', ring(kekB))).rejects.toThrow(
      `TEST_KEY_ENCRYPTION_KEY does not open test key k1: it is sealed under KEK ${a.current.id}`,
    );
    const row = sealedRow(a, 'k1', 'one');
    row.sealed_private_key[19] ^= 0xff;
    await expect(resealUnderCurrentKek(fakeDb([row]).ds, 'test_keys', ring(kekB, [kekA]))).rejects.toThrow(
      `test key k1: the sealed private key fails authentication under KEK ${a.current.id}`,
    );
    expect(updates(db.calls)).toEqual([]);
  });

  it('works with a keyring that seals something else than bytes (a service’s wrapper, e.g. of JWKs)', async () => {
    const json = (k: KeyEncryptionKeyring): SealingKeyring<object> => ({
      current: k.current,
      seal: (kid, value) => k.seal(kid, JSON.stringify(value)),
      open: (kid, key) => JSON.parse(k.open(kid, key).toString('utf8')),
    });
    const b = ring(kekB, [kekA]);
    const db = fakeDb([sealedRow(a, 'k1', JSON.stringify({ kty: 'OKP', d: 'secret' }))]);
    expect(await resealUnderCurrentKek(db.ds, 'test_keys', json(b))).toBe(1);
    const [, p] = updates(db.calls)[0];
    expect(json(b).open('k1', { sealed: p![1] as Buffer, kekId: p![2] as string })).toEqual({ kty: 'OKP', d: 'secret' });
  });

  it('migration up: adds the sealed columns, seals each clear value and clears it, drops the clear column, adds NOT NULLs and the CHECK', async () => {
    const db = fakeDb([
      { kid: 'k1', private_pem: 'pem one' },
      { kid: 'k2', private_pem: 'pem two' },
    ]);
    const sealedWith: [string, string][] = [];
    await sealClearKeys(db.q, CLEAR, (kid, pem: string) => {
      sealedWith.push([kid, pem]);
      return a.seal(kid, pem);
    });
    expect(sealedWith).toEqual([
      ['k1', 'pem one'],
      ['k2', 'pem two'],
    ]);
    expect(db.calls.map(([sql]) => sql)).toEqual([
      'ALTER TABLE test_keys ADD COLUMN sealed_private_key bytea, ADD COLUMN kek_id text, ALTER COLUMN private_pem DROP NOT NULL',
      'SELECT kid, private_pem FROM test_keys FOR UPDATE',
      'UPDATE test_keys SET sealed_private_key = $2, kek_id = $3, private_pem = NULL WHERE kid = $1',
      'UPDATE test_keys SET sealed_private_key = $2, kek_id = $3, private_pem = NULL WHERE kid = $1',
      `
        ALTER TABLE test_keys
          DROP COLUMN private_pem,
          ALTER COLUMN sealed_private_key SET NOT NULL,
          ALTER COLUMN kek_id SET NOT NULL,
          ADD CONSTRAINT test_keys_sealed_form CHECK (${SEALED_KEY_CHECK})`,
    ]);
    const [, p] = updates(db.calls)[1];
    expect(p![0]).toBe('k2');
    expect(p![2]).toBe(a.current.id);
    expect(a.open('k2', { sealed: p![1] as Buffer, kekId: p![2] as string }).toString()).toBe('pem two');
    expect((p![1] as Buffer).toString('latin1')).not.toContain('pem two');
  });

  it('migration down: adds the clear column back, writes each opened key into it, drops the sealed columns', async () => {
    const rows = [sealedRow(a, 'k1', 'pem one')];
    const db = fakeDb(rows);
    await unsealToClearKeys(db.q, { table: 'test_keys', column: 'private_jwk', type: 'jsonb' }, (kid, key: SealedKey) =>
      a.open(kid, key).toString('utf8'),
    );
    expect(db.calls).toEqual([
      ['ALTER TABLE test_keys ADD COLUMN private_jwk jsonb'],
      ['SELECT kid, sealed_private_key, kek_id FROM test_keys FOR UPDATE'],
      ['UPDATE test_keys SET private_jwk = $2 WHERE kid = $1', ['k1', 'pem one']],
      ['ALTER TABLE test_keys DROP COLUMN sealed_private_key, DROP COLUMN kek_id, ALTER COLUMN private_jwk SET NOT NULL'],
    ]);
    // a wrong KEK: the keyring's ConfigError, before anything is written back
    const again = fakeDb(rows);
    await expect(unsealToClearKeys(again.q, CLEAR, (kid, key) => ring(kekB).open(kid, key).toString())).rejects.toBeInstanceOf(ConfigError);
    expect(updates(again.calls)).toEqual([]);
  });

  it('takes only plain SQL identifiers as the table, column and type names', async () => {
    const db = fakeDb([]);
    await expect(resealUnderCurrentKek(db.ds, 'keys; DROP TABLE x', a)).rejects.toThrow('not a plain SQL identifier');
    await expect(sealClearKeys(db.q, { ...CLEAR, column: 'private pem' }, (kid, v: string) => a.seal(kid, v))).rejects.toThrow(
      'not a plain SQL identifier',
    );
    await expect(unsealToClearKeys(db.q, { ...CLEAR, type: 'text); --' }, () => '')).rejects.toThrow('not a plain SQL identifier');
    expect(db.calls).toEqual([]);
  });
});
