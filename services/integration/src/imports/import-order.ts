import { Injectable } from '@nestjs/common';
import { DomainError } from '@siapkerja/errors';

/**
 * What the records of a chunk touch (see IMPORT_KIND_DEPENDENCIES): chunks whose sets share nothing may be applied in any
 * order; 'all' (a record whose dependencies are not known) orders the chunk after every chunk before it.
 */
export type ChunkDependencies = ReadonlySet<string> | 'all';

interface Chunk {
  afterLine: number;
  lastLine: number;
  deps?: ChunkDependencies;
  /** resolves once `deps` is known (or the chunk ended) */
  known: Promise<void>;
  setKnown: () => void;
  state: 'running' | 'done' | 'failed';
  failure?: Error;
  /** settles when the chunk was applied (rejects when it failed) */
  done: Promise<void>;
  settle: (failure?: Error) => void;
}

interface Upload {
  /** by the chunk's last line */
  chunks: Map<number, Chunk>;
  /** by the last line of the chunk before it */
  byAfter: Map<number, Chunk>;
  /** every line up to this one is applied (known here, or read from the import's applied_through) */
  through: number;
  /** wakes a walk waiting for the chunk ending at a line to arrive */
  arrivals: Map<number, (() => void)[]>;
}

/** How often a chunk whose predecessor is not known in this process looks at the import's applied_through. */
const POLL_MS = 25;
/** How long a failed chunk is remembered for its successors. */
const FAILED_KEPT_MS = 120_000;
/** How long an upload with no chunk in flight is remembered (the line through which it is applied). */
const IDLE_KEPT_MS = 60_000;

function conflicts(a: ChunkDependencies | undefined, b: ChunkDependencies): boolean {
  if (a === undefined || a === 'all' || b === 'all') return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/**
 * Upload order for chunks in flight. A sender (the gateway) may send the next chunk of a synchronous upload before the
 * answer to the one before it (AppendImportLines.after_line names that chunk's last line), so parsing, transfer, answers
 * and applying overlap. Records may depend on earlier ones (an outcome on its attendance, an attendance on its
 * enrolment), so a chunk is applied only after every earlier chunk it shares a dependency with (the enrolment, batch or
 * person its records touch: `ChunkDependencies`); chunks that share none are applied side by side. Earlier chunks are
 * awaited here when they run in this process (also when they arrive after their successor); one not known here is
 * awaited through the import's applied_through (another replica applies it), which only ever names a line every line
 * before which is applied. A chunk an earlier conflicting chunk failed before fails too (ABORTED): the uploader replays
 * the upload, whose records are idempotent by key.
 */
@Injectable()
export class ImportOrder {
  private readonly uploads = new Map<string, Upload>();

  private upload(importId: string): Upload {
    let u = this.uploads.get(importId);
    if (!u) this.uploads.set(importId, (u = { chunks: new Map(), byAfter: new Map(), through: 0, arrivals: new Map() }));
    return u;
  }

  /**
   * Registers the chunk of `importId` from after `afterLine` to `lastLine`: call it before anything is awaited, so a
   * successor finds it; then `declare` its dependencies once its lines are parsed.
   */
  begin(importId: string, afterLine: number, lastLine: number): void {
    const u = this.upload(importId);
    let settle!: (failure?: Error) => void;
    let setKnown!: () => void;
    const done = new Promise<void>((resolve, reject) => (settle = (failure) => (failure ? reject(failure) : resolve())));
    done.catch(() => undefined); // observed by successors, if there are any
    const known = new Promise<void>((resolve) => (setKnown = resolve));
    const chunk: Chunk = { afterLine, lastLine, known, setKnown, state: 'running', done, settle };
    u.chunks.set(lastLine, chunk);
    u.byAfter.set(afterLine, chunk);
    for (const wake of u.arrivals.get(lastLine) ?? []) wake();
    u.arrivals.delete(lastLine);
  }

  /** What the chunk ending at `lastLine` touches (its records parsed). */
  declare(importId: string, lastLine: number, deps: ChunkDependencies): void {
    const chunk = this.uploads.get(importId)?.chunks.get(lastLine);
    if (!chunk) return;
    chunk.deps = deps;
    chunk.setKnown();
  }

  /**
   * The chunk ending at `lastLine` was applied (or failed: its conflicting successors fail too). Answers the line every
   * line before which is now known to be applied (for the import's applied_through).
   */
  end(importId: string, lastLine: number, failure?: unknown): number {
    const u = this.uploads.get(importId);
    const chunk = u?.chunks.get(lastLine);
    if (!u || !chunk) return u?.through ?? 0;
    chunk.setKnown();
    if (failure !== undefined) {
      chunk.state = 'failed';
      chunk.failure = failure instanceof Error ? failure : new Error(String(failure));
      chunk.settle(chunk.failure);
      setTimeout(() => {
        if (u.chunks.get(lastLine) === chunk) this.drop(importId, u, chunk);
        this.tidy(importId, u);
      }, FAILED_KEPT_MS).unref();
      return u.through;
    }
    chunk.state = 'done';
    chunk.settle();
    // the contiguous prefix of applied chunks grows; those behind it are forgotten
    for (let next = u.byAfter.get(u.through); next && next.state === 'done'; next = u.byAfter.get(u.through)) {
      u.through = next.lastLine;
      this.drop(importId, u, next);
    }
    // kept a while when idle: a successor arriving next finds the prefix here, not by polling the database
    if (!u.chunks.size) setTimeout(() => this.tidy(importId, u), IDLE_KEPT_MS).unref();
    return u.through;
  }

  /**
   * Takes the chunk ending at `lastLine` out of the order as if it never began: for a chunk no successor waits for (the
   * chunk of an async upload, whose lines are only staged). The upload is forgotten once nothing of it is left here.
   */
  withdraw(importId: string, lastLine: number): void {
    const u = this.uploads.get(importId);
    const chunk = u?.chunks.get(lastLine);
    if (!u) return;
    if (chunk) {
      this.drop(importId, u, chunk);
      // nothing should be waiting for it; if anything is, it looks past it
      chunk.setKnown();
      chunk.settle();
    }
    this.tidy(importId, u);
  }

  /** Whether anything of the upload (a chunk, a waiting walk, the line it is applied through) is remembered here. */
  tracks(importId: string): boolean {
    return this.uploads.has(importId);
  }

  private drop(importId: string, u: Upload, chunk: Chunk): void {
    u.chunks.delete(chunk.lastLine);
    if (u.byAfter.get(chunk.afterLine) === chunk) u.byAfter.delete(chunk.afterLine);
  }

  /**
   * Resolves once every chunk before line `afterLine + 1` that shares a dependency with `deps` was applied: at once for 0
   * or a line `appliedThrough()` (the import's row) already reached. Rejects with ABORTED when such a chunk failed, or
   * when a chunk before did not arrive within `waitMs`.
   */
  async after(
    importId: string,
    afterLine: number,
    deps: ChunkDependencies,
    appliedThrough: () => Promise<number>,
    waitMs: number,
  ): Promise<void> {
    const end = Date.now() + waitMs;
    let pred = afterLine;
    for (;;) {
      if (pred <= 0) return;
      const u = this.upload(importId);
      if (pred <= u.through) return this.tidy(importId, u);
      const chunk = u.chunks.get(pred);
      if (chunk) {
        if (chunk.state === 'running') await chunk.known;
        if (conflicts(chunk.deps, deps)) {
          try {
            await chunk.done;
          } catch (e) {
            throw new DomainError(
              'ABORTED',
              `The lines before line ${afterLine + 1} could not be applied (${(e as Error).message}); replay the upload`,
            );
          }
        }
        // independent of this one (or applied now): look at the chunk before it
        pred = chunk.afterLine;
        continue;
      }
      const remote = await appliedThrough();
      if (remote >= pred) {
        const v = this.upload(importId);
        v.through = Math.max(v.through, remote);
        return this.tidy(importId, v);
      }
      if (Date.now() >= end) {
        this.tidy(importId, u);
        throw new DomainError(
          'ABORTED',
          `The lines up to line ${pred} did not arrive in time; replay the upload (records are idempotent by key)`,
        );
      }
      // wait for the chunk to arrive here, or for another replica to apply it
      await new Promise<void>((resolve) => {
        const waiters = u.arrivals.get(pred) ?? [];
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          const left = (u.arrivals.get(pred) ?? []).filter((w) => w !== wake);
          if (left.length) u.arrivals.set(pred, left);
          else u.arrivals.delete(pred);
          resolve();
        }, POLL_MS);
        waiters.push(wake);
        u.arrivals.set(pred, waiters);
      });
    }
  }

  /** An upload with no chunk here and no walk waiting is forgotten (its applied_through says the rest). */
  private tidy(importId: string, u: Upload): void {
    if (!u.chunks.size && !u.arrivals.size && this.uploads.get(importId) === u) this.uploads.delete(importId);
  }

  /** Forgets the chunks of an upload received again from its start. */
  forget(importId: string): void {
    this.uploads.delete(importId);
  }
}
