import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who may act for an employer: the partner client that registered it (owner_client_id), the person accounts that are its
 * members (employer_members), plus its contact and verification status. Additive: employers registered before have no owner
 * (only officers of their region and the ministry act for them) and are UNVERIFIED.
 */
export class EmployerAccounts1763800000150 implements MigrationInterface {
  name = 'EmployerAccounts1763800000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE employers
        ADD COLUMN owner_client_id     text,
        ADD COLUMN contact_name        text NOT NULL DEFAULT '',
        ADD COLUMN contact_phone       text NOT NULL DEFAULT '',
        ADD COLUMN contact_email       text NOT NULL DEFAULT '',
        ADD COLUMN verification_status text NOT NULL DEFAULT 'UNVERIFIED' CHECK (verification_status IN ('UNVERIFIED','VERIFIED','REJECTED')),
        ADD COLUMN verification_note   text NOT NULL DEFAULT '',
        ADD COLUMN verified_by         text,
        ADD COLUMN verified_at         timestamptz`);
    await q.query(`CREATE INDEX employers_owner_client_idx ON employers (owner_client_id) WHERE owner_client_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE employer_members (
        employer_id uuid NOT NULL REFERENCES employers(id) ON DELETE CASCADE,
        account_id  text NOT NULL,
        role        text NOT NULL CHECK (role IN ('OWNER','MEMBER')),
        added_by    text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (employer_id, account_id)
      )`);
    await q.query(`CREATE INDEX employer_members_account_idx ON employer_members (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE employer_members`);
    await q.query(`ALTER TABLE employers DROP COLUMN owner_client_id, DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN contact_email,
      DROP COLUMN verification_status, DROP COLUMN verification_note, DROP COLUMN verified_by, DROP COLUMN verified_at`);
  }
}
