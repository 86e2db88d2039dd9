import { StatementBatcher } from './batch';

describe('StatementBatcher (group commit)', () => {
  it('runs a lone call at once, and the calls made while a batch is in flight together as the next batch, in order', async () => {
    const batches: number[][] = [];
    const gates: (() => void)[] = []; // each batch waits until its gate is opened
    const b = new StatementBatcher<number, string>(async (items) => {
      batches.push(items);
      await new Promise<void>((open) => gates.push(open));
      return items.map((i) => `r${i}`);
    });
    const first = b.submit(1);
    await Promise.resolve();
    await Promise.resolve();
    expect(batches).toEqual([[1]]); // at once, alone
    const rest = [2, 3, 4].map((i) => b.submit(i));
    expect(batches).toHaveLength(1); // waiting for the batch in flight
    gates[0]();
    expect(await first).toBe('r1');
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    gates[1]();
    expect(await Promise.all(rest)).toEqual(['r2', 'r3', 'r4']);
  });

  it('keeps to maxBatch and concurrency', async () => {
    const sizes: number[] = [];
    let inFlight = 0;
    let most = 0;
    const b = new StatementBatcher<number, number>(
      async (items) => {
        sizes.push(items.length);
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return items.map((i) => i * 2);
      },
      { maxBatch: 3, concurrency: 2 },
    );
    const out = await Promise.all(Array.from({ length: 10 }, (_, i) => b.submit(i)));
    expect(out).toEqual(Array.from({ length: 10 }, (_, i) => i * 2));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, n) => a + n, 0)).toBe(10);
    expect(most).toBe(2);
  });

  it("gives a failed batch's error to each of its calls, and goes on with the next batch", async () => {
    let n = 0;
    const b = new StatementBatcher<number, number>(async (items) => {
      if (n++ === 0) throw new Error('database down');
      return items;
    });
    const failed = b.submit(1);
    const next = b.submit(2);
    await expect(failed).rejects.toThrow('database down');
    expect(await next).toBe(2);
    // a run that answers the wrong number of results fails its calls instead of leaving them unanswered
    const short = new StatementBatcher<number, number>(async () => []);
    await expect(short.submit(1)).rejects.toThrow('a batch of 1 answered 0 results');
  });

  it('runs a failed batch of several again one call at a time, so only the item the statement refused fails', async () => {
    const runs: string[][] = [];
    let open!: () => void;
    const first = new Promise<void>((r) => (open = r));
    const b = new StatementBatcher<string, string>(async (items) => {
      runs.push(items);
      if (items[0] === 'lone') await first;
      if (items.includes('bad')) throw new Error('invalid byte sequence');
      return items.map((i) => i.toUpperCase());
    });
    const lone = b.submit('lone');
    const results = ['a', 'bad', 'c'].map((i) => b.submit(i).then(String, (e: Error) => `error: ${e.message}`));
    open();
    await lone;
    expect(await Promise.all(results)).toEqual(['A', 'error: invalid byte sequence', 'C']);
    expect(runs).toEqual([['lone'], ['a', 'bad', 'c'], ['a'], ['bad'], ['c']]);
  });
});
