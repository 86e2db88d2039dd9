import { VacancySearchService } from './vacancy-search.service';
import { WAGE_SORT_MAX_MATCHES } from './vacancy-search.query';

/** The wage order of a text search: sorted matches when the planner expects few, the wage index walked when many. */
describe('wage order strategy', () => {
  const run = async (planRows: number, input: { q?: string; region?: string }) => {
    const statements: string[] = [];
    // a fake pg pool (plain and prepared statements)
    const pool = {
      query: async (q: string | { text: string }) => {
        const text = typeof q === 'string' ? q : q.text;
        statements.push(text);
        return { rows: text.startsWith('EXPLAIN') ? [{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': planRows } }] }] : [] };
      },
    };
    await new VacancySearchService(pool as never).search({ ...input, sort: 'wage', facets: false });
    return statements;
  };

  it('sorts the matches of words the planner expects in at most WAGE_SORT_MAX_MATCHES vacancies', async () => {
    const st = await run(WAGE_SORT_MAX_MATCHES, { q: 'satpam', region: '32' });
    // (an empty page then asks the typo dictionary: the fake answers nothing)
    expect(st[0]).toMatch(/^EXPLAIN \(FORMAT JSON\) SELECT 1 FROM vacancies v WHERE .*search_vector @@/);
    // the matches collected first (ids and wages, from the full-text index), then the page cut from them
    expect(st[1]).toMatch(/^WITH m AS MATERIALIZED \(SELECT v\.id, v\.wage_sort FROM vacancies v WHERE .*search_vector @@/);
    expect(st[1]).toContain('FROM m ORDER BY m.wage_sort DESC, m.id DESC LIMIT');
  });

  it('walks the wage index for words matching more, and for searches without words (no estimate asked)', async () => {
    const many = await run(WAGE_SORT_MAX_MATCHES + 1, { q: 'staf' });
    expect(many[1]).toContain('ORDER BY v.wage_sort DESC, v.id DESC');
    expect(many[1]).not.toContain('MATERIALIZED');
    const noWords = await run(10, { region: '32' });
    expect(noWords).toHaveLength(1);
    expect(noWords[0]).toContain('ORDER BY v.wage_sort DESC, v.id DESC');
  });
});
