import { Module } from '@nestjs/common';
import { ProgramPublished } from '@siapkerja/contracts';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { TrainingInitial1763800000200 } from './migrations/1763800000200-training-initial';
import { ProgramUnits1763800000210 } from './migrations/1763800000210-program-units';
import { ProgramEntity } from './programs/program.entity';
import { ProgramsGrpc } from './programs/programs.grpc';
import { ProgramsService } from './programs/programs.service';
import { TrainingGrpcController } from './training.grpc';

@Module({ providers: [ProgramsService, ProgramsGrpc, TrainingGrpcController] })
export class TrainingModule {}

export const trainingService: ServiceDefinition = {
  name: 'training',
  module: TrainingModule,
  entities: [ProgramEntity],
  migrations: [TrainingInitial1763800000200, ProgramUnits1763800000210],
  controller: TrainingGrpcController,
  produces: [ProgramPublished.topic],
};
