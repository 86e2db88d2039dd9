import type { MigrationInterface, QueryRunner } from 'typeorm';
import { sealClearKeys, unsealToClearKeys, type ClearKeyColumn, type KeyEncryptionKeyring } from '@siapkerja/config';

/** Where the private PEMs were in clear before this migration (libs/config sealClearKeys: the SQL it runs). */
const CLEAR_SIGNING_KEYS: ClearKeyColumn = { table: 'signing_keys', column: 'private_pem', type: 'text' };

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
      await sealClearKeys(q, CLEAR_SIGNING_KEYS, (kid, pem: string) => keyring.seal(kid, pem));
    }

    /** Back to clear keys: needs the KEK(s) that sealed them (a wrong one fails, naming it). */
    async down(q: QueryRunner): Promise<void> {
      await unsealToClearKeys(q, CLEAR_SIGNING_KEYS, (kid, key) => keyring.open(kid, key).toString('utf8'));
    }
  };
}
