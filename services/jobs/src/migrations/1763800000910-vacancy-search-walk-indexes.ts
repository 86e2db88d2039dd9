import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createIndexConcurrently } from '@siapkerja/persistence';

/** Every column a search without words filters on or counts by: in the walking indexes, filters never read the table. */
const FILTER_COLUMNS = [
  'province_code',
  'region_code',
  'kbji_code',
  'kbli_code',
  'min_education',
  'employment_type',
  'overseas',
  'wage_sort',
  'wage_min',
  'wage_max',
  'published_at',
];
/** The INCLUDE clause of a walking index: every filter column but its keys. */
export const include = (...keys: string[]) => `INCLUDE (${FILTER_COLUMNS.filter((c) => !keys.includes(c)).join(', ')})`;

const INDEXES = [
  // a province's or a regency's vacancies in date order, and all of them in date and wage order: the page of a search
  // without words walks one of these, testing the filters on the index entries (index-only), and reads the 21 rows it
  // keeps; they replace the plain indexes of migration 300, which made every filtered-out vacancy a table read
  {
    name: 'vacancies_search_walk_province',
    def: `(province_code, published_at DESC, id DESC) ${include('province_code', 'published_at')}`,
    replaces: 'vacancies_search_province_date',
  },
  {
    name: 'vacancies_search_walk_regency',
    def: `(region_code, published_at DESC, id DESC) ${include('region_code', 'published_at')}`,
    replaces: 'vacancies_search_regency_date',
  },
  { name: 'vacancies_search_walk_date', def: `(published_at DESC, id DESC) ${include('published_at')}`, replaces: 'vacancies_search_date' },
  { name: 'vacancies_search_walk_wage', def: `(wage_sort DESC, id DESC) ${include('wage_sort')}`, replaces: 'vacancies_search_wage' },
  // a KBJI unit group (4 digits) or minor group (3) in a province, in date order, with every column its facet counts read
  ...[3, 4].map((digits) => ({
    name: `vacancies_search_province_kbji${digits}`,
    def: `(province_code, (left(kbji_code, ${digits})), published_at DESC, id DESC) INCLUDE (region_code, kbji_code, kbli_code, min_education, employment_type, overseas)`,
    replaces: undefined as string | undefined,
  })),
];
/**
 * Counted facets (searches with words, wage or date filters) read the walking indexes instead; the trigram index of
 * position names is unused since typo tolerance corrects words against a dictionary (migration 320), and a GIN trigram
 * index is among the costliest to keep up on every new vacancy.
 */
const DROPPED = ['vacancies_search_facets', 'vacancies_search_position_trgm'];

/**
 * Searches without words (a region and filters, newest first) and their statistics.
 *  - Index-only walks: the page of such a search walks a date (or wage) ordered index of the region until 21 vacancies
 *    pass the filters. With the filters' columns inside the index entries, a filtered-out vacancy costs an index entry,
 *    not a table page: a regency's newest 21 graduates took 8-110 ms of table reads, now under 1 ms
 *    (vacancy-search.query.ts reads the 21 rows after the walk).
 *  - Occupations: a KBJI unit or minor group is a few percent of a province at most; its own index in date order gives
 *    its newest vacancies and its facet counts (index-only) without walking the province (30-370 ms before).
 *  - Statistics: a regency names its province, and the planner took the two conditions as independent (estimating 274
 *    vacancies in a regency of 5,829, and sorting them all instead of walking); the functional dependency and the list
 *    of every regency's frequency (514 regencies: statistics target 1000) give it the true counts.
 * Indexes are built CONCURRENTLY (as migration 700); the indexes replaced are dropped once their successors exist.
 */
export class VacancySearchWalkIndexes1763800000910 implements MigrationInterface {
  name = 'VacancySearchWalkIndexes1763800000910';
  transaction = false;

  async up(q: QueryRunner): Promise<void> {
    for (const i of INDEXES) {
      await createIndexConcurrently(q, i.name, `vacancies ${i.def} WHERE state = 'PUBLISHED'`);
      if (i.replaces) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${i.replaces}`);
    }
    for (const name of DROPPED) await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${name}`);
    await q.query(`ALTER TABLE vacancies ALTER COLUMN region_code SET STATISTICS 1000, ALTER COLUMN kbji_code SET STATISTICS 1000`);
    await q.query(
      `CREATE STATISTICS IF NOT EXISTS vacancies_region_province (dependencies, mcv) ON province_code, region_code FROM vacancies`,
    );
    await q.query(`ALTER STATISTICS vacancies_region_province SET STATISTICS 1000`);
    await q.query(`ANALYZE vacancies`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP STATISTICS IF EXISTS vacancies_region_province`);
    await q.query(`ALTER TABLE vacancies ALTER COLUMN region_code SET STATISTICS -1, ALTER COLUMN kbji_code SET STATISTICS -1`);
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS vacancies_search_facets ON vacancies (province_code, region_code, kbji_code, kbli_code, min_education, employment_type, overseas, published_at) WHERE state = 'PUBLISHED'`,
    );
    await q.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS vacancies_search_position_trgm ON vacancies USING gin (position_name gin_trgm_ops) WHERE state = 'PUBLISHED'`,
    );
    const old: Record<string, string> = {
      vacancies_search_province_date: '(province_code, published_at DESC, id DESC)',
      vacancies_search_regency_date: '(region_code, published_at DESC, id DESC)',
      vacancies_search_date: '(published_at DESC, id DESC)',
      vacancies_search_wage: '(wage_sort DESC, id DESC)',
    };
    for (const i of INDEXES) {
      if (i.replaces)
        await q.query(`CREATE INDEX CONCURRENTLY IF NOT EXISTS ${i.replaces} ON vacancies ${old[i.replaces]} WHERE state = 'PUBLISHED'`);
      await q.query(`DROP INDEX CONCURRENTLY IF EXISTS ${i.name}`);
    }
  }
}
