import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SKKNI unit code, current or legacy form (libs/codes SKKNI_UNIT_REGEX, LEGACY_SKKNI_UNIT_REGEX). */
const SKKNI_UNIT = '([A-U][.][0-9]{6}[.][0-9]{3}[.][0-9]{2}|[A-Z]{2,4}[.][A-Z0-9]{4}[.][0-9]{3}[.][0-9]{2})';

export class CertificationInitial1763800000300 implements MigrationInterface {
  name = 'CertificationInitial1763800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE schemes (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code             text NOT NULL UNIQUE CHECK (btrim(code) = code AND code <> '' AND char_length(code) <= 100),
        name             text NOT NULL CHECK (btrim(name) <> '' AND char_length(name) <= 200),
        scheme_type      text NOT NULL CHECK (scheme_type IN ('KKNI','OKUPASI','KLASTER')),
        kkni_level       integer NOT NULL,
        competency_units text[] NOT NULL CHECK (
                           cardinality(competency_units) BETWEEN 1 AND 200
                           AND array_position(competency_units, NULL) IS NULL
                           AND array_to_string(competency_units, '|') ~ '^${SKKNI_UNIT}([|]${SKKNI_UNIT})*$'),
        kbji_code        text NOT NULL DEFAULT '' CHECK (kbji_code = '' OR kbji_code ~ '^([0-9]{1,4}|[0-9]{4}[.][0-9]{2})$'),
        lsp_name         text NOT NULL CHECK (btrim(lsp_name) <> '' AND char_length(lsp_name) <= 200),
        request_id       text UNIQUE,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT schemes_kkni_level CHECK (CASE WHEN scheme_type = 'KKNI' THEN kkni_level BETWEEN 1 AND 9 ELSE kkni_level = 0 END)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE schemes');
  }
}
