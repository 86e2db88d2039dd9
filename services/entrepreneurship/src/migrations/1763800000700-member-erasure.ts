import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An erased member's NIK is a stand-in (libs/privacy erasedNikSql: 'X' and 15 hex digits), never a NIK. */
export class MemberErasure1763800000700 implements MigrationInterface {
  name = 'MemberErasure1763800000700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tkm_group_members DROP CONSTRAINT tkm_group_members_nik_check`);
    await q.query(`ALTER TABLE tkm_group_members ADD CONSTRAINT tkm_group_members_nik_check CHECK (nik ~ '^([0-9]{16}|X[0-9a-f]{15})$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE tkm_group_members DROP CONSTRAINT tkm_group_members_nik_check`);
    await q.query(`ALTER TABLE tkm_group_members ADD CONSTRAINT tkm_group_members_nik_check CHECK (nik ~ '^[0-9]{16}$')`);
  }
}
