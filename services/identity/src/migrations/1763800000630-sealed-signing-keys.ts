import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SEALED_KEY_CHECK, type KeyEncryptionKeyring } from '@siapkerja/config';

/**
 * The access-token signing keys leave the database in clear: each `signing_keys.private_pem` is sealed with AES-256-GCM
 * under the configured key-encryption key (SIGNING_KEY_ENCRYPTION_KEY, or the development KEK outside production, see
 * keys/signing-key-encryption.ts) into `sealed_private_key` (nonce || ciphertext || tag) with the KEK's id in `kek_id`, and
 * `private_pem` is dropped, all in this migration's transaction. The KEK is configuration, not data, so this migration is
 * made from the service's loaded configuration (ServiceDefinition.configuredMigrations). The clear values are set to NULL
 * before the column is dropped, so no live row version keeps them (earlier row versions go with VACUUM; backups and WAL
 * from before this migration still hold them: rotate the signing key after it if they matter).
 */
export function sealedSigningKeysMigration(keyring: KeyEncryptionKeyring): new () => MigrationInterface {
  return class SealedSigningKeys1763800000630 implements MigrationInterface {
    name = 'SealedSigningKeys1763800000630';

    async up(q: QueryRunner): Promise<void> {
      await q.query(
        `ALTER TABLE signing_keys ADD COLUMN sealed_private_key bytea, ADD COLUMN kek_id text, ALTER COLUMN private_pem DROP NOT NULL`,
      );
      const rows: { kid: string; private_pem: string }[] = await q.query(`SELECT kid, private_pem FROM signing_keys FOR UPDATE`);
      for (const r of rows) {
        const s = keyring.seal(r.kid, r.private_pem);
        await q.query(`UPDATE signing_keys SET sealed_private_key = $2, kek_id = $3, private_pem = NULL WHERE kid = $1`, [
          r.kid,
          s.sealed,
          s.kekId,
        ]);
      }
      await q.query(`
        ALTER TABLE signing_keys
          DROP COLUMN private_pem,
          ALTER COLUMN sealed_private_key SET NOT NULL,
          ALTER COLUMN kek_id SET NOT NULL,
          ADD CONSTRAINT signing_keys_sealed_form CHECK (${SEALED_KEY_CHECK})`);
    }

    /** Back to clear keys: needs the KEK(s) that sealed them (a wrong one fails, naming it). */
    async down(q: QueryRunner): Promise<void> {
      await q.query(`ALTER TABLE signing_keys ADD COLUMN private_pem text`);
      const rows: { kid: string; sealed_private_key: Buffer; kek_id: string }[] = await q.query(
        `SELECT kid, sealed_private_key, kek_id FROM signing_keys FOR UPDATE`,
      );
      for (const r of rows)
        await q.query(`UPDATE signing_keys SET private_pem = $2 WHERE kid = $1`, [
          r.kid,
          keyring.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id }).toString('utf8'),
        ]);
      await q.query(`ALTER TABLE signing_keys DROP COLUMN sealed_private_key, DROP COLUMN kek_id, ALTER COLUMN private_pem SET NOT NULL`);
    }
  };
}
