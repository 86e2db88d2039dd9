import type { MigrationInterface, QueryRunner } from 'typeorm';

/** UU 27/2022: when a person's data was erased (pseudonymised) or its processing restricted, on the person's request. */
export class JobSeekerPrivacy1763800000500 implements MigrationInterface {
  name = 'JobSeekerPrivacy1763800000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE job_seekers ADD COLUMN erased_at timestamptz, ADD COLUMN processing_restricted_at timestamptz`);
    // an erased profile keeps a unique stand-in instead of the NIK
    await q.query(`ALTER TABLE job_seekers DROP CONSTRAINT job_seekers_nik_check,
      ADD CONSTRAINT job_seekers_nik_check CHECK (nik ~ '^[1-9][0-9]{15}$' OR (erased_at IS NOT NULL AND nik ~ '^X[0-9a-f]{15}$'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE job_seekers DROP CONSTRAINT job_seekers_nik_check, ADD CONSTRAINT job_seekers_nik_check CHECK (nik ~ '^[1-9][0-9]{15}$') NOT VALID`,
    );
    await q.query(`ALTER TABLE job_seekers DROP COLUMN erased_at, DROP COLUMN processing_restricted_at`);
  }
}
