import { DomainError } from '@siapkerja/errors';
import { ImportOrder } from './import-order';

const never = async () => 0;

describe('ImportOrder: chunks in flight applied in upload order', () => {
  it('lets a first chunk (after line 0) go at once', async () => {
    await expect(new ImportOrder().after('imp', 0, never, 1000)).resolves.toBeUndefined();
  });

  it('holds a chunk until the chunk before it was applied in this process, also when it arrived first', async () => {
    const order = new ImportOrder();
    const applied: string[] = [];
    // the second chunk (lines 1001-2000) arrives before the first (lines 1-1000)
    order.begin('imp', 2000);
    const second = order.after('imp', 1000, never, 5000).then(() => applied.push('second'));
    await new Promise((r) => setTimeout(r, 60));
    expect(applied).toEqual([]);
    order.begin('imp', 1000);
    await order.after('imp', 0, never, 5000);
    applied.push('first');
    order.end('imp', 1000);
    await second;
    order.end('imp', 2000);
    expect(applied).toEqual(['first', 'second']);
  });

  it('fails the successor of a failed chunk (ABORTED), so nothing is applied out of order', async () => {
    const order = new ImportOrder();
    order.begin('imp', 10);
    const next = order.after('imp', 10, never, 5000);
    order.end('imp', 10, new Error('database unavailable'));
    await expect(next).rejects.toMatchObject({ kind: 'ABORTED' });
    await expect(next).rejects.toBeInstanceOf(DomainError);
  });

  it("goes on once the import's applied_through reached the chunk before (applied by another replica)", async () => {
    const order = new ImportOrder();
    let through = 0;
    setTimeout(() => (through = 500), 80);
    const at = Date.now();
    await order.after('imp', 500, async () => through, 5000);
    expect(Date.now() - at).toBeGreaterThanOrEqual(60);
  });

  it('gives up with ABORTED when the chunk before never comes', async () => {
    await expect(new ImportOrder().after('imp', 7, never, 100)).rejects.toMatchObject({ kind: 'ABORTED' });
  });

  it('keeps uploads apart', async () => {
    const order = new ImportOrder();
    order.begin('a', 100);
    await expect(order.after('b', 100, async () => 100, 1000)).resolves.toBeUndefined();
    order.end('a', 100);
  });
});
