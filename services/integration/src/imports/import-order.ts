import { Injectable } from '@nestjs/common';
import { DomainError } from '@siapkerja/errors';

interface Chunk {
  done: Promise<void>;
  settle: (failure?: Error) => void;
}

/** How often a chunk whose predecessor is not known in this process looks at the import's applied_through. */
const POLL_MS = 25;
/** How long a failed chunk is remembered for its successor. */
const FAILED_KEPT_MS = 120_000;

/**
 * Upload order for chunks in flight. A sender (the gateway) may send the next chunk of a synchronous upload before the
 * answer to the one before it (AppendImportLines.after_line names that chunk's last line), so parsing, transfer and
 * answers overlap with applying; but records may depend on earlier ones (an outcome on its attendance, an attendance on
 * its enrolment), so each chunk's records are applied only once its predecessor's are. The predecessor is awaited here
 * when it runs in this process (also when it arrives after its successor), else read from the import's applied_through
 * (another replica applies it). A chunk whose predecessor failed fails too (ABORTED): the uploader replays the upload,
 * whose records are idempotent by key.
 */
@Injectable()
export class ImportOrder {
  private readonly chunks = new Map<string, Chunk>();
  private readonly arrivals = new Map<string, (() => void)[]>();

  /** Registers the chunk of `importId` ending at `lastLine`: call it before anything is awaited, so a successor finds it. */
  begin(importId: string, lastLine: number): void {
    const key = `${importId}:${lastLine}`;
    let settle!: (failure?: Error) => void;
    const done = new Promise<void>((resolve, reject) => (settle = (failure) => (failure ? reject(failure) : resolve())));
    done.catch(() => undefined); // observed by the successor, if there is one
    this.chunks.set(key, { done, settle });
    for (const wake of this.arrivals.get(key) ?? []) wake();
    this.arrivals.delete(key);
  }

  /** The chunk ending at `lastLine` was applied (or failed: its successor fails too). */
  end(importId: string, lastLine: number, failure?: unknown): void {
    const key = `${importId}:${lastLine}`;
    const chunk = this.chunks.get(key);
    if (!chunk) return;
    if (failure === undefined) {
      this.chunks.delete(key);
      chunk.settle();
      return;
    }
    chunk.settle(failure instanceof Error ? failure : new Error(String(failure)));
    setTimeout(() => this.chunks.get(key) === chunk && this.chunks.delete(key), FAILED_KEPT_MS).unref();
  }

  /**
   * Resolves once the chunk ending at `afterLine` was applied: at once for 0 or a line `appliedThrough()` (the import's
   * row) already reached. Rejects with ABORTED when that chunk failed here, or did not arrive within `waitMs`.
   */
  async after(importId: string, afterLine: number, appliedThrough: () => Promise<number>, waitMs: number): Promise<void> {
    if (afterLine <= 0) return;
    const key = `${importId}:${afterLine}`;
    const end = Date.now() + waitMs;
    for (;;) {
      const local = this.chunks.get(key);
      if (local) {
        try {
          await local.done;
        } catch (e) {
          this.chunks.delete(key);
          throw new DomainError(
            'ABORTED',
            `The lines before line ${afterLine + 1} could not be applied (${(e as Error).message}); replay the upload`,
          );
        }
        return;
      }
      if ((await appliedThrough()) >= afterLine) return;
      if (Date.now() >= end)
        throw new DomainError(
          'ABORTED',
          `The lines up to line ${afterLine} did not arrive in time; replay the upload (records are idempotent by key)`,
        );
      // wait for the predecessor to arrive here, or for another replica to apply it
      await new Promise<void>((resolve) => {
        const waiters = this.arrivals.get(key) ?? [];
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const left = (this.arrivals.get(key) ?? []).filter((w) => w !== wake);
          if (left.length) this.arrivals.set(key, left);
          else this.arrivals.delete(key);
          resolve();
        }, POLL_MS);
        waiters.push(wake);
        this.arrivals.set(key, waiters);
      });
    }
  }

  /** Forgets the chunks of an upload received again from its start. */
  forget(importId: string): void {
    for (const key of this.chunks.keys()) if (key.startsWith(`${importId}:`)) this.chunks.delete(key);
  }
}
