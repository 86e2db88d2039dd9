import type { DataSource } from 'typeorm';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

/**
 * Runs `sql` under EXPLAIN (ANALYZE, BUFFERS) in a transaction that is rolled back (a DELETE changes nothing), with the
 * planner's `random_page_cost` set for it when given. Answers the plan's nodes, top down ("Index Scan on t using i"), and
 * the shared buffers the whole statement touched: what a test of a statement's plan asserts, not its time.
 */
export async function explainAnalyze(
  ds: DataSource,
  sql: string,
  params: unknown[],
  opts: { randomPageCost?: number } = {},
): Promise<{ nodes: string[]; buffers: number }> {
  const qr = ds.createQueryRunner();
  try {
    await qr.startTransaction();
    if (opts.randomPageCost !== undefined) await qr.query(`SET LOCAL random_page_cost = ${Number(opts.randomPageCost)}`);
    const [row] = await qr.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
    await qr.rollbackTransaction();
    const plan = (row['QUERY PLAN'] as { Plan: PlanNode }[])[0].Plan;
    const nodes: string[] = [];
    const walk = (p: PlanNode) => {
      nodes.push(
        `${p['Node Type']}${p['Relation Name'] ? ` on ${p['Relation Name']}` : ''}${p['Index Name'] ? ` using ${p['Index Name']}` : ''}`,
      );
      for (const c of p.Plans ?? []) walk(c);
    };
    walk(plan);
    // a node's buffer counts include those of the nodes below it
    return { nodes, buffers: plan['Shared Hit Blocks'] + plan['Shared Read Blocks'] };
  } finally {
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    await qr.release();
  }
}
