import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EntrepreneurshipInitial1763800000400 implements MigrationInterface {
  name = 'EntrepreneurshipInitial1763800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE tkm_groups (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name           text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        program_kind   text NOT NULL CHECK (program_kind IN ('PEMULA','LANJUTAN','PADAT_KARYA')),
        region_code    text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        member_count   integer NOT NULL CHECK (member_count BETWEEN 1 AND 100),
        business_field text NOT NULL DEFAULT '' CHECK (char_length(business_field) <= 200),
        request_id     text UNIQUE,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tkm_groups_region_kind ON tkm_groups (region_code, program_kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE tkm_groups');
  }
}
