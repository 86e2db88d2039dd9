import { Controller } from '@nestjs/common';
import { GrpcService, fromProtoInt64, type GrpcControllerOf, type trainingV1 } from '@siapkerja/contracts';
import { ImportsService } from './imports.service';

@Controller()
@GrpcService('training')
export class ImportsGrpc implements GrpcControllerOf<'training'> {
  constructor(private readonly imports: ImportsService) {}

  async applyImportBatch(req: trainingV1.ApplyImportBatchRequest__Output): Promise<trainingV1.ApplyImportBatchResponse> {
    const receipts = await this.imports.apply(
      req.importId,
      req.records.map((r) => ({ line: fromProtoInt64(r.line), key: r.key, kind: r.kind, json: r.json })),
    );
    return { receipts: receipts.map((r) => ({ ...r, line: String(r.line) })) };
  }
}
