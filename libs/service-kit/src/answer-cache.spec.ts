import { AnswerCache } from './answer-cache';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('AnswerCache', () => {
  let clock = 0;
  const make = (o: Partial<ConstructorParameters<typeof AnswerCache<string>>[0]> = {}) =>
    new AnswerCache<string>({ ttlMs: 1000, maxEntries: 100, now: () => clock, sizeOf: (v) => v.length, ...o });
  beforeEach(() => (clock = 0));

  it('serves a stored answer until its TTL, with its age, then loads again', async () => {
    const c = make();
    let loads = 0;
    const load = async () => `answer ${++loads}`;
    expect(await c.getOrLoad('k', [], load)).toEqual({ value: 'answer 1', hit: false, ageMs: 0 });
    clock = 999;
    expect(await c.getOrLoad('k', [], load)).toEqual({ value: 'answer 1', hit: true, ageMs: 999 });
    clock = 1000;
    expect(await c.getOrLoad('k', [], load)).toEqual({ value: 'answer 2', hit: false, ageMs: 0 });
    expect(c.stats()).toMatchObject({ hits: 1, misses: 2, entries: 1 });
  });

  it('shares one load between concurrent callers of a key (single flight), and a failed load with all of them, storing nothing', async () => {
    const c = make();
    const d = deferred<string>();
    let loads = 0;
    const load = () => (loads++, d.promise);
    const all = Promise.all([c.getOrLoad('k', [], load), c.getOrLoad('k', [], load), c.getOrLoad('k', [], load)]);
    d.resolve('x');
    const r = await all;
    expect(loads).toBe(1);
    expect(r.map((a) => [a.value, a.hit])).toEqual([
      ['x', false],
      ['x', true],
      ['x', true],
    ]);
    expect(c.stats()).toMatchObject({ misses: 1, coalesced: 2 });

    const f = deferred<string>();
    const failing = [c.getOrLoad('f', [], () => f.promise), c.getOrLoad('f', [], () => f.promise)];
    f.reject(new Error('backend down'));
    for (const p of failing) await expect(p).rejects.toThrow('backend down');
    expect(c.get('f')).toBeUndefined();
    expect(await c.getOrLoad('f', [], async () => 'recovered')).toMatchObject({ value: 'recovered', hit: false });
  });

  it('invalidates by tag, only the tagged answers', async () => {
    const c = make();
    await c.getOrLoad('jakarta', ['p:31', 'p:*'], async () => 'a');
    await c.getOrLoad('bali', ['p:51'], async () => 'b');
    await c.getOrLoad('national', ['p:*'], async () => 'n');
    expect(c.invalidate('p:31')).toBe(1);
    expect(c.get('jakarta')).toBeUndefined();
    expect(c.get('bali')?.value).toBe('b');
    expect(c.get('national')?.value).toBe('n');
    expect(c.invalidate('p:*', 'p:99')).toBe(1);
    expect(c.get('national')).toBeUndefined();
    expect(c.stats()).toMatchObject({ invalidated: 2, entries: 1, bytes: 1 });
  });

  it('never stores an answer whose load began before an invalidation of its tag (nor before a clear), but hands it to its callers', async () => {
    const c = make();
    const slow = deferred<string>();
    const pending = c.getOrLoad('k', ['p:31'], () => slow.promise);
    c.invalidate('p:31');
    slow.resolve('read before the change');
    expect((await pending).value).toBe('read before the change');
    expect(c.get('k')).toBeUndefined();
    // another tag's invalidation does not stop it
    const other = deferred<string>();
    const p2 = c.getOrLoad('k', ['p:31'], () => other.promise);
    c.invalidate('p:51');
    other.resolve('fresh');
    await p2;
    expect(c.get('k')?.value).toBe('fresh');
    const beforeClear = deferred<string>();
    const p3 = c.getOrLoad('j', ['p:33'], () => beforeClear.promise);
    c.clear();
    beforeClear.resolve('old');
    await p3;
    expect(c.get('j')).toBeUndefined();
    expect(c.get('k')).toBeUndefined();
    expect(c.stats()).toMatchObject({ discarded: 2, entries: 0, bytes: 0 });
  });

  it('keeps within its entry and byte bounds, least recently used out first; an answer larger than the byte bound is not stored', async () => {
    const c = make({ maxEntries: 3, maxBytes: 10 });
    for (const k of ['a', 'b', 'c']) c.set(k, [], 'xx');
    c.get('a'); // a is now the most recently used
    c.set('d', [], 'xx');
    expect(c.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => c.get(k)?.value)).toEqual(['xx', 'xx', 'xx']);
    c.set('big', [], 'yyyyyyy'); // 7 bytes: a and c (LRU order after the gets: a, c, d -> a, c out) to stay within 10
    expect(c.stats()).toMatchObject({ entries: 2, bytes: 9 });
    expect(c.get('d')?.value).toBe('xx');
    c.set('huge', [], 'z'.repeat(11));
    expect(c.get('huge')).toBeUndefined();
    expect(c.stats().evicted).toBe(3);
  });

  it('never asks an invalidation about answers past their TTL: it drops them, and a store drops them from the oldest end', () => {
    const c = make({ maxEntries: 1000 });
    for (let i = 0; i < 20; i++) c.set(`old${i}`, ['p:33'], 'x'); // stored at 0
    clock = 600;
    c.set('live', ['p:33'], 'y');
    clock = 1100; // the 20 old answers are past their TTL, 'live' is not
    const asked: string[] = [];
    const dropped = c.invalidateWhere(['p:33'], (key) => (asked.push(key), false));
    expect(asked).toEqual(['live']);
    expect(dropped).toBe(0);
    expect(c.stats()).toMatchObject({ entries: 1, expired: 20, invalidated: 0 });

    // without invalidations, each store drops up to 8 expired answers from the oldest end, and stops at a live one
    for (let i = 0; i < 20; i++) c.set(`old${i}`, [], 'x'); // stored at 1100
    clock = 2200;
    c.set('a', [], 'z');
    expect(c.stats()).toMatchObject({ entries: 21 + 1 - 8, expired: 20 + 8 }); // 'live' and 20 old ones expired: 8 dropped
    c.set('b', [], 'z');
    c.set('c', [], 'z');
    expect(c.stats().entries).toBe(3); // a, b, c: every expired one is gone
    expect(['a', 'b', 'c'].map((k) => c.get(k)?.value)).toEqual(['z', 'z', 'z']);
  });

  it('a refresh loads and stores even when an answer is stored; ttl 0 switches the cache off', async () => {
    const c = make();
    await c.getOrLoad('k', [], async () => 'old');
    expect(await c.getOrLoad('k', [], async () => 'new', true)).toMatchObject({ value: 'new', hit: false });
    expect(c.get('k')?.value).toBe('new');
    const off = make({ ttlMs: 0 });
    let loads = 0;
    await off.getOrLoad('k', [], async () => String(++loads));
    await off.getOrLoad('k', [], async () => String(++loads));
    expect(loads).toBe(2);
    expect(off.stats().entries).toBe(0);
  });
});
