import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { JWK } from 'jose';
import { SEALED_KEY_CHECK } from '@siapkerja/config';
import type { IssuerKeyKeyring } from '../credentials/issuer-key-encryption';

/**
 * The issuer's private signing keys leave the database in clear: each `issuer_keys.private_jwk` is sealed with AES-256-GCM
 * under the configured key-encryption key (IssuerKeyKeyring: ISSUER_KEY_ENCRYPTION_KEY, or the development KEK outside
 * production) into `sealed_private_key` (nonce || ciphertext || tag) with the KEK's id in `kek_id`, and `private_jwk` is
 * dropped, all in this migration's transaction. The KEK is configuration, not data, so this migration is made from the
 * service's loaded configuration (ServiceDefinition.configuredMigrations): it cannot run without the key it seals with.
 * The clear values are set to NULL before the column is dropped, so no live row version keeps them (earlier row versions
 * go with VACUUM; backups and WAL from before this migration still hold them: rotate the issuer key after it if they matter).
 */
export function sealedIssuerKeysMigration(keyring: IssuerKeyKeyring): new () => MigrationInterface {
  return class SealedIssuerKeys1763800000700 implements MigrationInterface {
    name = 'SealedIssuerKeys1763800000700';

    async up(q: QueryRunner): Promise<void> {
      await q.query(
        `ALTER TABLE issuer_keys ADD COLUMN sealed_private_key bytea, ADD COLUMN kek_id text, ALTER COLUMN private_jwk DROP NOT NULL`,
      );
      const rows: { kid: string; private_jwk: JWK }[] = await q.query(`SELECT kid, private_jwk FROM issuer_keys FOR UPDATE`);
      for (const r of rows) {
        const s = keyring.seal(r.kid, r.private_jwk);
        await q.query(`UPDATE issuer_keys SET sealed_private_key = $2, kek_id = $3, private_jwk = NULL WHERE kid = $1`, [
          r.kid,
          s.sealed,
          s.kekId,
        ]);
      }
      await q.query(`
        ALTER TABLE issuer_keys
          DROP COLUMN private_jwk,
          ALTER COLUMN sealed_private_key SET NOT NULL,
          ALTER COLUMN kek_id SET NOT NULL,
          ADD CONSTRAINT issuer_keys_sealed_form CHECK (${SEALED_KEY_CHECK})`);
    }

    /** Back to clear keys: needs the KEK(s) that sealed them (a wrong one fails, naming it). */
    async down(q: QueryRunner): Promise<void> {
      await q.query(`ALTER TABLE issuer_keys ADD COLUMN private_jwk jsonb`);
      const rows: { kid: string; sealed_private_key: Buffer; kek_id: string }[] = await q.query(
        `SELECT kid, sealed_private_key, kek_id FROM issuer_keys FOR UPDATE`,
      );
      for (const r of rows)
        await q.query(`UPDATE issuer_keys SET private_jwk = $2 WHERE kid = $1`, [
          r.kid,
          JSON.stringify(keyring.open(r.kid, { sealed: r.sealed_private_key, kekId: r.kek_id })),
        ]);
      await q.query(`ALTER TABLE issuer_keys DROP COLUMN sealed_private_key, DROP COLUMN kek_id, ALTER COLUMN private_jwk SET NOT NULL`);
    }
  };
}
