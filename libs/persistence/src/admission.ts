/**
 * Admission control in front of a database: at most `limit` units of work run at once; the others wait their turn in
 * arrival order. A database server runs concurrent statements fastest at about twice its cores: past that, backends
 * only take turns on the cores, evict each other's pages and CPU caches, and every statement gets slower (measured on
 * 2 cores, diverse vacancy searches: 130-158 searches/s at 2 to 8 at once, 62-80/s at 16). Waiting in a queue of this
 * process costs nothing of the database's.
 *
 * A unit of work that cannot start before its deadline (the request's) is refused: at once when, from how long units of
 * work have lately taken (a moving mean), its turn would come after its deadline, else when the deadline passes while
 * it waits. One that finds `maxQueue` others waiting is refused at once too. Refused means the error of `overloaded` (for
 * the services, UNAVAILABLE: 503 with Retry-After): an overloaded instance sheds load early, keeping no more waiting
 * than it can start in time, instead of answering after the client gave up.
 */
export interface AdmissionOptions {
  /** units of work at once (>= 1) */
  limit: number;
  /** most units of work waiting (default 10,000) */
  maxQueue?: number;
  /** the error of a unit of work refused (queue full, or its deadline passed while it waited) */
  overloaded: (reason: 'queue-full' | 'deadline') => Error;
}

/** The weight of the last unit of work in the moving mean of their durations (about the last 20 count). */
const MEAN_WEIGHT = 0.05;

interface Waiter {
  start: () => void;
  timer?: ReturnType<typeof setTimeout>;
  gone: boolean;
}

export class Admission {
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private head = 0;
  private queued = 0;
  readonly limit: number;

  constructor(private readonly opts: AdmissionOptions) {
    if (!Number.isInteger(opts.limit) || opts.limit < 1) throw new Error(`admission limit must be an integer >= 1 (got ${opts.limit})`);
    this.limit = opts.limit;
  }

  /** units of work refused since the start, by reason */
  private readonly refusals = { 'queue-full': 0, deadline: 0 };
  /** how long a unit of work takes, a moving mean of the last ones (ms; 0 until one has ended) */
  private meanMs = 0;

  /** units of work running and waiting now, and those refused since the start (by reason) */
  stats(): { active: number; waiting: number; refused: { 'queue-full': number; deadline: number } } {
    return { active: this.active, waiting: this.queued, refused: { ...this.refusals } };
  }

  private refuse(reason: 'queue-full' | 'deadline'): Error {
    this.refusals[reason]++;
    return this.opts.overloaded(reason);
  }

  /** Runs `work` once a place is free (at once when one is), before `deadline` (epoch ms) or not at all. */
  async run<T>(work: () => Promise<T>, deadline?: number): Promise<T> {
    if (this.active >= this.limit || this.queued > 0) await this.enter(deadline);
    else this.active++;
    const started = performance.now();
    try {
      return await work();
    } finally {
      const took = performance.now() - started;
      this.meanMs = this.meanMs === 0 ? took : this.meanMs + MEAN_WEIGHT * (took - this.meanMs);
      this.leave();
    }
  }

  private enter(deadline: number | undefined): Promise<void> {
    if (this.queued >= (this.opts.maxQueue ?? 10_000)) return Promise.reject(this.refuse('queue-full'));
    // its turn comes when the `queued` ahead of it and itself have started, `limit` at a time, each taking about meanMs
    if (deadline !== undefined && Date.now() + ((this.queued + 1) / this.limit) * this.meanMs >= deadline)
      return Promise.reject(this.refuse('deadline'));
    return new Promise<void>((resolve, reject) => {
      const w: Waiter = { start: resolve, gone: false };
      if (deadline !== undefined) {
        w.timer = setTimeout(() => {
          // still waiting: it leaves the queue (its slot is skipped when its turn comes) and is refused
          w.gone = true;
          this.queued--;
          reject(this.refuse('deadline'));
        }, deadline - Date.now());
        w.timer.unref?.();
      }
      this.waiting.push(w);
      this.queued++;
    });
  }

  private leave(): void {
    // the place goes to the first waiter still there, or is freed
    while (this.head < this.waiting.length) {
      const w = this.waiting[this.head];
      this.head++;
      if (w.gone) continue;
      if (w.timer) clearTimeout(w.timer);
      this.queued--;
      this.compact();
      w.start();
      return;
    }
    this.compact();
    this.active--;
  }

  /** drops the queue's front once it has been walked (the array never grows with the total ever queued) */
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    } else if (this.head === this.waiting.length) {
      this.waiting.length = 0;
      this.head = 0;
    }
  }
}
