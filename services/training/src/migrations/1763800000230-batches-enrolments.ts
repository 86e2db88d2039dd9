import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Batches of a program and people's enrolments in them, with the rules the service keeps repeated as constraints: dates
 * in order, accepted enrolments never beyond the capacity, one enrolment per person and batch, a NIK or (after an
 * erasure) a stand-in. person_privacy remembers a person's erasure and restriction requests (UU 27/2022) even before he
 * has an enrolment here.
 */
export class BatchesEnrolments1763800000230 implements MigrationInterface {
  name = 'BatchesEnrolments1763800000230';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE batches (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        program_id          uuid NOT NULL REFERENCES programs(id),
        start_date          date NOT NULL,
        end_date            date NOT NULL,
        registration_opens  date NOT NULL,
        registration_closes date NOT NULL,
        capacity            integer NOT NULL CHECK (capacity BETWEEN 1 AND 1000),
        accepted_count      integer NOT NULL DEFAULT 0,
        region_code         text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        mode                text NOT NULL CHECK (mode IN ('OFFLINE', 'ONLINE')),
        state               text NOT NULL CHECK (state IN ('SCHEDULED', 'OPEN', 'RUNNING', 'COMPLETED', 'CANCELLED')),
        cancel_reason       text NOT NULL DEFAULT '' CHECK (char_length(cancel_reason) <= 1000),
        created_by          text NOT NULL,
        request_id          text UNIQUE,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT batches_dates CHECK (end_date >= start_date AND registration_opens <= registration_closes AND registration_closes < start_date),
        CONSTRAINT batches_seats CHECK (accepted_count BETWEEN 0 AND capacity)
      )`);
    await q.query(`CREATE INDEX batches_program ON batches (program_id, start_date, id)`);

    await q.query(`
      CREATE TABLE enrolments (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        batch_id                 uuid NOT NULL REFERENCES batches(id),
        program_id               uuid NOT NULL REFERENCES programs(id),
        person_id                text NOT NULL,
        nik                      text NOT NULL,
        name                     text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        birth_date               date NOT NULL,
        sex                      smallint NOT NULL CHECK (sex IN (1, 2)),
        region_code              text NOT NULL CHECK (region_code ~ '^[0-9]{2}[.][0-9]{2}$'),
        state                    text NOT NULL CHECK (state IN ('REGISTERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
        registrant               text NOT NULL CHECK (registrant IN ('SELF', 'PARTNER', 'PROVIDER', 'OFFICER', 'MINISTRY', 'SYSTEM')),
        registered_by            text NOT NULL,
        registered_by_client     text,
        request_id               text UNIQUE,
        erased_at                timestamptz,
        processing_restricted_at timestamptz,
        created_at               timestamptz NOT NULL DEFAULT now(),
        updated_at               timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT enrolments_one_per_person UNIQUE (batch_id, person_id),
        -- an erased enrolment keeps a unique stand-in instead of the NIK
        CONSTRAINT enrolments_nik CHECK (nik ~ '^[1-9][0-9]{15}$' OR (erased_at IS NOT NULL AND nik ~ '^X[0-9a-f]{15}$'))
      )`);
    await q.query(`CREATE INDEX enrolments_batch_list ON enrolments (batch_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX enrolments_person ON enrolments (person_id)`);
    await q.query(
      `CREATE INDEX enrolments_registered_by_client ON enrolments (registered_by_client, batch_id) WHERE registered_by_client IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE enrolment_transitions (
        id           bigserial PRIMARY KEY,
        enrolment_id uuid NOT NULL REFERENCES enrolments(id),
        from_state   text NOT NULL DEFAULT '',
        to_state     text NOT NULL,
        actor        text NOT NULL,
        actor_side   text NOT NULL CHECK (actor_side IN ('PROVIDER', 'PERSON', 'REGISTRANT', 'SYSTEM')),
        note         text NOT NULL DEFAULT '' CHECK (char_length(note) <= 1000),
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX enrolment_transitions_enrolment ON enrolment_transitions (enrolment_id, id)`);

    await q.query(`
      CREATE TABLE person_privacy (
        person_id                text PRIMARY KEY,
        erased_at                timestamptz,
        processing_restricted_at timestamptz,
        updated_at               timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE person_privacy');
    await q.query('DROP TABLE enrolment_transitions');
    await q.query('DROP TABLE enrolments');
    await q.query('DROP TABLE batches');
  }
}
