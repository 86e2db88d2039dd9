import { once } from 'node:events';
import { Controller, ForbiddenException, Get, HttpException, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { grpcErrorToProblem, problem } from '@siapkerja/errors';
import { asCaller, Caller, type AuthCaller } from '../auth/caller';
import { ServiceClients } from '../platform/clients';
import { GatewayPlatform } from '../platform/gateway-platform';
import { ApiIdempotencyKey, ApiProblems } from '../platform/http';
import { BulkLane } from '../traffic/rate-limit';
import { fromReceiptsQueryDto, ImportDto, ReceiptsQueryDto, toImportDto } from '../generated/integration.views';
import { ImportReceiptDto } from './imports.dto';
import { ndjsonBlocks } from './ndjson-lines';

export const NDJSON = 'application/x-ndjson';
const RECEIPTS_PAGE = 1000;

/** Examples of receipt lines (each line of an NDJSON answer is one ImportReceiptDto). */
const RECEIPT_EXAMPLES = {
  accepted: {
    summary: 'an accepted line',
    value: { line: 1, kind: 'job-seeker', key: 'AK1-3373-000001', accepted: true, resourceId: '5f0c6c2e-8d0b-4b8e-9d7a-0c6f7f1f2a11' },
  },
  malformed: {
    summary: 'a malformed line',
    value: {
      line: 2,
      kind: '',
      key: '',
      accepted: false,
      problem: {
        type: 'https://siapkerja.kemnaker.go.id/problems/malformed-json',
        title: 'Bad Request',
        status: 400,
        detail: 'Malformed JSON: Unexpected end of JSON input',
        code: 'MALFORMED_JSON',
        errors: [{ field: 'line', description: 'must be one JSON object' }],
      },
    },
  },
  outsideRegion: {
    summary: "a record outside the uploader's region",
    value: {
      line: 3,
      kind: 'job-seeker',
      key: 'AK1-3374-000002',
      accepted: false,
      problem: {
        type: 'https://siapkerja.kemnaker.go.id/problems/permission-denied',
        title: 'Forbidden',
        status: 403,
        detail: "Region 33.74 is outside the caller's region 33.73",
        code: 'PERMISSION_DENIED',
      },
    },
  },
  missingField: {
    summary: 'a record missing a field',
    value: {
      line: 4,
      kind: 'job-seeker',
      key: 'AK1-3373-000003',
      accepted: false,
      problem: {
        type: 'https://siapkerja.kemnaker.go.id/problems/invalid-argument',
        title: 'Bad Request',
        status: 400,
        detail: 'The request has invalid fields',
        code: 'INVALID_ARGUMENT',
        errors: [{ field: 'name', description: 'is required (at most 200 characters)' }],
      },
    },
  },
};

const UPLOAD_EXAMPLE =
  '{"kind":"job-seeker","key":"AK1-3373-000001","nik":"3373010101900001","name":"Budi Santoso","birthPlace":"Salatiga","birthDate":"1990-01-01","sex":"MALE","maritalStatus":"SINGLE","religion":"ISLAM","address":{"line":"Jl. Diponegoro 52","regionCode":"33.73"},"wantedKbjiCodes":["7212"]}\n' +
  '{"kind":"vacancy","key":"LOKER-2026-0042","employerId":"0b7e5c1a-3f4d-4c1e-9a63-2f1b9d8e7c65","positionName":"Juru Las","kbjiCode":"7212","regionCode":"33.73","numberNeeded":2,"validFrom":"2026-12-01","validUntil":"2027-02-28"}\n';

/**
 * 403 (WWW-Authenticate insufficient_scope) for a token holding neither scope that imports a kind (the gateway's share of
 * authorization; the integration service derives the kinds the token may import from its scopes, the owners decide every record).
 */
function requireImportScope(caller: AuthCaller, res: Response): void {
  if (!caller.scopes.includes('jobs:write') && !caller.scopes.includes('training:write')) {
    res.setHeader('WWW-Authenticate', 'Bearer realm="siapkerja", error="insufficient_scope", scope="jobs:write training:write"');
    throw new ForbiddenException('Imports need the scope jobs:write (Disnaker kinds) or training:write (training kinds)');
  }
}

const wantsAsync = (prefer: string | undefined) => !!prefer && /(^|[,;\s])respond-async($|[,;\s])/i.test(prefer);

/** Thrown while reading the body when it grows past IMPORT_MAX_BYTES. */
class UploadTooLarge extends Error {}

/**
 * Bulk uploads (NDJSON, one record a line) of partner platforms and Disnaker systems, and their receipts. The body is
 * streamed: read in chunks of lines, each chunk sent to the integration service (one unary call; at most
 * IMPORT_CHUNKS_IN_FLIGHT chunks await their answers, so a slow owner slows the upload instead of filling memory), which parses the lines and has the
 * owning services apply the records with the uploader's caller. No rule about records lives here: the gateway checks the
 * route's shape (content type, sizes) and the token's scopes, and translates.
 */
@ApiTags('Bulk imports')
@ApiExtraModels(ImportReceiptDto)
@Controller('v1/imports')
export class ImportsController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly platform: GatewayPlatform,
  ) {}

  @Post()
  @BulkLane()
  @ApiOperation({
    summary: 'Upload records in bulk (NDJSON), one receipt per line',
    description:
      'Partner platforms (enrolment, attendance, completion with training:write) and Disnaker systems (job-seeker, vacancy, placement ' +
      'with jobs:write) upload one JSON object a line, each with `kind`, `key` (1-200 characters, your id of the record: the same ' +
      'key is applied once, a replay answers the first receipt) and the fields of the record. Every non-blank line gets a receipt ' +
      '(line, key, accepted with the resource id, or rejected with a problem naming the field or rule); a malformed line rejects ' +
      'that line only. The body is streamed, never held whole: at most IMPORT_MAX_BYTES (default 1 GiB; larger is 413) and lines ' +
      'of at most IMPORT_MAX_LINE_BYTES (default 64 KiB; a longer line is rejected by its receipt). The JSON body limits (1 MB, ' +
      'depth 64) do not apply. Synchronous by default: 200 with the receipts streamed back as NDJSON while the upload is read; ' +
      'if the upload fails after the receipts began (the body grows past the maximum size, a backing service fails), the last ' +
      'line is a problem object (no `line`) and the upload can be replayed. With `Prefer: respond-async` (or a Content-Length ' +
      'above IMPORT_ASYNC_ABOVE_BYTES, default 256 MiB) the upload is kept as an import job: 202 with its status once the body ' +
      'is received; poll GET /v1/imports/{id} and read GET /v1/imports/{id}/receipts. An Idempotency-Key names the import: ' +
      'the same key again answers the same import (async: its stored 202, without reading the body again; sync: the lines are ' +
      "applied again, which changes nothing, and the same receipts are answered). Imports are the uploader's own (another " +
      'client gets 404). Signed clients (X-Signature) sign the empty body hash on this route: the body is not buffered.',
  })
  @ApiConsumes(NDJSON)
  @ApiBody({ schema: { type: 'string', example: UPLOAD_EXAMPLE }, description: 'NDJSON: one JSON object per line (UTF-8)' })
  @ApiHeader({
    name: 'Prefer',
    required: false,
    description: '`respond-async`: keep the receipts as an import job',
    example: 'respond-async',
  })
  @ApiIdempotencyKey()
  @ApiOkResponse({
    description:
      'Synchronous upload: the receipts, one NDJSON line (an ImportReceipt, as in the examples) per non-blank upload line, in line order. Headers: Location of the import, Import-Id.',
    content: { [NDJSON]: { schema: { $ref: getSchemaPath(ImportReceiptDto) }, examples: RECEIPT_EXAMPLES } },
  })
  @ApiAcceptedResponse({ type: ImportDto, description: 'Async upload received: the import job (Location: /v1/imports/{id})' })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422)
  async upload(@Caller() caller: AuthCaller, @Req() req: Request, @Res() res: Response): Promise<void> {
    const cfg = this.platform.config;
    const type = (req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== NDJSON && type !== 'application/jsonl')
      throw new HttpException(`The upload must be ${NDJSON} (one JSON object per line)`, 415);
    requireImportScope(caller, res);
    const declared = Number(req.header('content-length') ?? NaN);
    if (declared > cfg.IMPORT_MAX_BYTES) throw new HttpException(`The upload is larger than ${cfg.IMPORT_MAX_BYTES} bytes`, 413);
    const async = wantsAsync(req.header('prefer')) || declared > cfg.IMPORT_ASYNC_ABOVE_BYTES;
    const opts = asCaller(caller, { deadlineMs: cfg.IMPORT_GRPC_DEADLINE_MS });
    const started = await this.clients.integration.startImport({ idempotencyKey: req.header('idempotency-key') ?? '', async }, opts);
    const location = `/v1/imports/${started.id}`;
    if (started.async && started.replayed) {
      req.resume(); // the body was received before: not read again
      res.status(202).location(location).json(toImportDto(started));
      return;
    }

    const chunks = ndjsonBlocks(req, {
      maxLineBytes: cfg.IMPORT_MAX_LINE_BYTES,
      chunkLines: cfg.IMPORT_CHUNK_LINES,
      chunkBytes: cfg.IMPORT_CHUNK_BYTES,
      onBytes: (total) => {
        if (total > cfg.IMPORT_MAX_BYTES) throw new UploadTooLarge();
      },
    });
    const streaming = !started.async;
    if (streaming) {
      res.status(200).location(location).setHeader('Import-Id', started.id);
      res.setHeader('Content-Type', `${NDJSON}; charset=utf-8`);
      res.flushHeaders();
    }
    // up to IMPORT_CHUNKS_IN_FLIGHT chunks are sent before the oldest one's answer (each names the last line of the one
    // before: the integration service applies a chunk after every earlier one it shares a record, enrolment, batch or
    // person with, and side by side with the others); answers are written in order
    const inFlight: ReturnType<ServiceClients['integration']['appendImportLines']>[] = [];
    const answerOldest = async () => {
      const answer = await inFlight.shift()!;
      // the receipts arrive as NDJSON (ImportReceiptDto lines): written as they are
      if (!streaming || !answer.receiptsNdjson.length) return;
      if (!res.write(answer.receiptsNdjson)) await once(res, 'drain');
    };
    try {
      let afterLine = 0;
      for await (const chunk of chunks) {
        const call = this.clients.integration.appendImportLines(
          {
            importId: started.id,
            afterLine: String(afterLine),
            block: chunk.block,
            firstLine: String(chunk.firstLine),
            cutLines: chunk.cut.map((c) => ({ line: String(c.line), size: String(c.size) })),
            ndjsonReceipts: true,
          },
          opts,
        );
        call.catch(() => undefined); // observed in order by answerOldest
        inFlight.push(call);
        afterLine = chunk.lastLine;
        if (inFlight.length >= cfg.IMPORT_CHUNKS_IN_FLIGHT) await answerOldest();
      }
      while (inFlight.length) await answerOldest();
      const done = await this.clients.integration.completeImport({ importId: started.id }, opts);
      if (streaming) res.end();
      else res.status(202).location(location).json(toImportDto(done));
    } catch (e) {
      const body =
        e instanceof UploadTooLarge
          ? problem(413, `The upload is larger than ${cfg.IMPORT_MAX_BYTES} bytes; the lines before were answered`, {
              code: 'PAYLOAD_TOO_LARGE',
            })
          : grpcErrorToProblem(e);
      if (!streaming && !res.headersSent) {
        req.resume();
        if (e instanceof UploadTooLarge) throw new HttpException(body!.detail!, 413);
        throw e;
      }
      // the receipts already began: the last line says why the upload stopped
      this.platform.logger.warn({ importId: started.id, err: e }, 'bulk upload stopped');
      const last = body ?? problem(503, 'The upload stopped; replay it (records are idempotent by key)', { code: 'UNAVAILABLE' });
      req.resume();
      res.end(`${JSON.stringify({ ...last, instance: location })}\n`);
    }
  }

  @Get(':id')
  @ApiOperation({ summary: 'An import: its state and counts (poll an async import until COMPLETED)' })
  @ApiOkResponse({ type: ImportDto })
  @ApiProblems(400, 401, 403, 404)
  async get(
    @Caller() caller: AuthCaller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<ImportDto> {
    requireImportScope(caller, res);
    return toImportDto(await this.clients.integration.getImport({ id }, asCaller(caller, { idempotent: true })));
  }

  @Get(':id/receipts')
  @ApiOperation({
    summary: "An async import's receipts, as NDJSON in line order",
    description:
      'Every receipt kept so far (all of them once the import is COMPLETED), streamed as NDJSON; `after` skips to the receipts after a ' +
      'line. A synchronous upload keeps no receipts: they were answered in the upload response, and its receipts answer 409 ' +
      '(replay the upload with the same Idempotency-Key to get them again).',
  })
  @ApiProduces(NDJSON)
  @ApiOkResponse({
    description: 'One ImportReceipt per NDJSON line, in line order',
    content: { [NDJSON]: { schema: { $ref: getSchemaPath(ImportReceiptDto) }, examples: RECEIPT_EXAMPLES } },
  })
  @ApiProblems(400, 401, 403, 404, 409)
  async receipts(
    @Caller() caller: AuthCaller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: ReceiptsQueryDto,
    @Res() res: Response,
  ): Promise<void> {
    requireImportScope(caller, res);
    const opts = asCaller(caller, { idempotent: true });
    let page = await this.clients.integration.listImportReceipts(
      { ...fromReceiptsQueryDto(query), importId: id, pageSize: RECEIPTS_PAGE, ndjsonReceipts: true },
      opts,
    );
    res.status(200).type(`${NDJSON}; charset=utf-8`);
    for (;;) {
      // the receipts arrive as NDJSON (ImportReceiptDto lines), as the upload's do
      if (page.receiptsNdjson.length && !res.write(page.receiptsNdjson)) await once(res, 'drain');
      if (!page.nextPageToken) break;
      try {
        page = await this.clients.integration.listImportReceipts(
          { importId: id, pageSize: RECEIPTS_PAGE, pageToken: page.nextPageToken, ndjsonReceipts: true },
          opts,
        );
      } catch (e) {
        res.end(`${JSON.stringify(grpcErrorToProblem(e) ?? problem(503, 'The receipts could not be read', { code: 'UNAVAILABLE' }))}\n`);
        return;
      }
    }
    res.end();
  }
}
