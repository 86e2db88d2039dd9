import {
  makeGenericClientConstructor,
  status,
  type ServiceClientConstructor,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { CALLER_METADATA_KEY, type Caller } from '@siapkerja/authz';
import { SERVICE_NAMES, serviceDefinition, type jobsV1 } from '@siapkerja/contracts';
import { grpcErrorToProblem, problem } from '@siapkerja/errors';
import { GrpcClient } from '@siapkerja/grpc';
import { SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { IMPORT_OWNERS, type ImportOwner } from './import-kinds';
import type { LineReceipt, ParsedRecord } from './imports.rules';

type ApplyMethods = { ApplyImportBatch: (req: jobsV1.ApplyImportBatchRequest) => jobsV1.ApplyImportBatchResponse__Output };

/**
 * The client of one owner's ApplyImportBatch. Every owning service declares the same rpc with the same messages (same
 * field names and numbers: IMPORTS-CONTRACT), so one wire definition serves them all: the jobs package's method, sent to
 * `/<owner's service>/ApplyImportBatch`. That keeps integration independent of when each owner adds the rpc to its proto;
 * an owner that has not answers UNIMPLEMENTED, which becomes a rejected receipt per record.
 */
function applyImportBatchConstructor(owner: ImportOwner): ServiceClientConstructor {
  const method = serviceDefinition('jobs').ApplyImportBatch;
  const definition = {
    ApplyImportBatch: { ...method, path: `/${SERVICE_NAMES[owner]}/ApplyImportBatch` },
  } as unknown as ServiceDefinition;
  return makeGenericClientConstructor(definition, SERVICE_NAMES[owner]);
}

/** ApplyImportBatch of each owning service, called with the uploader's caller (signed again here). */
@Injectable()
export class ImportBatchClients implements OnApplicationShutdown {
  private readonly clients: Record<ImportOwner, GrpcClient<ApplyMethods>>;
  private readonly deadlineMs: number;

  constructor(@Inject(SERVICE_CONFIG) cfg: IntegrationConfig) {
    const urls: Record<ImportOwner, string> = {
      jobs: cfg.JOBS_GRPC_URL,
      training: cfg.TRAINING_GRPC_URL,
      placement: cfg.PLACEMENT_GRPC_URL,
    };
    const opts = { callerSecret: cfg.CALLER_SIGNING_SECRET, callerName: 'integration' };
    this.clients = Object.fromEntries(
      IMPORT_OWNERS.map((o) => [o, new GrpcClient<ApplyMethods>(applyImportBatchConstructor(o), urls[o], opts)]),
    ) as Record<ImportOwner, GrpcClient<ApplyMethods>>;
    this.deadlineMs = cfg.IMPORT_BATCH_DEADLINE_MS;
  }

  /**
   * The receipts of `records` (all of `owner`), in order. Never throws: when the owner cannot answer (gRPC UNIMPLEMENTED,
   * refuses the uploader, unavailable, too slow), every record gets a rejected receipt saying why; the upload may be
   * replayed safely (records are idempotent by key).
   */
  async apply(owner: ImportOwner, importId: string, caller: Caller | undefined, records: ParsedRecord[]): Promise<LineReceipt[]> {
    const metadata: Record<string, string> = caller ? { [CALLER_METADATA_KEY]: JSON.stringify(caller) } : {};
    let answer: jobsV1.ApplyImportBatchResponse__Output;
    try {
      answer = await this.clients[owner].call(
        'ApplyImportBatch',
        { importId, records: records.map((r) => ({ line: String(r.line), key: r.key, kind: r.kind, json: r.json })) },
        { metadata, deadlineMs: this.deadlineMs },
      );
    } catch (e) {
      return records.map((r) => failed(r, owner, e));
    }
    if (answer.receipts.length !== records.length)
      return records.map((r) => failed(r, owner, new Error(`answered ${answer.receipts.length} receipts for ${records.length} records`)));
    return answer.receipts.map((a, i) => ({
      line: records[i].line,
      kind: records[i].kind,
      key: records[i].key,
      accepted: a.accepted,
      resourceId: a.resourceId,
      problemJson: a.accepted ? '' : a.problemJson || JSON.stringify(problem(400, 'Rejected', { code: 'REJECTED' })),
    }));
  }

  onApplicationShutdown(): void {
    for (const c of Object.values(this.clients)) c.close();
  }
}

/** The rejected receipt of a record whose owner did not answer. */
function failed(r: ParsedRecord, owner: ImportOwner, err: unknown): LineReceipt {
  const code = (err as ServiceError).code;
  const body =
    code === status.UNIMPLEMENTED
      ? problem(501, `Records of kind ${r.kind} cannot be imported yet: the ${owner} service does not implement ApplyImportBatch`, {
          code: 'KIND_NOT_SUPPORTED',
          errors: [{ field: 'kind', description: `${r.kind} records are not accepted yet` }],
        })
      : (grpcErrorToProblem(err) ??
        problem(503, `The ${owner} service could not apply the record; replay the upload later`, { code: 'UNAVAILABLE' }));
  if (body.status >= 500 && code !== status.UNIMPLEMENTED)
    body.detail = `The ${owner} service could not apply the record (${body.detail}); replay the upload later (records are idempotent by key)`;
  return { line: r.line, kind: r.kind, key: r.key, accepted: false, resourceId: '', problemJson: JSON.stringify(body) };
}
