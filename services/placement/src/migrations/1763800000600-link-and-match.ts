import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATED_ACTIVITY, MIGRATED_CONSUMER, MIGRATED_VACANCY } from '../archive/archive';

/**
 * Issue 14: placements from every channel, the IPK III/1-III/8 read models, graduate outcomes, labour-market information,
 * the archive of consumed events (rebuild) and the receipts of bulk imports.
 *
 * - `placements` becomes the table of every channel: its key moves from the Karirhub application id to `placement_id`
 *   (existing rows keep their application id as placement id, so nothing already counted changes), `employer_key` (the
 *   employer id, NIB or TKM group) and `placed_on` (WIB date) drive the de-duplication of one placement reported by two
 *   channels, and `sources` lists every channel that reported it (one row per report in `placement_sources`).
 * - `event_archive` keeps every envelope a read-model consumer applied (and every accepted import record), in the same
 *   transaction as its effect: the rebuild replays it in order.
 */
export class LinkAndMatch1763800000600 implements MigrationInterface {
  name = 'LinkAndMatch1763800000600';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE placements DROP CONSTRAINT placements_pkey`);
    await q.query(`ALTER TABLE placements ADD COLUMN placement_id uuid`);
    await q.query(`UPDATE placements SET placement_id = application_id`);
    await q.query(`ALTER TABLE placements ALTER COLUMN placement_id SET NOT NULL, ADD PRIMARY KEY (placement_id)`);
    await q.query(
      `ALTER TABLE placements ALTER COLUMN application_id DROP NOT NULL, ALTER COLUMN vacancy_id DROP NOT NULL, ALTER COLUMN employer_id DROP NOT NULL`,
    );
    await q.query(`CREATE UNIQUE INDEX placements_application ON placements (application_id) WHERE application_id IS NOT NULL`);
    await q.query(`ALTER TABLE placements DROP CONSTRAINT placements_sex_check`);
    await q.query(`ALTER TABLE placements ADD CONSTRAINT placements_sex_check CHECK (sex IN (0, 1, 2))`);
    await q.query(`
      ALTER TABLE placements
        ADD COLUMN employer_key  text,
        ADD COLUMN kbli_code     text NOT NULL DEFAULT '',
        ADD COLUMN self_employed boolean NOT NULL DEFAULT false,
        ADD COLUMN placed_on     date,
        ADD COLUMN sources       text[] NOT NULL DEFAULT '{KARIRHUB}'`);
    await q.query(`UPDATE placements SET employer_key = employer_id::text, placed_on = (placed_at AT TIME ZONE 'Asia/Jakarta')::date`);
    await q.query(`ALTER TABLE placements ALTER COLUMN employer_key SET NOT NULL, ALTER COLUMN placed_on SET NOT NULL`);
    await q.query(`CREATE INDEX placements_dedup ON placements (person_id, employer_key, placed_on)`);
    await q.query(`CREATE INDEX placements_region_time ON placements (region_code, placed_at DESC, placement_id DESC)`);
    await q.query(`
      CREATE TABLE placement_sources (
        source_key    text PRIMARY KEY,
        placement_id  uuid NOT NULL,
        source        text NOT NULL,
        reported_at   timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX placement_sources_placement ON placement_sources (placement_id)`);
    await q.query(`
      INSERT INTO placement_sources (source_key, placement_id, source, reported_at)
      SELECT 'KARIRHUB:' || application_id, placement_id, 'KARIRHUB', placed_at FROM placements`);

    await q.query(`
      CREATE TABLE event_archive (
        seq          bigserial PRIMARY KEY,
        consumer     text NOT NULL,
        event_id     text NOT NULL,
        topic        text NOT NULL,
        event_type   text NOT NULL,
        envelope     jsonb NOT NULL,
        archived_at  timestamptz NOT NULL DEFAULT now(),
        UNIQUE (consumer, event_id)
      )`);

    // what the read models held before the archive existed goes into it first, so a rebuild keeps it: the Karirhub
    // placements as PlacementRecorded envelopes, the vacancy registrations and activity counts as migrated rows
    await q.query(`
      INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope)
      SELECT 'placements', 'migrated:' || application_id, 'siapkerja.jobs.placement.v1', 'siapkerja.jobs.placement.recorded',
             jsonb_build_object('specversion', '1.0', 'id', 'migrated:' || application_id, 'type', 'siapkerja.jobs.placement.recorded',
               'source', '/siapkerja/placement/migration', 'subject', application_id::text, 'time', placed_at,
               'datacontenttype', 'application/json', 'dataschema', 'siapkerja:siapkerja.jobs.placement.v1/siapkerja.jobs.placement.recorded',
               'data', jsonb_build_object('applicationId', application_id, 'vacancyId', vacancy_id, 'jobSeekerId', '', 'personId', person_id,
                 'employerId', employer_id, 'employerType', employer_type, 'kbjiCode', kbji_code, 'kbliCode', '',
                 'kbliMainGroup', kbli_main_group, 'workRegionCode', work_region_code, 'overseas', overseas, 'jobSeekerRegionCode', region_code,
                 'sex', sex, 'educationLevel', education_level, 'ageBand', age_band, 'channel', channel, 'placedAt', placed_at))
        FROM placements ORDER BY placed_at, application_id`);
    await q.query(`
      INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope)
      SELECT '${MIGRATED_CONSUMER}', 'migrated:vacancy:' || vacancy_id, 'siapkerja.placement.migration.v1', '${MIGRATED_VACANCY}',
             jsonb_build_object('id', 'migrated:vacancy:' || vacancy_id, 'type', '${MIGRATED_VACANCY}', 'data', to_jsonb(v))
        FROM vacancy_registrations v ORDER BY registered_at, vacancy_id`);
    await q.query(`
      INSERT INTO event_archive (consumer, event_id, topic, event_type, envelope)
      SELECT '${MIGRATED_CONSUMER}', 'migrated:activity:' || event_type || ':' || region_code || ':' || month, 'siapkerja.placement.migration.v1',
             '${MIGRATED_ACTIVITY}', jsonb_build_object('id', 'migrated:activity', 'type', '${MIGRATED_ACTIVITY}', 'data', to_jsonb(a))
        FROM activity_counts a ORDER BY month, event_type, region_code`);

    // IPK III/1-III/6: one row per job seeker / vacancy, with the facts of its registration and how and when it left
    await q.query(`
      CREATE TABLE ipk_job_seekers (
        job_seeker_id     uuid PRIMARY KEY,
        person_id         text NOT NULL,
        region_code       text NOT NULL,
        province_code     text NOT NULL,
        sex               smallint NOT NULL,
        age_band          text NOT NULL,
        education_level   text NOT NULL,
        wanted_kbji_codes text[] NOT NULL,
        kbji_major_group  text NOT NULL,
        registered_month  char(7) NOT NULL,
        closed_kind       text CHECK (closed_kind IN ('PLACED', 'REMOVED')),
        closed_month      char(7)
      )`);
    await q.query(`CREATE INDEX ipk_job_seekers_region ON ipk_job_seekers (region_code, registered_month)`);
    await q.query(`CREATE INDEX ipk_job_seekers_province ON ipk_job_seekers (province_code, registered_month)`);
    await q.query(`
      CREATE TABLE ipk_vacancies (
        vacancy_id        uuid PRIMARY KEY,
        region_code       text NOT NULL,
        province_code     text NOT NULL,
        kbji_code         text NOT NULL,
        kbji_major_group  text NOT NULL,
        kbli_main_group   text NOT NULL DEFAULT '',
        sex_requirement   text NOT NULL DEFAULT 'ANY',
        education_level   text NOT NULL DEFAULT '',
        positions         integer NOT NULL,
        registered_month  char(7) NOT NULL,
        filled            integer NOT NULL DEFAULT 0,
        removed           integer NOT NULL DEFAULT 0,
        closed_month      char(7)
      )`);
    await q.query(`CREATE INDEX ipk_vacancies_region ON ipk_vacancies (region_code, registered_month)`);
    await q.query(`CREATE INDEX ipk_vacancies_province ON ipk_vacancies (province_code, registered_month)`);

    // graduate outcomes
    await q.query(`
      CREATE TABLE training_outcomes (
        enrolment_id      uuid PRIMARY KEY,
        person_id         text NOT NULL,
        provider_id       uuid NOT NULL,
        program_id        uuid NOT NULL,
        program_title     text NOT NULL,
        region_code       text NOT NULL,
        province_code     text NOT NULL,
        kbji_code         text NOT NULL,
        competency_units  text[] NOT NULL,
        scheme_id         text NOT NULL,
        outcome           text NOT NULL,
        outcome_date      date NOT NULL,
        cohort_month      char(7) NOT NULL
      )`);
    await q.query(`CREATE INDEX training_outcomes_person ON training_outcomes (person_id)`);
    await q.query(`CREATE INDEX training_outcomes_region ON training_outcomes (region_code, cohort_month)`);
    await q.query(`
      CREATE TABLE enrolment_starts (
        enrolment_id uuid PRIMARY KEY,
        started_on   date NOT NULL
      )`);
    await q.query(`
      CREATE TABLE certificates_seen (
        certificate_id    uuid PRIMARY KEY,
        person_id         text NOT NULL,
        scheme_id         text NOT NULL,
        scheme_code       text NOT NULL,
        competency_units  text[] NOT NULL,
        kbji_code         text NOT NULL,
        issue_date        date NOT NULL,
        status            text NOT NULL
      )`);
    await q.query(`CREATE INDEX certificates_seen_person ON certificates_seen (person_id)`);
    await q.query(`
      CREATE TABLE programs_seen (
        program_id     uuid PRIMARY KEY,
        title          text NOT NULL,
        region_code    text NOT NULL,
        kbji_code      text NOT NULL,
        capacity       integer NOT NULL,
        published_at   timestamptz NOT NULL,
        withdrawn      boolean NOT NULL DEFAULT false
      )`);

    await q.query(`
      CREATE TABLE import_receipts (
        scope        text NOT NULL,
        kind         text NOT NULL,
        key          text NOT NULL,
        accepted     boolean NOT NULL,
        resource_id  text NOT NULL,
        problem_json text NOT NULL,
        import_id    text NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, kind, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'import_receipts',
      'programs_seen',
      'certificates_seen',
      'enrolment_starts',
      'training_outcomes',
      'ipk_vacancies',
      'ipk_job_seekers',
      'event_archive',
      'placement_sources',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
