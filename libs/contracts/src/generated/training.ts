import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from './siapkerja/training/v1/CreateProgramRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from './siapkerja/training/v1/GetProgramRequest';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from './siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from './siapkerja/training/v1/ListProgramsResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from './siapkerja/training/v1/Program';
import type { TrainingServiceClient as _siapkerja_training_v1_TrainingServiceClient, TrainingServiceDefinition as _siapkerja_training_v1_TrainingServiceDefinition } from './siapkerja/training/v1/TrainingService';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        CreateProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_CreateProgramRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_GetProgramRequest__Output>
        ListProgramsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsRequest__Output>
        ListProgramsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsResponse__Output>
        Program: MessageTypeDefinition<_siapkerja_training_v1_Program, _siapkerja_training_v1_Program__Output>
        TrainingService: SubtypeConstructor<typeof grpc.Client, _siapkerja_training_v1_TrainingServiceClient> & { service: _siapkerja_training_v1_TrainingServiceDefinition }
      }
    }
  }
}

