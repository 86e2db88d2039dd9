import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from './siapkerja/training/v1/Batch';
import type { CreateBatchRequest as _siapkerja_training_v1_CreateBatchRequest, CreateBatchRequest__Output as _siapkerja_training_v1_CreateBatchRequest__Output } from './siapkerja/training/v1/CreateBatchRequest';
import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from './siapkerja/training/v1/CreateEnrolmentRequest';
import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from './siapkerja/training/v1/CreateProgramRequest';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from './siapkerja/training/v1/Enrolment';
import type { EnrolmentTransition as _siapkerja_training_v1_EnrolmentTransition, EnrolmentTransition__Output as _siapkerja_training_v1_EnrolmentTransition__Output } from './siapkerja/training/v1/EnrolmentTransition';
import type { ExportPersonDataRequest as _siapkerja_training_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_training_v1_ExportPersonDataRequest__Output } from './siapkerja/training/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_training_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_training_v1_ExportPersonDataResponse__Output } from './siapkerja/training/v1/ExportPersonDataResponse';
import type { GetBatchRequest as _siapkerja_training_v1_GetBatchRequest, GetBatchRequest__Output as _siapkerja_training_v1_GetBatchRequest__Output } from './siapkerja/training/v1/GetBatchRequest';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from './siapkerja/training/v1/GetEnrolmentRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from './siapkerja/training/v1/GetProgramRequest';
import type { ListBatchesRequest as _siapkerja_training_v1_ListBatchesRequest, ListBatchesRequest__Output as _siapkerja_training_v1_ListBatchesRequest__Output } from './siapkerja/training/v1/ListBatchesRequest';
import type { ListBatchesResponse as _siapkerja_training_v1_ListBatchesResponse, ListBatchesResponse__Output as _siapkerja_training_v1_ListBatchesResponse__Output } from './siapkerja/training/v1/ListBatchesResponse';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from './siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from './siapkerja/training/v1/ListEnrolmentsResponse';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from './siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from './siapkerja/training/v1/ListProgramsResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from './siapkerja/training/v1/Program';
import type { TrainingServiceClient as _siapkerja_training_v1_TrainingServiceClient, TrainingServiceDefinition as _siapkerja_training_v1_TrainingServiceDefinition } from './siapkerja/training/v1/TrainingService';
import type { TransitionBatchRequest as _siapkerja_training_v1_TransitionBatchRequest, TransitionBatchRequest__Output as _siapkerja_training_v1_TransitionBatchRequest__Output } from './siapkerja/training/v1/TransitionBatchRequest';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from './siapkerja/training/v1/TransitionEnrolmentRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        Batch: MessageTypeDefinition<_siapkerja_training_v1_Batch, _siapkerja_training_v1_Batch__Output>
        BatchMode: EnumTypeDefinition
        BatchState: EnumTypeDefinition
        CreateBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateBatchRequest, _siapkerja_training_v1_CreateBatchRequest__Output>
        CreateEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_CreateEnrolmentRequest__Output>
        CreateProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_CreateProgramRequest__Output>
        Enrolment: MessageTypeDefinition<_siapkerja_training_v1_Enrolment, _siapkerja_training_v1_Enrolment__Output>
        EnrolmentState: EnumTypeDefinition
        EnrolmentTransition: MessageTypeDefinition<_siapkerja_training_v1_EnrolmentTransition, _siapkerja_training_v1_EnrolmentTransition__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_training_v1_ExportPersonDataRequest, _siapkerja_training_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_training_v1_ExportPersonDataResponse, _siapkerja_training_v1_ExportPersonDataResponse__Output>
        GetBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_GetBatchRequest, _siapkerja_training_v1_GetBatchRequest__Output>
        GetEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_GetEnrolmentRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_GetProgramRequest__Output>
        ListBatchesRequest: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesRequest, _siapkerja_training_v1_ListBatchesRequest__Output>
        ListBatchesResponse: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesResponse, _siapkerja_training_v1_ListBatchesResponse__Output>
        ListEnrolmentsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsRequest__Output>
        ListEnrolmentsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
        ListProgramsRequest: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsRequest__Output>
        ListProgramsResponse: MessageTypeDefinition<_siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsResponse__Output>
        Program: MessageTypeDefinition<_siapkerja_training_v1_Program, _siapkerja_training_v1_Program__Output>
        TrainingService: SubtypeConstructor<typeof grpc.Client, _siapkerja_training_v1_TrainingServiceClient> & { service: _siapkerja_training_v1_TrainingServiceDefinition }
        TransitionBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionBatchRequest, _siapkerja_training_v1_TransitionBatchRequest__Output>
        TransitionEnrolmentRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_TransitionEnrolmentRequest__Output>
      }
    }
  }
}

