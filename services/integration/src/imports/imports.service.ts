import { randomUUID } from 'node:crypto';
import { setImmediate } from 'node:timers/promises';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '@siapkerja/authz';
import { conflict, DomainError, invalid, notFound, Violations } from '@siapkerja/errors';
import { requestIdScope } from '@siapkerja/persistence';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { ImportBatchClients } from './import-batch.clients';
import { ImportOrder, type ChunkDependencies } from './import-order';
import { IMPORT_KINDS, type ImportOwner } from './import-kinds';
import { isReceipt, parseLine, type LineReceipt, type ParsedRecord, type RawLine } from './imports.rules';

export interface ImportRow {
  id: string;
  owner: string;
  caller_json: string;
  idempotency_key: string | null;
  async: boolean;
  allowed_kinds: string[];
  state: 'RECEIVING' | 'QUEUED' | 'RUNNING' | 'COMPLETED';
  received: string;
  accepted: string;
  rejected: string;
  created_at: Date;
  completed_at: Date | null;
}

/** Most lines one AppendImportLines call carries; lines the import worker reads per pass. */
export const MAX_LINES_PER_CALL = 5000;
export const OWNER_BATCH_SIZE = 1000;
/**
 * Most records one ApplyImportBatch call carries, per owner (each owner's own limit): placement applies up to 5,000 in
 * one transaction, and its per-batch work (the IPK cells of the batch's months, the archive row) is shared by more records.
 */
export const OWNER_BATCH_SIZES: Record<ImportOwner, number> = { placement: 5000, jobs: 1000, training: 1000 };
/** Lines parsed between two turns of the event loop (a few ms of work). */
const PARSE_SLICE = 250;
export const DEFAULT_RECEIPTS_PAGE = 1000;
export const MAX_RECEIPTS_PAGE = 10000;
const IDEMPOTENCY_KEY_RE = /^[\x21-\x7e]{1,128}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A chunk's place in its upload's order (ImportOrder), taken by `append` before anything is awaited: the upload as the
 * order knows it (importOrderKey: its uploader and id), the last line of the chunk before it and its own last line.
 */
interface ChunkTurn {
  readonly id: string;
  readonly afterLine: number;
  readonly lastLine: number;
  /** The chunk's records were applied: answers the line through which every line of the upload is now applied. */
  end(): number;
  /** The chunk failed (its conflicting successors fail too); nothing once it ended or was withdrawn. */
  fail(e: unknown): void;
  /** The chunk needs no place in the order (its upload is async): taken out as if it never began. */
  withdraw(): void;
}

function ownerOf(caller: Caller | undefined): string {
  if (!caller) throw new DomainError('UNAUTHENTICATED', 'Imports need an authenticated caller');
  return requestIdScope(caller);
}

/**
 * An upload as ImportOrder knows it: its uploader and its id (lower-cased). Scoped to the uploader, as a chunk enters the
 * order before its import's owner is checked (nothing may be awaited before): a chunk another client sends for this
 * import id (refused NOT_FOUND) then has an order of its own, and can neither stand in for a chunk of the upload nor fail
 * its successors. Undefined (no place in any order) without a caller or for an id that is not a UUID.
 */
export function importOrderKey(caller: Caller | undefined, importId: string): string | undefined {
  return caller && UUID_RE.test(importId) ? `${ownerOf(caller)} ${importId.toLowerCase()}` : undefined;
}

/**
 * Bulk imports (NDJSON uploads through the gateway): each line is parsed here (a malformed line rejects that line only),
 * the records are grouped per owning service and applied there in batches by ApplyImportBatch with the uploader's
 * caller, and every line gets its receipt. A synchronous upload answers the receipts of each chunk of lines as they come;
 * an async one stages its lines, and the ImportsWorker applies them later and keeps the receipts. Imports belong to their
 * uploader (its OAuth client, else its account): anyone else gets NOT_FOUND.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly ds: DataSource,
    private readonly clients: ImportBatchClients,
    private readonly order: ImportOrder,
    @Inject(SERVICE_CONFIG) private readonly cfg: IntegrationConfig,
  ) {}

  /** Opens an upload, or answers the caller's earlier one with the same Idempotency-Key (replayed). */
  async start(
    caller: Caller | undefined,
    input: { idempotencyKey: string; async: boolean; allowedKinds: string[] },
  ): Promise<ImportRow & { replayed: boolean }> {
    const owner = ownerOf(caller);
    const v = new Violations();
    v.check(
      input.idempotencyKey === '' || IDEMPOTENCY_KEY_RE.test(input.idempotencyKey),
      'idempotencyKey',
      'must be 1 to 128 visible ASCII characters',
    );
    input.allowedKinds.forEach((k, i) =>
      v.check((IMPORT_KINDS as string[]).includes(k), `allowedKinds[${i}]`, `must be one of ${IMPORT_KINDS.join(', ')}`),
    );
    v.throwIfAny();
    const key = input.idempotencyKey || null;
    const inserted: ImportRow[] = await this.ds.query(
      `INSERT INTO imports (id, owner, caller_json, idempotency_key, async, allowed_kinds, state)
       VALUES ($1, $2, $3, $4, $5, $6, 'RECEIVING')
       ON CONFLICT (owner, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING *`,
      [randomUUID(), owner, JSON.stringify(caller), key, input.async, input.allowedKinds],
    );
    if (inserted[0]) return { ...inserted[0], replayed: false };
    const [existing]: ImportRow[] = await this.ds.query(`SELECT * FROM imports WHERE owner = $1 AND idempotency_key = $2`, [owner, key]);
    // an async upload whose body was received: answered as it is (the body is not read again)
    if (existing.async && existing.state !== 'RECEIVING') return { ...existing, replayed: true };
    if (existing.async) {
      // its body never finished arriving (the client retried after a broken connection): it is received again from the start
      await this.ds.query(`DELETE FROM import_lines WHERE import_id = $1`, [existing.id]);
      const [[restarted]]: [ImportRow[], number] = await this.ds.query(
        `UPDATE imports SET received = 0, applied_through = 0, updated_at = now(), allowed_kinds = $2 WHERE id = $1 RETURNING *`,
        [existing.id, input.allowedKinds],
      );
      return { ...restarted, replayed: false };
    }
    // a synchronous upload sent again: its lines are applied again (each record is idempotent by key, so nothing changes)
    // and answered again; the counts start over
    this.order.forget(importOrderKey(caller, existing.id)!);
    const [[again]]: [ImportRow[], number] = await this.ds.query(
      `UPDATE imports SET state = 'RECEIVING', received = 0, accepted = 0, rejected = 0, applied_through = 0, completed_at = NULL,
              updated_at = now(),
              allowed_kinds = $2
        WHERE id = $1 RETURNING *`,
      [existing.id, input.allowedKinds],
    );
    return { ...again, replayed: true };
  }

  /**
   * The next lines of a RECEIVING upload: answered (synchronous) or staged for the worker (async). `afterLine` is the last
   * line of the chunk sent before (0: none, or apply at once): the records of a synchronous upload are applied in upload
   * order also while its sender keeps several chunks in flight (ImportOrder).
   */
  async append(
    caller: Caller | undefined,
    importId: string,
    lines: RawLine[],
    afterLine = 0,
    /** the chunk's last line when it ends with blank lines (a block): its successor names it as its afterLine */
    blockLastLine?: number,
  ): Promise<LineReceipt[]> {
    const lastLine = blockLastLine ?? (lines.length ? lines[lines.length - 1].line : afterLine);
    const ordered =
      (!!lines.length || blockLastLine !== undefined) &&
      Number.isSafeInteger(lastLine) &&
      Number.isSafeInteger(afterLine) &&
      lastLine > afterLine &&
      (!lines.length || lastLine >= lines[lines.length - 1].line);
    // registered before anything is awaited: a successor arriving meanwhile waits for this chunk (or looks past it)
    const key = ordered ? importOrderKey(caller, importId) : undefined;
    const turn = key ? this.enter(key, afterLine, lastLine) : undefined;
    try {
      return await this.appendChunk(caller, importId, lines, afterLine, turn);
    } catch (e) {
      turn?.fail(e);
      throw e;
    }
  }

  /** Registers a chunk in ImportOrder, and answers its handle. */
  private enter(id: string, afterLine: number, lastLine: number): ChunkTurn {
    this.order.begin(id, afterLine, lastLine);
    let open = true;
    return {
      id,
      afterLine,
      lastLine,
      end: () => {
        open = false;
        return this.order.end(id, lastLine);
      },
      fail: (e) => {
        if (open) this.order.end(id, lastLine, e);
        open = false;
      },
      withdraw: () => {
        if (open) this.order.withdraw(id, lastLine);
        open = false;
      },
    };
  }

  /**
   * `turn` (a chunk of lines in upload order) is ended once the chunk's records are applied: its end answers the line
   * through which every line of the upload is now applied (its applied_through: a successor on another replica waits for
   * it).
   */
  private async appendChunk(
    caller: Caller | undefined,
    importId: string,
    lines: RawLine[],
    afterLine: number,
    turn?: ChunkTurn,
  ): Promise<LineReceipt[]> {
    const imp = await this.owned(caller, importId);
    // an async upload's lines are only staged (the worker applies them later, in line order): no chunk of it waits for
    // another, so this one leaves the order (only now is it known: the chunk had to be registered before the await)
    if (imp.async) turn?.withdraw();
    if (imp.state !== 'RECEIVING') throw conflict(`Import ${importId} is ${imp.state}: it takes no more lines`);
    const v = new Violations();
    v.check(lines.length <= MAX_LINES_PER_CALL, 'lines', `at most ${MAX_LINES_PER_CALL} lines per call (got ${lines.length})`);
    lines.forEach((l, i) =>
      v.check(Number.isSafeInteger(l.line) && l.line > afterLine, `lines[${i}].line`, 'must be a line number after afterLine'),
    );
    v.check(Number.isSafeInteger(afterLine) && afterLine >= 0, 'afterLine', 'must be 0 or the last line of the chunk sent before');
    lines.forEach((l, i) => v.check(i === 0 || l.line > lines[i - 1].line, `lines[${i}].line`, 'must be after the line before it'));
    // the full size of the line (larger than the bytes sent when the sender cut it): staged as a bigint, read by parseLine
    lines.forEach((l, i) =>
      v.check(
        Number.isSafeInteger(l.size) && l.size >= l.data.length,
        `lines[${i}].size`,
        'must be the size of the line in bytes (at least the bytes sent)',
      ),
    );
    v.throwIfAny();
    if (imp.async) {
      await this.ds.query(
        `WITH staged AS (
           INSERT INTO import_lines (import_id, line, data, size)
           SELECT $1, line, data, size FROM unnest($2::bigint[], $3::bytea[], $4::bigint[]) AS t(line, data, size)
           ON CONFLICT DO NOTHING RETURNING 1)
         UPDATE imports SET received = received + (SELECT count(*) FROM staged), updated_at = now() WHERE id = $1`,
        [imp.id, lines.map((l) => l.line), lines.map((l) => l.data), lines.map((l) => l.size)],
      );
      return [];
    }
    const receipts = await this.process(imp.id, new Set(imp.allowed_kinds), caller, lines, (deps) => {
      if (!turn) return Promise.resolve();
      this.order.declare(turn.id, turn.lastLine, deps);
      return this.order.after(turn.id, turn.afterLine, deps, () => this.appliedThrough(imp.id), this.cfg.IMPORT_BATCH_DEADLINE_MS);
    });
    const through = turn?.end() ?? 0;
    const accepted = receipts.filter((r) => r.accepted).length;
    await this.ds.query(
      `UPDATE imports SET received = received + $2, accepted = accepted + $3, rejected = rejected + $4,
              applied_through = GREATEST(applied_through, $5), updated_at = now()
        WHERE id = $1`,
      [imp.id, receipts.length, accepted, receipts.length - accepted, through],
    );
    return receipts;
  }

  private async appliedThrough(id: string): Promise<number> {
    const [row]: { applied_through: string }[] = await this.ds.query(`SELECT applied_through FROM imports WHERE id = $1`, [id]);
    return row ? Number(row.applied_through) : 0;
  }

  /** The body ended: a synchronous import is COMPLETED, an async one QUEUED for the worker. */
  async complete(caller: Caller | undefined, importId: string): Promise<ImportRow> {
    const imp = await this.owned(caller, importId);
    if (imp.state !== 'RECEIVING') return imp;
    const [[row]]: [ImportRow[], number] = await this.ds.query(
      `UPDATE imports SET state = CASE WHEN async THEN 'QUEUED' ELSE 'COMPLETED' END,
              completed_at = CASE WHEN async THEN NULL ELSE now() END, updated_at = now()
        WHERE id = $1 AND state = 'RECEIVING' RETURNING *`,
      [imp.id],
    );
    return row ?? (await this.owned(caller, importId));
  }

  async get(caller: Caller | undefined, id: string): Promise<ImportRow> {
    return this.owned(caller, id);
  }

  /** The kept receipts (async imports), in line order, after the page token's line. */
  async listReceipts(
    caller: Caller | undefined,
    id: string,
    pageSize: number,
    pageToken: string,
  ): Promise<{ receipts: LineReceipt[]; nextPageToken: string }> {
    const imp = await this.owned(caller, id);
    if (!imp.async)
      throw conflict(
        `Import ${imp.id} was synchronous: its receipts were answered in the upload's response and are not kept; upload it again ` +
          'with the same Idempotency-Key to have them answered again (records are idempotent by key), or upload with Prefer: respond-async',
      );
    const size = pageSize || DEFAULT_RECEIPTS_PAGE;
    const v = new Violations();
    v.check(size >= 1 && size <= MAX_RECEIPTS_PAGE, 'pageSize', `must be 1 to ${MAX_RECEIPTS_PAGE}`);
    const after = pageToken === '' ? 0 : /^\d{1,15}$/.test(pageToken) ? Number(pageToken) : NaN;
    v.check(!Number.isNaN(after), 'pageToken', 'must be the next_page_token of a previous page');
    v.throwIfAny();
    const rows: { line: string; kind: string; key: string; accepted: boolean; resource_id: string; problem_json: string }[] =
      await this.ds.query(
        `SELECT line, kind, key, accepted, resource_id, problem_json FROM import_line_receipts
          WHERE import_id = $1 AND line > $2 ORDER BY line LIMIT $3`,
        [imp.id, after, size + 1],
      );
    const page = rows.slice(0, size).map((r) => ({
      line: Number(r.line),
      kind: r.kind,
      key: r.key,
      accepted: r.accepted,
      resourceId: r.resource_id,
      problemJson: r.problem_json,
    }));
    return { receipts: page, nextPageToken: rows.length > size ? String(page[page.length - 1].line) : '' };
  }

  /**
   * The receipts of `lines` (blank lines answer none): every line parsed, then (once `turn` resolves) the records grouped
   * per owning service applied in batches of up to OWNER_BATCH_SIZES[owner] with the uploader's caller (owners in parallel),
   * answered in line order.
   */
  async process(
    importId: string,
    allowedKinds: ReadonlySet<string>,
    caller: Caller | undefined,
    lines: RawLine[],
    turn: (deps: ChunkDependencies) => Promise<void> = async () => undefined,
  ): Promise<LineReceipt[]> {
    const out: (LineReceipt | undefined)[] = new Array(lines.length);
    const groups = new Map<ImportOwner, { i: number; rec: ParsedRecord }[]>();
    let deps: Set<string> | 'all' = new Set<string>();
    for (let i = 0; i < lines.length; i++) {
      // in slices: the other chunks in flight get their answers and calls sent meanwhile, not after this whole chunk
      if (i > 0 && i % PARSE_SLICE === 0) await setImmediate();
      const l = lines[i];
      const parsed = parseLine(l, allowedKinds, this.cfg.IMPORT_MAX_LINE_BYTES);
      if (!parsed) continue;
      if (isReceipt(parsed)) {
        out[i] = parsed;
        continue;
      }
      if (!parsed.deps) deps = 'all';
      else if (deps !== 'all') for (const d of parsed.deps) deps.add(d);
      const group = groups.get(parsed.owner) ?? [];
      group.push({ i, rec: parsed });
      groups.set(parsed.owner, group);
    }
    // parsed while earlier chunks are applied; applied after those it shares a record, enrolment, batch or person with
    await turn(deps);
    await Promise.all(
      [...groups].map(async ([owner, items]) => {
        const size = OWNER_BATCH_SIZES[owner];
        for (let start = 0; start < items.length; start += size) {
          const batch = items.slice(start, start + size);
          const receipts = await this.clients.apply(
            owner,
            importId,
            caller,
            batch.map((b) => b.rec),
          );
          receipts.forEach((r, k) => (out[batch[k].i] = r));
        }
      }),
    );
    return out.filter((r): r is LineReceipt => r !== undefined);
  }

  private async owned(caller: Caller | undefined, id: string): Promise<ImportRow> {
    const owner = ownerOf(caller);
    if (!UUID_RE.test(id)) throw invalid([{ field: 'id', description: 'must be an import id (UUID)' }]);
    const [row]: ImportRow[] = await this.ds.query(`SELECT * FROM imports WHERE id = $1 AND owner = $2`, [id, owner]);
    if (!row) throw notFound('Import', id);
    return row;
  }
}
