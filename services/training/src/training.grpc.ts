import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { BatchesGrpc } from './batches/batches.grpc';
import { EnrolmentsGrpc } from './enrolments/enrolments.grpc';
import { ProgramsGrpc } from './programs/programs.grpc';

/** siapkerja.training.v1.TrainingService: one method table assembled from the aggregates. */
@Injectable()
export class TrainingGrpcController implements GrpcController {
  constructor(
    private readonly programs: ProgramsGrpc,
    private readonly batches: BatchesGrpc,
    private readonly enrolments: EnrolmentsGrpc,
  ) {}

  handlers() {
    return { ...this.programs.handlers(), ...this.batches.handlers(), ...this.enrolments.handlers() };
  }
}
