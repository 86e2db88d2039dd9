import { Controller } from '@nestjs/common';
import { GrpcService, type GrpcControllerOf, fromProtoEnum, toProtoEnum, type trainingV1 } from '@siapkerja/contracts';
import { BatchesService, type BatchView } from './batches.service';

export function toBatchMessage(v: BatchView): trainingV1.Batch {
  const b = v.batch;
  return {
    id: b.id,
    programId: b.programId,
    startDate: b.startDate,
    endDate: b.endDate,
    registrationOpens: b.registrationOpens,
    registrationCloses: b.registrationCloses,
    capacity: b.capacity,
    regionCode: b.regionCode,
    mode: toProtoEnum('BATCH_MODE', b.mode) as trainingV1.BatchMode,
    state: toProtoEnum('BATCH_STATE', b.state) as trainingV1.BatchState,
    acceptedCount: b.acceptedCount,
    cancelReason: b.cancelReason,
    programTitle: v.programTitle,
    createTime: b.createdAt.toISOString(),
    updateTime: b.updatedAt.toISOString(),
    sessions: v.sessions.map((x) => ({ number: x.number, date: x.date, topic: x.topic })),
    waitlistedCount: v.waitlistedCount,
    providerId: b.providerId,
  };
}

@Controller()
@GrpcService('training')
export class BatchesGrpc implements GrpcControllerOf<'training'> {
  constructor(private readonly batches: BatchesService) {}

  async createBatch(req: trainingV1.CreateBatchRequest__Output) {
    const b = req.batch ?? ({} as trainingV1.Batch__Output);
    return toBatchMessage(
      await this.batches.schedule(
        req.programId,
        {
          startDate: b.startDate,
          endDate: b.endDate,
          registrationOpens: b.registrationOpens,
          registrationCloses: b.registrationCloses,
          capacity: b.capacity,
          mode: fromProtoEnum('BATCH_MODE', b.mode),
          regionCode: b.regionCode,
          sessions: b.sessions.map((x) => ({ date: x.date, topic: x.topic })),
        },
        req.requestId || undefined,
      ),
    );
  }

  async getBatch(req: trainingV1.GetBatchRequest__Output) {
    return toBatchMessage(await this.batches.get(req.id));
  }

  async listBatches(req: trainingV1.ListBatchesRequest__Output): Promise<trainingV1.ListBatchesResponse> {
    const page = await this.batches.list({
      programId: req.programId,
      state: fromProtoEnum('BATCH_STATE', req.state),
      pageSize: req.pageSize,
      pageToken: req.pageToken,
    });
    return { batches: page.batches.map(toBatchMessage), nextPageToken: page.nextPageToken };
  }

  async transitionBatch(req: trainingV1.TransitionBatchRequest__Output) {
    return toBatchMessage(await this.batches.transition(req.id, fromProtoEnum('BATCH_STATE', req.toState), req.reason));
  }
}
