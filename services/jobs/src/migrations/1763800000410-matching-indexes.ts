import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Index-driven candidate generation for matching (services/jobs/src/matching): every candidate query is a bounded index
 * scan on PUBLISHED vacancies or active seekers, never a scan of the catalogue.
 *
 * - `kbji_prefixes(codes)`: every digit prefix of each KBJI code ('2514.00' -> 2, 25, 251, 2514), so "wants an occupation in
 *   minor group 251" is one GIN overlap on the seekers' wanted codes.
 * - `skill_keys(skills)`: free-text skills normalised (trimmed, inner spaces collapsed, lower case), the same rule as
 *   `skillKey` in match-score.ts, for a GIN overlap on skills.
 */
export class MatchingIndexes1763800000410 implements MigrationInterface {
  name = 'MatchingIndexes1763800000410';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION kbji_prefixes(codes text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT left(split_part(c, '.', 1), n)), '{}')
          FROM unnest(codes) AS c, generate_series(1, 4) AS n
         WHERE n <= length(split_part(c, '.', 1))
      $$`);
    await q.query(`
      CREATE FUNCTION skill_keys(skills text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT coalesce(array_agg(DISTINCT k), '{}')
          FROM (SELECT lower(regexp_replace(btrim(s), '\\s+', ' ', 'g')) AS k FROM unnest(skills) AS s) t
         WHERE k <> ''
      $$`);
    // vacancies for a seeker: same occupation (4 digits) by regency, province or anywhere, minor group (3 digits) by province,
    // SKKNI units, skills
    await q.query(
      `CREATE INDEX vacancies_match_kbji4 ON vacancies ((left(kbji_code, 4)), province_code, region_code) WHERE state = 'PUBLISHED'`,
    );
    await q.query(`CREATE INDEX vacancies_match_kbji3 ON vacancies ((left(kbji_code, 3)), province_code) WHERE state = 'PUBLISHED'`);
    await q.query(`CREATE INDEX vacancies_match_skkni ON vacancies USING gin (skkni_units) WHERE state = 'PUBLISHED'`);
    await q.query(`CREATE INDEX vacancies_match_skills ON vacancies USING gin (skill_keys(skills)) WHERE state = 'PUBLISHED'`);
    // seekers for a vacancy: active seekers wanting the occupation (any prefix level), SKKNI units, skills
    await q.query(
      `CREATE INDEX job_seekers_match_kbji ON job_seekers USING gin (kbji_prefixes(wanted_kbji_codes)) WHERE state IN ('REGISTERED','REPORTED')`,
    );
    await q.query(`CREATE INDEX job_seekers_match_skkni ON job_seekers USING gin (skkni_units) WHERE state IN ('REGISTERED','REPORTED')`);
    await q.query(
      `CREATE INDEX job_seekers_match_skills ON job_seekers USING gin (skill_keys(skills)) WHERE state IN ('REGISTERED','REPORTED')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'vacancies_match_kbji4',
      'vacancies_match_kbji3',
      'vacancies_match_skkni',
      'vacancies_match_skills',
      'job_seekers_match_kbji',
      'job_seekers_match_skkni',
      'job_seekers_match_skills',
    ]) {
      await q.query(`DROP INDEX IF EXISTS ${i}`);
    }
    await q.query('DROP FUNCTION skill_keys(text[])');
    await q.query('DROP FUNCTION kbji_prefixes(text[])');
  }
}
