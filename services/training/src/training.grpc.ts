import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { ProgramsGrpc } from './programs/programs.grpc';

/** siapkerja.training.v1.TrainingService: one method table assembled from the aggregates. */
@Injectable()
export class TrainingGrpcController implements GrpcController {
  constructor(private readonly programs: ProgramsGrpc) {}

  handlers() {
    return { ...this.programs.handlers() };
  }
}
