import path from 'node:path';
import { Pool } from 'pg';
import { createTestDatabase } from '@siapkerja/testing';
import { VACANCY_GIN_PENDING_LIST_KB } from '../src/migrations/1763800001900-vacancy-gin-pending-lists';

// the seeding tool of `npm run seed` (brings the schema up to date with the service's migrations, then COPY)
const { seed } = require(path.resolve(__dirname, '../../../tools/seed.js')) as {
  seed: (o: Record<string, unknown>) => Promise<unknown>;
};

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

/**
 * Migration 1900: a GIN index's pending list (fastupdate) is read whole by every scan of the index, so the vacancies'
 * GIN indexes keep theirs short. Vacancies published after the last VACUUM are what a production catalogue always has.
 */
describe('GIN pending lists of the vacancies (real PostgreSQL)', () => {
  let drop: () => Promise<void>;
  let pool: Pool;

  beforeAll(async () => {
    const db = await createTestDatabase('jobs_gin_pending');
    drop = db.drop;
    await seed({ database: db.url, vacancies: 3_000, seekers: 0, seed: 19, quiet: true });
    pool = new Pool({ connectionString: db.url, max: 1 });
    await pool.query('VACUUM (ANALYZE) vacancies');
    // pgstatginindex: the pending pages of a GIN index (contrib, shipped with the server)
    await pool.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
  }, 300_000);

  afterAll(async () => {
    await pool?.end();
    await drop?.();
  });

  /** Buffers the nationwide full-text index's scan reads for a word no vacancy has (the entry tree's path, and the pending list). */
  const scanBuffers = async () => {
    const index = 'vacancies_search_words_regions';
    await pool.query('SET enable_seqscan = off');
    const plan = (
      await pool.query(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT v.id FROM vacancies v WHERE v.state = 'PUBLISHED'
          AND v.search_vector @@ to_tsquery('simple', 'zzqxwv')`,
      )
    ).rows[0]['QUERY PLAN'][0].Plan as PlanNode;
    const scan = nodes(plan).find((n) => n['Index Name'] === index);
    expect(scan).toBeDefined();
    return scan!['Shared Hit Blocks'] + scan!['Shared Read Blocks'];
  };

  it('keeps every GIN index of the vacancies at a short pending list, which a search scans whole', async () => {
    const { rows } = await pool.query(
      `SELECT c.relname AS name, c.reloptions FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE a.amname = 'gin' AND x.indrelid = 'vacancies'::regclass`,
    );
    // the nationwide and the 38 province full-text indexes, the typo-tolerant one and the matching ones
    expect(rows.length).toBeGreaterThanOrEqual(42);
    for (const r of rows)
      expect({ index: r.name, options: r.reloptions }).toEqual({
        index: r.name,
        options: [`gin_pending_list_limit=${VACANCY_GIN_PENDING_LIST_KB}`],
      });

    const [{ province }] = (
      await pool.query(
        `SELECT province_code AS province FROM vacancies WHERE state = 'PUBLISHED' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
      )
    ).rows;
    const before = await scanBuffers();
    // 600 vacancies published since the last VACUUM (copies of published ones, half of them in the province)
    const publish = () =>
      pool.query(
        `INSERT INTO vacancies (employer_id, position_name, kbji_code, kbli_code, region_code, number_needed, valid_from, valid_until,
           description, state, published_at, skills, wage_min, wage_max, wage_hidden, min_education, employment_type)
         SELECT employer_id, position_name, kbji_code, kbli_code, region_code, number_needed, valid_from, valid_until,
           description, state, now(), skills, wage_min, wage_max, wage_hidden, min_education, employment_type
           FROM (SELECT * FROM vacancies WHERE state = 'PUBLISHED' ORDER BY (province_code = $1) DESC, id LIMIT 300) a
         UNION ALL
         SELECT employer_id, position_name, kbji_code, kbli_code, region_code, number_needed, valid_from, valid_until,
           description, state, now(), skills, wage_min, wage_max, wage_hidden, min_education, employment_type
           FROM (SELECT * FROM vacancies WHERE state = 'PUBLISHED' AND province_code <> $1 ORDER BY id LIMIT 300) b`,
        [province],
      );
    await publish();
    const listPages = (VACANCY_GIN_PENDING_LIST_KB * 1024) / 8192;
    const after = await scanBuffers();
    console.log(`the nationwide full-text index: a scan read ${before} buffers with no pending list, ${after} after 600 vacancies`);
    // at most the list's pages (8 at 64 kB) more than with no list at all
    expect(after - before).toBeLessThanOrEqual(listPages + 2);
    // and every GIN index of the table, the province's full-text index among them, holds at most so many
    const pending: { name: string; pages: number }[] = (
      await pool.query(
        `SELECT c.relname AS name, (pgstatginindex(c.oid)).pending_pages AS pages FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
          JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' AND x.indrelid = 'vacancies'::regclass`,
      )
    ).rows;
    expect(pending.find((p) => p.name === `vacancies_search_p${province}`)).toBeDefined();
    for (const p of pending) expect({ index: p.name, full: p.pages > listPages }).toEqual({ index: p.name, full: false });
    // the control: at PostgreSQL's default (4 MB) the same vacancies leave the nationwide index a list many times longer
    await pool.query('ALTER INDEX vacancies_search_words_regions RESET (gin_pending_list_limit)');
    await pool.query('VACUUM vacancies');
    await publish();
    const atDefault = await scanBuffers();
    console.log(`the nationwide full-text index at the default limit: a scan read ${atDefault} buffers after 600 vacancies`);
    expect(atDefault - before).toBeGreaterThan(5 * listPages);
  });
});
