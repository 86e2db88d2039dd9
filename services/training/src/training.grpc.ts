import { serviceControllers } from '@siapkerja/contracts';
import { BatchesGrpc } from './batches/batches.grpc';
import { EnrolmentsGrpc } from './enrolments/enrolments.grpc';
import { ProgramsGrpc } from './programs/programs.grpc';

/**
 * siapkerja.training.v1.TrainingService: the aggregates' controllers, which together implement every rpc of the
 * generated definition (checked by the type checker, and at start).
 */
export const trainingControllers = serviceControllers('training')(ProgramsGrpc, BatchesGrpc, EnrolmentsGrpc);
