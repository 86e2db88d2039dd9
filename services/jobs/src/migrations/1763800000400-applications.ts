import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Karirhub applications and their transition history. One application per (vacancy, seeker); a seeker is hired at most
 * once (the hire closes the AK/1 card). The hire cap (number_needed) is checked under a row lock on the vacancy.
 */
export class Applications1763800000400 implements MigrationInterface {
  name = 'Applications1763800000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE applications (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vacancy_id       uuid NOT NULL REFERENCES vacancies (id),
        job_seeker_id    uuid NOT NULL REFERENCES job_seekers (id),
        employer_id      uuid NOT NULL REFERENCES employers (id),
        person_id        text NOT NULL,
        state            text NOT NULL CHECK (state IN ('APPLIED','SHORTLISTED','INTERVIEW','OFFERED','HIRED','REJECTED','WITHDRAWN')),
        cover_letter     text NOT NULL DEFAULT '' CHECK (char_length(cover_letter) <= 4000),
        screening_notes  jsonb NOT NULL DEFAULT '[]',
        applied_by       text NOT NULL,
        request_id       text UNIQUE,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT applications_once UNIQUE (vacancy_id, job_seeker_id)
      )`);
    // employer's applicant list per vacancy (optionally by state) and a seeker's own list: newest first, keyset on (created_at, id)
    await q.query(`CREATE INDEX applications_vacancy_list ON applications (vacancy_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX applications_vacancy_state_list ON applications (vacancy_id, state, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX applications_seeker_list ON applications (job_seeker_id, created_at DESC, id DESC)`);
    // a seeker is placed once
    await q.query(`CREATE UNIQUE INDEX applications_one_hire_per_seeker ON applications (job_seeker_id) WHERE state = 'HIRED'`);
    await q.query(`
      CREATE TABLE application_transitions (
        id              bigserial PRIMARY KEY,
        application_id  uuid NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        from_state      text NOT NULL DEFAULT '',
        to_state        text NOT NULL,
        actor           text NOT NULL,
        actor_side      text NOT NULL CHECK (actor_side IN ('EMPLOYER','SEEKER','SYSTEM')),
        note            text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
        created_at      timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX application_transitions_application ON application_transitions (application_id, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE application_transitions');
    await q.query('DROP TABLE applications');
  }
}
