import { DomainError } from '@siapkerja/errors';
import { ImportOrder, type ChunkDependencies } from './import-order';

const never = async () => 0;
const deps = (...names: string[]): ChunkDependencies => new Set(names);
const tick = (ms = 60) => new Promise((r) => setTimeout(r, ms));

describe('ImportOrder: chunks in flight applied in upload order where they depend on each other', () => {
  it('lets a first chunk (after line 0) go at once', async () => {
    await expect(new ImportOrder().after('imp', 0, 'all', never, 1000)).resolves.toBeUndefined();
  });

  it('holds a chunk until the chunk before it was applied in this process, also when it arrived first', async () => {
    const order = new ImportOrder();
    const applied: string[] = [];
    // the second chunk (lines 1001-2000) arrives before the first (lines 1-1000); both touch enrolment e1
    order.begin('imp', 1000, 2000);
    order.declare('imp', 2000, deps('enrolment:e1'));
    const second = order.after('imp', 1000, deps('enrolment:e1'), never, 5000).then(() => applied.push('second'));
    await tick();
    expect(applied).toEqual([]);
    order.begin('imp', 0, 1000);
    order.declare('imp', 1000, deps('enrolment:e1', 'enrolment:e2'));
    await order.after('imp', 0, deps('enrolment:e1', 'enrolment:e2'), never, 5000);
    applied.push('first');
    expect(order.end('imp', 1000)).toBe(1000);
    await second;
    expect(order.end('imp', 2000)).toBe(2000);
    expect(applied).toEqual(['first', 'second']);
  });

  it('applies a chunk that shares nothing with the running chunk before it side by side, and waits for one that does', async () => {
    const order = new ImportOrder();
    order.begin('imp', 0, 100);
    order.declare('imp', 100, deps('batch:b1', 'enrolment:a'));
    order.begin('imp', 100, 200);
    order.declare('imp', 200, deps('batch:b2', 'enrolment:b'));
    order.begin('imp', 200, 300);
    order.declare('imp', 300, deps('enrolment:a'));
    // the second shares nothing with the first: it goes while the first still runs
    await expect(order.after('imp', 100, deps('batch:b2', 'enrolment:b'), never, 5000)).resolves.toBeUndefined();
    // the third shares enrolment a with the first (past the independent second): it waits for the first
    let third = false;
    const waiting = order.after('imp', 200, deps('enrolment:a'), never, 5000).then(() => (third = true));
    await tick();
    expect(third).toBe(false);
    // the second finished first: the upload is not yet applied through its lines (the first still runs)
    expect(order.end('imp', 200)).toBe(0);
    await tick();
    expect(third).toBe(false);
    expect(order.end('imp', 100)).toBe(200);
    await waiting;
    expect(order.end('imp', 300)).toBe(300);
  });

  it('orders a chunk whose dependencies are not known after everything before it, and waits for a predecessor still parsing', async () => {
    const order = new ImportOrder();
    order.begin('imp', 0, 10);
    let next = false;
    const waiting = order.after('imp', 10, deps('enrolment:z'), never, 5000).then(() => (next = true));
    await tick();
    expect(next).toBe(false); // the first chunk's dependencies are not declared yet
    order.declare('imp', 10, 'all');
    await tick();
    expect(next).toBe(false); // 'all' conflicts with everything
    order.end('imp', 10);
    await waiting;
  });

  it('fails the successor of a failed chunk it depends on (ABORTED), so nothing is applied out of order', async () => {
    const order = new ImportOrder();
    order.begin('imp', 0, 10);
    order.declare('imp', 10, deps('enrolment:x'));
    const next = order.after('imp', 10, deps('enrolment:x'), never, 5000);
    order.end('imp', 10, new Error('database unavailable'));
    await expect(next).rejects.toMatchObject({ kind: 'ABORTED' });
    await expect(next).rejects.toBeInstanceOf(DomainError);
  });

  it('lets a chunk that shares nothing with a failed chunk go on', async () => {
    const order = new ImportOrder();
    order.begin('imp', 0, 10);
    order.declare('imp', 10, deps('enrolment:x'));
    order.end('imp', 10, new Error('database unavailable'));
    await expect(order.after('imp', 10, deps('enrolment:y'), never, 5000)).resolves.toBeUndefined();
  });

  it("goes on once the import's applied_through reached the chunk before (applied by another replica)", async () => {
    const order = new ImportOrder();
    let through = 0;
    setTimeout(() => (through = 500), 80);
    const at = Date.now();
    await order.after('imp', 500, deps('enrolment:a'), async () => through, 5000);
    expect(Date.now() - at).toBeGreaterThanOrEqual(60);
  });

  it('gives up with ABORTED when the chunk before never comes', async () => {
    await expect(new ImportOrder().after('imp', 7, deps('enrolment:a'), never, 100)).rejects.toMatchObject({ kind: 'ABORTED' });
  });

  it('forgets a withdrawn chunk as if it never began (a walk waiting for it looks past it), and then the upload', async () => {
    const order = new ImportOrder();
    order.begin('imp', 0, 10);
    order.begin('imp', 10, 20);
    order.withdraw('imp', 20);
    expect(order.tracks('imp')).toBe(true); // the first chunk is still there
    const waiting = order.after('imp', 10, 'all', never, 5000);
    order.withdraw('imp', 10);
    await expect(waiting).resolves.toBeUndefined();
    expect(order.tracks('imp')).toBe(false);
  });

  it('keeps uploads apart', async () => {
    const order = new ImportOrder();
    order.begin('a', 0, 100);
    order.declare('a', 100, 'all');
    await expect(order.after('b', 100, 'all', async () => 100, 1000)).resolves.toBeUndefined();
    order.end('a', 100);
  });
});
