import { serviceControllers } from '@siapkerja/contracts';
import { BatchesGrpc } from './batches/batches.grpc';
import { EnrolmentsGrpc } from './enrolments/enrolments.grpc';
import { ImportsGrpc } from './imports/imports.grpc';
import { OutcomesGrpc } from './outcomes/outcomes.grpc';
import { ProgramsGrpc } from './programs/programs.grpc';
import { ProvidersGrpc } from './providers/providers.grpc';

/**
 * siapkerja.training.v1.TrainingService: the aggregates' controllers, which together implement every rpc of the
 * generated definition (checked by the type checker, and at start).
 */
export const trainingControllers = serviceControllers('training')(
  ProvidersGrpc,
  ProgramsGrpc,
  BatchesGrpc,
  EnrolmentsGrpc,
  OutcomesGrpc,
  ImportsGrpc,
);
