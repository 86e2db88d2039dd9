import { Controller } from '@nestjs/common';
import { currentCaller } from '@siapkerja/authz';
import { GrpcService, type GrpcControllerOf, type integrationV1 } from '@siapkerja/contracts';
import { forbidden, Violations } from '@siapkerja/errors';
import { importKindsOf } from './import-kinds';
import { linesOfBlock, receiptLine, type LineReceipt } from './imports.rules';
import { ImportsService, type ImportRow } from './imports.service';
import { ImportsWorker } from './imports.worker';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : '');

function toImportMessage(r: ImportRow, replayed = false): integrationV1.Import {
  return {
    id: r.id,
    state: r.state,
    async: r.async,
    idempotencyKey: r.idempotency_key ?? '',
    received: String(r.received),
    accepted: String(r.accepted),
    rejected: String(r.rejected),
    createTime: iso(r.created_at),
    completeTime: iso(r.completed_at),
    replayed,
    mode: r.async ? 'async' : 'sync',
  };
}

const toReceiptMessage = (r: LineReceipt): integrationV1.ImportLineReceipt => ({ ...r, line: String(r.line) });
/** Receipts as the REST API answers them (one NDJSON line each): the gateway writes them as they are. */
const ndjsonOf = (receipts: LineReceipt[]) => Buffer.from(receipts.map(receiptLine).join(''));

/** Bulk imports: the gateway streams an upload's lines here in chunks; the uploader reads its imports and receipts. */
@Controller()
@GrpcService('integration')
export class ImportsGrpc implements GrpcControllerOf<'integration'> {
  constructor(
    private readonly imports: ImportsService,
    private readonly worker: ImportsWorker,
  ) {}

  async startImport(req: integrationV1.StartImportRequest__Output): Promise<integrationV1.Import> {
    const caller = currentCaller();
    const allowedKinds = importKindsOf(caller);
    if (!allowedKinds.length) throw forbidden('Imports need the scope jobs:write (Disnaker kinds) or training:write (training kinds)');
    const r = await this.imports.start(caller, { idempotencyKey: req.idempotencyKey, async: req.async, allowedKinds });
    return toImportMessage(r, r.replayed);
  }

  async appendImportLines(req: integrationV1.AppendImportLinesRequest__Output): Promise<integrationV1.AppendImportLinesResponse> {
    const afterLine = Number(req.afterLine);
    let receipts: LineReceipt[];
    if (req.block.length > 0) {
      const firstLine = Number(req.firstLine);
      const cut = new Map(req.cutLines.map((l) => [Number(l.line), Number(l.size)]));
      const v = new Violations();
      v.check(req.lines.length === 0, 'lines', 'must be empty when the lines are sent as a block');
      v.check(Number.isSafeInteger(firstLine) && firstLine > afterLine, 'firstLine', 'must be a line number after afterLine');
      v.throwIfAny();
      const block = linesOfBlock(req.block, firstLine, cut);
      const byLine = new Map(cut.size ? block.lines.map((b) => [b.line, b]) : []);
      req.cutLines.forEach((l, i) =>
        v.check(
          (byLine.get(Number(l.line))?.size ?? 0) > (byLine.get(Number(l.line))?.data.length ?? 0),
          `cutLines[${i}]`,
          'must name a line of the block with its full size (larger than the bytes sent)',
        ),
      );
      v.throwIfAny();
      receipts = await this.imports.append(currentCaller(), req.importId, block.lines, afterLine, block.lastLine);
    } else {
      const lines = req.lines.map((l) => ({ line: Number(l.line), data: l.data, size: Number(l.size) }));
      receipts = await this.imports.append(currentCaller(), req.importId, lines, afterLine);
    }
    return req.ndjsonReceipts ? { receipts: [], receiptsNdjson: ndjsonOf(receipts) } : { receipts: receipts.map(toReceiptMessage) };
  }

  async completeImport(req: integrationV1.CompleteImportRequest__Output): Promise<integrationV1.Import> {
    const r = await this.imports.complete(currentCaller(), req.importId);
    if (r.state === 'QUEUED') this.worker.nudge();
    return toImportMessage(r);
  }

  async getImport(req: integrationV1.GetImportRequest__Output): Promise<integrationV1.Import> {
    return toImportMessage(await this.imports.get(currentCaller(), req.id));
  }

  async listImportReceipts(req: integrationV1.ListImportReceiptsRequest__Output): Promise<integrationV1.ListImportReceiptsResponse> {
    const page = await this.imports.listReceipts(currentCaller(), req.importId, req.pageSize, req.pageToken);
    return req.ndjsonReceipts
      ? { receipts: [], receiptsNdjson: ndjsonOf(page.receipts), nextPageToken: page.nextPageToken }
      : { receipts: page.receipts.map(toReceiptMessage), nextPageToken: page.nextPageToken };
  }
}
