/**
 * Group commit for one statement: the calls that arrive while a batch is in flight wait and go together as the next
 * batch, so N concurrent callers cost one round trip, one statement and one commit instead of N. A lone call runs at
 * once, as a batch of one (no timer, no added wait at low load). `run` answers one result per item, in order; when a
 * batch of several fails, its calls go again one at a time, so a call fails only for its own item. At most `concurrency` batches are in flight at once.
 */
export class StatementBatcher<I, O> {
  private readonly queue: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;
  /** Batches started and the calls they held, since the start (calls / batches: the batching's gain). */
  readonly stats = { batches: 0, items: 0 };

  constructor(
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly opts: { maxBatch?: number; concurrency?: number } = {},
  ) {}

  /** Calls waiting for a batch (not yet in one in flight). */
  get waiting(): number {
    return this.queue.length;
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    const concurrency = Math.max(1, this.opts.concurrency ?? 1);
    const maxBatch = Math.max(1, this.opts.maxBatch ?? 100);
    while (this.queue.length && this.inFlight < concurrency) {
      const batch = this.queue.splice(0, maxBatch);
      this.inFlight++;
      this.stats.batches++;
      this.stats.items += batch.length;
      const items = batch.map((b) => b.item);
      void Promise.resolve()
        .then(() => this.run(items))
        .then((out) => {
          if (out.length !== batch.length) throw new Error(`a batch of ${batch.length} answered ${out.length} results`);
          batch.forEach((b, i) => b.resolve(out[i]));
        })
        .catch((e: unknown) => this.alone(batch, e))
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }

  /**
   * A batch of several that failed goes again one call at a time (in this batch's slot): when one item is what the
   * statement refused, only its own call fails, as it would have alone.
   */
  private async alone(batch: { item: I; resolve: (o: O) => void; reject: (e: unknown) => void }[], e: unknown): Promise<void> {
    if (batch.length === 1) return batch[0].reject(e);
    for (const b of batch) {
      try {
        const out = await this.run([b.item]);
        if (out.length !== 1) throw new Error(`a batch of 1 answered ${out.length} results`);
        b.resolve(out[0]);
      } catch (err) {
        b.reject(err);
      }
    }
  }
}
