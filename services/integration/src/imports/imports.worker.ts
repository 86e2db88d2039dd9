import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { parseCaller, type Caller } from '@siapkerja/authz';
import type { Logger } from '@siapkerja/logging';
import { runWithContext } from '@siapkerja/logging';
import { LOGGER, PollingWorker, SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { OWNER_BATCH_SIZE, ImportsService, type ImportRow } from './imports.service';

/** A RUNNING import not touched for this long lost its worker (a crash): another one takes it over. */
const STALE_RUNNING_SECONDS = 120;

/**
 * Applies queued async imports: claims one (FOR UPDATE SKIP LOCKED, so several instances share the work), applies its
 * staged lines page by page with the uploader's caller, keeps each page's receipts and drops its lines in one
 * transaction, and marks it COMPLETED when no line is left. A crash mid-page only means the page is applied again, which
 * the owners' idempotency by key absorbs (receipts are kept once per line).
 */
@Injectable()
export class ImportsWorker extends PollingWorker {
  constructor(
    private readonly ds: DataSource,
    private readonly imports: ImportsService,
    @Inject(SERVICE_CONFIG) cfg: IntegrationConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(logger, cfg.IMPORT_POLL_MS, 'import worker');
  }

  protected poll(): Promise<boolean> {
    return this.tick();
  }

  /** Claims one queued (or abandoned) import and applies it to the end; false when there was none. */
  async tick(): Promise<boolean> {
    const [rows]: [ImportRow[], number] = await this.ds.query(
      `WITH next AS (
         SELECT id FROM imports
          WHERE state = 'QUEUED' OR (state = 'RUNNING' AND updated_at < now() - make_interval(secs => $1))
          ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
       UPDATE imports i SET state = 'RUNNING', updated_at = now() FROM next WHERE i.id = next.id RETURNING i.*`,
      [STALE_RUNNING_SECONDS],
    );
    const imp = rows[0];
    if (!imp) return false;
    const caller = parseCaller(imp.caller_json) as Caller | undefined;
    await runWithContext({ correlationId: `import-${imp.id}`, caller: caller as Record<string, unknown> | undefined }, () =>
      this.applyAll(imp, caller),
    );
    return true;
  }

  private async applyAll(imp: ImportRow, caller: Caller | undefined): Promise<void> {
    const allowed = new Set(imp.allowed_kinds);
    while (this.running) {
      const lines: { line: string; data: Buffer; size: string }[] = await this.ds.query(
        `SELECT line, data, size FROM import_lines WHERE import_id = $1 ORDER BY line LIMIT $2`,
        [imp.id, OWNER_BATCH_SIZE],
      );
      if (!lines.length) break;
      const receipts = await this.imports.process(
        imp.id,
        allowed,
        caller,
        lines.map((l) => ({ line: Number(l.line), data: l.data, size: Number(l.size) })),
      );
      await this.ds.transaction(async (m) => {
        await m.query(
          `WITH kept AS (
             INSERT INTO import_line_receipts (import_id, line, kind, key, accepted, resource_id, problem_json)
             SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[])
             ON CONFLICT DO NOTHING RETURNING accepted)
           UPDATE imports SET accepted = accepted + (SELECT count(*) FROM kept WHERE accepted),
                  rejected = rejected + (SELECT count(*) FROM kept WHERE NOT accepted), updated_at = now()
            WHERE id = $1`,
          [
            imp.id,
            receipts.map((r) => r.line),
            receipts.map((r) => r.kind),
            receipts.map((r) => r.key),
            receipts.map((r) => r.accepted),
            receipts.map((r) => r.resourceId),
            receipts.map((r) => r.problemJson),
          ],
        );
        await m.query(`DELETE FROM import_lines WHERE import_id = $1 AND line = ANY($2::bigint[])`, [imp.id, lines.map((l) => l.line)]);
      });
    }
    if (this.running)
      await this.ds.query(`UPDATE imports SET state = 'COMPLETED', completed_at = now(), updated_at = now() WHERE id = $1`, [imp.id]);
  }
}
