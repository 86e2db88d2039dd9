import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Programs get an owner: the partner (or training-provider) client or the TRAINING_PROVIDER person account that published
 * it. Programs published before have neither: they are the ministry's (only officers of the region and the ministry act
 * for them).
 */
export class ProgramOwner1763800000220 implements MigrationInterface {
  name = 'ProgramOwner1763800000220';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE programs ADD COLUMN owner_client_id text, ADD COLUMN owner_account_id text,
      ADD CONSTRAINT programs_one_owner CHECK (owner_client_id IS NULL OR owner_account_id IS NULL)`);
    await q.query(`CREATE INDEX programs_owner_client ON programs (owner_client_id) WHERE owner_client_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX programs_owner_client');
    await q.query('ALTER TABLE programs DROP CONSTRAINT programs_one_owner, DROP COLUMN owner_client_id, DROP COLUMN owner_account_id');
  }
}
