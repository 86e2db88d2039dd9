import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ListPrograms by SKKNI unit (GIN overlap) and newest-first keyset listing. */
export class ProgramUnits1763800000210 implements MigrationInterface {
  name = 'ProgramUnits1763800000210';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX programs_competency_units ON programs USING gin (competency_units)`);
    await q.query(`CREATE INDEX programs_list ON programs (created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX programs_list');
    await q.query('DROP INDEX programs_competency_units');
  }
}
