/**
 * A bounded, in-memory cache of answers that many callers ask for at once and that may be a few seconds old (a search
 * page of the public vacancy catalogue, the facet counts of a search):
 *  - every entry lives at most `ttlMs` (the bound on staleness when no invalidation arrives);
 *  - entries carry tags (e.g. the province a search is filtered on); invalidate(tag) drops every entry with the tag at
 *    once, and an answer whose load started before an invalidation of one of its tags is handed to its callers but never
 *    stored, so an invalidation is never undone by a slow load that read the old data;
 *  - concurrent callers of the same key share one load (single flight): a burst of identical searches costs one query;
 *  - at most `maxEntries` entries and `maxBytes` (as measured by sizeOf) are kept, least recently used dropped first;
 *  - a failed load is never stored; every caller that shared it gets the error.
 * One instance per process: instances of a service hold their own caches, each invalidated by the same events.
 */
export interface AnswerCacheOptions<V> {
  /** how long an answer may be served (ms); 0 switches the cache off (every call loads) */
  ttlMs: number;
  /** most entries kept */
  maxEntries: number;
  /** most bytes kept, as measured by sizeOf (default: no byte bound) */
  maxBytes?: number;
  /** size of an answer in bytes (default 1, i.e. maxBytes counts entries) */
  sizeOf?: (value: V) => number;
  now?: () => number;
}

export interface CachedAnswer<V> {
  value: V;
  /** true when served from the cache or from a load another caller started */
  hit: boolean;
  /** how old the answer is (ms); 0 for a fresh load */
  ageMs: number;
}

export interface AnswerCacheStats {
  hits: number;
  /** callers that waited for a load another caller had started */
  coalesced: number;
  misses: number;
  /** entries dropped by invalidate() */
  invalidated: number;
  /** entries dropped for the entry or byte bound */
  evicted: number;
  /** entries dropped because they were past their TTL */
  expired: number;
  /** loads whose answer was not stored because one of their tags was invalidated meanwhile */
  discarded: number;
  entries: number;
  bytes: number;
}

interface Entry<V> {
  value: V;
  at: number;
  size: number;
  tags: readonly string[];
}

/** How many expired answers one store drops at most (amortised: a store adds one answer). */
const EXPIRY_SWEEP = 8;

export class AnswerCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly byTag = new Map<string, Set<string>>();
  private readonly inFlight = new Map<string, Promise<{ value: V; at: number }>>();
  /** per tag: how many times it was invalidated (a load remembers the counts it started with) */
  private readonly generations = new Map<string, number>();
  private bytes = 0;
  /** how many times clear() ran (a load started before a clear is not stored) */
  private epoch = 0;
  private readonly counts = { hits: 0, coalesced: 0, misses: 0, invalidated: 0, evicted: 0, expired: 0, discarded: 0 };
  private readonly now: () => number;
  private readonly sizeOf: (value: V) => number;

  constructor(private readonly opts: AnswerCacheOptions<V>) {
    this.now = opts.now ?? Date.now;
    this.sizeOf = opts.sizeOf ?? (() => 1);
  }

  get enabled(): boolean {
    return this.opts.ttlMs > 0;
  }

  /** The stored answer and its age, unless absent or older than the TTL. */
  get(key: string): { value: V; ageMs: number } | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const age = this.now() - e.at;
    if (age >= this.opts.ttlMs) {
      this.remove(key, e);
      this.counts.expired++;
      return undefined;
    }
    // least recently used first out: a hit moves the entry to the end
    this.entries.delete(key);
    this.entries.set(key, e);
    return { value: e.value, ageMs: age };
  }

  /** get() counted as a hit in the stats (a reader that serves the stored answer without getOrLoad). */
  peek(key: string): { value: V; ageMs: number } | undefined {
    const stored = this.enabled ? this.get(key) : undefined;
    if (stored) this.counts.hits++;
    return stored;
  }

  /**
   * The answer for key: stored, or being loaded by another caller, or loaded now (and stored under tags unless one of
   * them is invalidated before the load ends). refresh: load even when an answer is stored (the client asked for a
   * fresh one), and store it.
   */
  async getOrLoad(key: string, tags: readonly string[], load: () => Promise<V>, refresh = false): Promise<CachedAnswer<V>> {
    if (!this.enabled) return { value: await load(), hit: false, ageMs: 0 };
    if (!refresh) {
      const stored = this.get(key);
      if (stored) {
        this.counts.hits++;
        return { value: stored.value, hit: true, ageMs: stored.ageMs };
      }
      const pending = this.inFlight.get(key);
      if (pending) {
        this.counts.coalesced++;
        const r = await pending;
        return { value: r.value, hit: true, ageMs: Math.max(0, this.now() - r.at) };
      }
    }
    this.counts.misses++;
    const started = this.now();
    const seen = tags.map((t) => this.generations.get(t) ?? 0);
    const epoch = this.epoch;
    const p = load().then((value) => {
      if (epoch !== this.epoch || tags.some((t, i) => (this.generations.get(t) ?? 0) !== seen[i])) this.counts.discarded++;
      else this.set(key, tags, value, started);
      return { value, at: started };
    });
    if (!refresh) this.inFlight.set(key, p);
    try {
      return { value: (await p).value, hit: false, ageMs: 0 };
    } finally {
      if (this.inFlight.get(key) === p) this.inFlight.delete(key);
    }
  }

  /** Stores an answer (read at `at`, default now) under tags. */
  set(key: string, tags: readonly string[], value: V, at = this.now()): void {
    if (!this.enabled) return;
    const size = this.sizeOf(value);
    if (this.opts.maxBytes !== undefined && size > this.opts.maxBytes) return;
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    this.entries.set(key, { value, at, size, tags });
    this.bytes += size;
    for (const t of tags) {
      let keys = this.byTag.get(t);
      if (!keys) this.byTag.set(t, (keys = new Set()));
      keys.add(key);
    }
    while (this.entries.size > this.opts.maxEntries || (this.opts.maxBytes !== undefined && this.bytes > this.opts.maxBytes)) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, Entry<V>];
      this.remove(oldestKey, oldest);
      this.counts.evicted++;
    }
    this.dropExpired(this.now());
  }

  /**
   * Drops answers past their TTL from the oldest end (insertion order, a hit moves an entry to the end), at most
   * EXPIRY_SWEEP per call: the cache holds what can still be served, so an invalidation walks live answers only, not every
   * answer stored in the last minutes of a stream of searches that never repeat.
   */
  private dropExpired(now: number): void {
    let n = 0;
    for (const [key, e] of this.entries) {
      if (n++ >= EXPIRY_SWEEP || now - e.at < this.opts.ttlMs) return;
      this.remove(key, e);
      this.counts.expired++;
    }
  }

  /** Drops every answer tagged with any of tags; loads under way for them will not be stored. Answers how many were dropped. */
  invalidate(...tags: string[]): number {
    return this.invalidateWhere(tags, () => true);
  }

  /**
   * Drops the answers tagged with any of tags for which `affected(key, value)` holds (and, as invalidate(), keeps every
   * load under way for these tags from being stored: whether it is affected is not known before it ends). Answers how
   * many were dropped.
   */
  invalidateWhere(tags: readonly string[], affected: (key: string, value: V) => boolean): number {
    let n = 0;
    for (const t of tags) {
      this.generations.set(t, (this.generations.get(t) ?? 0) + 1);
      const now = this.now();
      for (const key of [...(this.byTag.get(t) ?? [])]) {
        const e = this.entries.get(key);
        if (!e) continue;
        if (now - e.at >= this.opts.ttlMs) {
          // past its TTL: never served again, whatever affected() would say (and not asked: it may be costly)
          this.remove(key, e);
          this.counts.expired++;
        } else if (affected(key, e.value)) {
          this.remove(key, e);
          n++;
        }
      }
    }
    this.counts.invalidated += n;
    return n;
  }

  /** Drops every answer (and keeps loads under way from being stored). */
  clear(): void {
    this.epoch++;
    this.counts.invalidated += this.entries.size;
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  stats(): AnswerCacheStats {
    return { ...this.counts, entries: this.entries.size, bytes: this.bytes };
  }

  private remove(key: string, e: Entry<V>): void {
    this.entries.delete(key);
    this.bytes -= e.size;
    for (const t of e.tags) {
      const keys = this.byTag.get(t);
      keys?.delete(key);
      if (keys && !keys.size) this.byTag.delete(t);
    }
  }
}
