import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, type jobsV1 } from '@siapkerja/contracts';
import { ImportsService } from './imports.service';

/** ApplyImportBatch: the jobs kinds of a bulk upload (job-seeker, vacancy), applied with the uploader's caller. */
@Controller()
@GrpcService('jobs')
export class ImportsGrpc implements GrpcControllerOf<'jobs'> {
  constructor(private readonly imports: ImportsService) {}

  async applyImportBatch(req: jobsV1.ApplyImportBatchRequest__Output): Promise<jobsV1.ApplyImportBatchResponse> {
    return { receipts: await this.imports.applyBatch(req.importId, req.records) };
  }
}
