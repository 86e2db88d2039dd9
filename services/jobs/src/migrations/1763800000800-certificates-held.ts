import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sertihub certificates held per person, kept from the certificate events (matching/certificates-held.consumer.ts): the
 * status data only (number, scheme code, units, KBJI, status, validity), keyed by the person id; never a name or a NIK.
 * `event_time` is the time of the last event applied, so an older event delivered late changes nothing. Indexes: a person's
 * certificates (scoring), and the VALID ones by unit and by KBJI unit group (matching candidates for a vacancy).
 */
export class CertificatesHeld1763800000800 implements MigrationInterface {
  name = 'CertificatesHeld1763800000800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificates_held (
        certificate_id    uuid PRIMARY KEY,
        person_id         text NOT NULL,
        number            text NOT NULL,
        scheme_code       text NOT NULL,
        competency_units  text[] NOT NULL,
        kbji_code         text NOT NULL DEFAULT '',
        status            text NOT NULL CHECK (status IN ('VALID','SUSPENDED','REVOKED','EXPIRED')),
        issue_date        date NOT NULL,
        valid_until       date NOT NULL,
        event_time        timestamptz NOT NULL,
        updated_at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX certificates_held_by_person ON certificates_held (person_id)`);
    await q.query(`CREATE INDEX certificates_held_valid_units ON certificates_held USING gin (competency_units) WHERE status = 'VALID'`);
    await q.query(
      `CREATE INDEX certificates_held_valid_kbji ON certificates_held (left(kbji_code, 4), valid_until) WHERE status = 'VALID' AND kbji_code <> ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE certificates_held');
  }
}
