import { Admission } from './admission';

const overloaded = (reason: string) => new Error(`overloaded: ${reason}`);

/** A unit of work that runs until released, noting how many run at once. */
function gatedWork(seen: { now: number; max: number; order: number[] }) {
  const releases: (() => void)[] = [];
  const work = (id: number) => async () => {
    seen.now++;
    seen.max = Math.max(seen.max, seen.now);
    seen.order.push(id);
    await new Promise<void>((r) => releases.push(r));
    seen.now--;
    return id;
  };
  const releaseOne = async () => {
    releases.shift()?.();
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
  };
  return { work, releaseOne, releases };
}

describe('Admission (at most so many units of work at once)', () => {
  it('runs at most `limit` at once, the others in arrival order as places free', async () => {
    const gate = new Admission({ limit: 2, overloaded });
    const seen = { now: 0, max: 0, order: [] as number[] };
    const { work, releaseOne } = gatedWork(seen);
    const all = [1, 2, 3, 4, 5].map((id) => gate.run(work(id)));
    await new Promise((r) => setImmediate(r));
    expect(seen.order).toEqual([1, 2]);
    expect(gate.stats()).toMatchObject({ active: 2, waiting: 3 });
    await releaseOne();
    expect(seen.order).toEqual([1, 2, 3]);
    for (let i = 0; i < 4; i++) await releaseOne();
    expect(await Promise.all(all)).toEqual([1, 2, 3, 4, 5]);
    expect(seen.max).toBe(2);
    expect(gate.stats()).toMatchObject({ active: 0, waiting: 0 });
  });

  it('frees the place of a unit of work that fails', async () => {
    const gate = new Admission({ limit: 1, overloaded });
    await expect(gate.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await gate.run(async () => 'next')).toBe('next');
    expect(gate.stats()).toEqual({ active: 0, waiting: 0, refused: { 'queue-full': 0, deadline: 0 } });
  });

  it('refuses a waiter whose deadline passes before its turn, and skips its place in the queue', async () => {
    const gate = new Admission({ limit: 1, overloaded });
    const seen = { now: 0, max: 0, order: [] as number[] };
    const { work, releaseOne } = gatedWork(seen);
    const first = gate.run(work(1));
    const late = gate.run(work(2), Date.now() + 30);
    const patient = gate.run(work(3));
    await expect(late).rejects.toThrow('overloaded: deadline');
    expect(gate.stats()).toEqual({ active: 1, waiting: 1, refused: { 'queue-full': 0, deadline: 1 } });
    await releaseOne();
    await releaseOne();
    expect(await first).toBe(1);
    expect(await patient).toBe(3);
    expect(seen.order).toEqual([1, 3]); // the refused one never ran
    expect(gate.stats()).toEqual({ active: 0, waiting: 0, refused: { 'queue-full': 0, deadline: 1 } });
  });

  it('refuses at once a deadline already passed (when it would wait) and a full queue; runs at once when a place is free', async () => {
    const gate = new Admission({ limit: 1, maxQueue: 1, overloaded });
    expect(await gate.run(async () => 'free', Date.now() - 1)).toBe('free'); // a free place: no wait, no refusal
    const seen = { now: 0, max: 0, order: [] as number[] };
    const { work, releaseOne } = gatedWork(seen);
    const first = gate.run(work(1));
    await expect(gate.run(work(2), Date.now() - 1)).rejects.toThrow('overloaded: deadline');
    const queued = gate.run(work(3));
    await expect(gate.run(work(4))).rejects.toThrow('overloaded: queue-full');
    expect(gate.stats()).toEqual({ active: 1, waiting: 1, refused: { 'queue-full': 1, deadline: 1 } });
    await releaseOne();
    await releaseOne();
    expect([await first, await queued]).toEqual([1, 3]);
    expect(gate.stats()).toEqual({ active: 0, waiting: 0, refused: { 'queue-full': 1, deadline: 1 } });
  });

  it('refuses at once a unit of work whose turn would come after its deadline, from how long units of work take', async () => {
    const gate = new Admission({ limit: 2, overloaded });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // before any unit of work has ended nothing is known of their duration: nothing is refused ahead of its deadline
    const seen = { now: 0, max: 0, order: [] as number[] };
    const { work, releaseOne } = gatedWork(seen);
    const early = [gate.run(work(1)), gate.run(work(2)), gate.run(work(3), Date.now() + 10_000)];
    for (let i = 0; i < 3; i++) await releaseOne();
    expect(await Promise.all(early)).toEqual([1, 2, 3]);
    // units of work now take about 100 ms (the moving mean follows them)
    for (let i = 0; i < 60; i++) await gate.run(() => sleep(0));
    for (let i = 0; i < 4; i++) await Promise.all([gate.run(() => sleep(100)), gate.run(() => sleep(100))]);
    const meanMs = (gate as unknown as { meanMs: number }).meanMs;
    expect(meanMs).toBeGreaterThan(20);
    // two running, two waiting: a third waiter's turn comes in about 3/2 of the mean
    const running = [gate.run(work(4)), gate.run(work(5)), gate.run(work(6)), gate.run(work(7))];
    const sent = Date.now();
    await expect(gate.run(work(8), Date.now() + meanMs)).rejects.toThrow('overloaded: deadline');
    expect(Date.now() - sent).toBeLessThan(meanMs / 2); // at once, not when its deadline passed
    const patient = gate.run(work(9), Date.now() + 3 * meanMs); // its turn can come in time: it waits
    expect(gate.stats()).toMatchObject({ active: 2, waiting: 3, refused: { deadline: 1 } });
    for (let i = 0; i < 5; i++) await releaseOne();
    expect(await Promise.all([...running, patient])).toEqual([4, 5, 6, 7, 9]);
  });

  it('keeps its queue small after many units of work went through it', async () => {
    const gate = new Admission({ limit: 1, overloaded });
    const runs = Array.from({ length: 5000 }, (_, i) => gate.run(async () => i));
    expect((await Promise.all(runs)).at(-1)).toBe(4999);
    expect((gate as unknown as { waiting: unknown[] }).waiting.length).toBe(0);
  });

  it('refuses a limit below 1', () => {
    expect(() => new Admission({ limit: 0, overloaded })).toThrow('admission limit must be an integer >= 1 (got 0)');
  });
});
