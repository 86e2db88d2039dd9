import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organization an account or API client acts for: a training provider (Skillhub) or an LSP (Sertihub). Like the region
 * of an officer, it travels in the access token (`org`) and the services limit such a caller to that organization's records.
 */
export class OrganizationBinding1763800000620 implements MigrationInterface {
  name = 'OrganizationBinding1763800000620';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_clients ADD COLUMN organization_id uuid`);
    await q.query(`ALTER TABLE auth_accounts ADD COLUMN organization_id uuid`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE auth_accounts DROP COLUMN organization_id`);
    await q.query(`ALTER TABLE auth_clients DROP COLUMN organization_id`);
  }
}
