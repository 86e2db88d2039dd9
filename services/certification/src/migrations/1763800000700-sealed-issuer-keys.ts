import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { JWK } from 'jose';
import { sealClearKeys, unsealToClearKeys, type ClearKeyColumn } from '@siapkerja/config';
import type { IssuerKeyKeyring } from '../credentials/issuer-key-encryption';

/** Where the private JWKs were in clear before this migration (libs/config sealClearKeys: the SQL it runs). */
const CLEAR_ISSUER_KEYS: ClearKeyColumn = { table: 'issuer_keys', column: 'private_jwk', type: 'jsonb' };

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
      await sealClearKeys(q, CLEAR_ISSUER_KEYS, (kid, privateJwk: JWK) => keyring.seal(kid, privateJwk));
    }

    /** Back to clear keys: needs the KEK(s) that sealed them (a wrong one fails, naming it). */
    async down(q: QueryRunner): Promise<void> {
      await unsealToClearKeys(q, CLEAR_ISSUER_KEYS, (kid, key) => JSON.stringify(keyring.open(kid, key)));
    }
  };
}
