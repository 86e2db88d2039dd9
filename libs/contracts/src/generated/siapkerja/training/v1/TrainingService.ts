// Original file: proto/siapkerja/training/v1/training.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from '../../../siapkerja/training/v1/Batch';
import type { CreateBatchRequest as _siapkerja_training_v1_CreateBatchRequest, CreateBatchRequest__Output as _siapkerja_training_v1_CreateBatchRequest__Output } from '../../../siapkerja/training/v1/CreateBatchRequest';
import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from '../../../siapkerja/training/v1/CreateEnrolmentRequest';
import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from '../../../siapkerja/training/v1/CreateProgramRequest';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from '../../../siapkerja/training/v1/Enrolment';
import type { ExportPersonDataRequest as _siapkerja_training_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_training_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/training/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_training_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_training_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/training/v1/ExportPersonDataResponse';
import type { GetBatchRequest as _siapkerja_training_v1_GetBatchRequest, GetBatchRequest__Output as _siapkerja_training_v1_GetBatchRequest__Output } from '../../../siapkerja/training/v1/GetBatchRequest';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from '../../../siapkerja/training/v1/GetEnrolmentRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from '../../../siapkerja/training/v1/GetProgramRequest';
import type { ListBatchesRequest as _siapkerja_training_v1_ListBatchesRequest, ListBatchesRequest__Output as _siapkerja_training_v1_ListBatchesRequest__Output } from '../../../siapkerja/training/v1/ListBatchesRequest';
import type { ListBatchesResponse as _siapkerja_training_v1_ListBatchesResponse, ListBatchesResponse__Output as _siapkerja_training_v1_ListBatchesResponse__Output } from '../../../siapkerja/training/v1/ListBatchesResponse';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from '../../../siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from '../../../siapkerja/training/v1/ListEnrolmentsResponse';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from '../../../siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from '../../../siapkerja/training/v1/ListProgramsResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';
import type { TransitionBatchRequest as _siapkerja_training_v1_TransitionBatchRequest, TransitionBatchRequest__Output as _siapkerja_training_v1_TransitionBatchRequest__Output } from '../../../siapkerja/training/v1/TransitionBatchRequest';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from '../../../siapkerja/training/v1/TransitionEnrolmentRequest';

export interface TrainingServiceClient extends grpc.Client {
  CreateBatch(argument: _siapkerja_training_v1_CreateBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  CreateBatch(argument: _siapkerja_training_v1_CreateBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  CreateBatch(argument: _siapkerja_training_v1_CreateBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  CreateBatch(argument: _siapkerja_training_v1_CreateBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  createBatch(argument: _siapkerja_training_v1_CreateBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  createBatch(argument: _siapkerja_training_v1_CreateBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  createBatch(argument: _siapkerja_training_v1_CreateBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  createBatch(argument: _siapkerja_training_v1_CreateBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  
  CreateEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  CreateEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  CreateEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  CreateEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  createEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  createEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  createEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  createEnrolment(argument: _siapkerja_training_v1_CreateEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_training_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetBatch(argument: _siapkerja_training_v1_GetBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  GetBatch(argument: _siapkerja_training_v1_GetBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  GetBatch(argument: _siapkerja_training_v1_GetBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  GetBatch(argument: _siapkerja_training_v1_GetBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  getBatch(argument: _siapkerja_training_v1_GetBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  getBatch(argument: _siapkerja_training_v1_GetBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  getBatch(argument: _siapkerja_training_v1_GetBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  getBatch(argument: _siapkerja_training_v1_GetBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  
  GetEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  GetEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  GetEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  GetEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  getEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  getEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  getEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  getEnrolment(argument: _siapkerja_training_v1_GetEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  ListBatches(argument: _siapkerja_training_v1_ListBatchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  ListBatches(argument: _siapkerja_training_v1_ListBatchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  ListBatches(argument: _siapkerja_training_v1_ListBatchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  ListBatches(argument: _siapkerja_training_v1_ListBatchesRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  listBatches(argument: _siapkerja_training_v1_ListBatchesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  listBatches(argument: _siapkerja_training_v1_ListBatchesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  listBatches(argument: _siapkerja_training_v1_ListBatchesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  listBatches(argument: _siapkerja_training_v1_ListBatchesRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListBatchesResponse__Output>): grpc.ClientUnaryCall;
  
  ListEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listEnrolments(argument: _siapkerja_training_v1_ListEnrolmentsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  
  TransitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  TransitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  TransitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  TransitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  transitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  transitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  transitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  transitionBatch(argument: _siapkerja_training_v1_TransitionBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Batch__Output>): grpc.ClientUnaryCall;
  
  TransitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  TransitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  TransitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  TransitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  transitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  transitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  transitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  transitionEnrolment(argument: _siapkerja_training_v1_TransitionEnrolmentRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  
}

export interface TrainingServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateBatch: grpc.handleUnaryCall<_siapkerja_training_v1_CreateBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  CreateEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_CreateEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  CreateProgram: grpc.handleUnaryCall<_siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_training_v1_ExportPersonDataRequest__Output, _siapkerja_training_v1_ExportPersonDataResponse>;
  
  GetBatch: grpc.handleUnaryCall<_siapkerja_training_v1_GetBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  GetEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_GetEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  GetProgram: grpc.handleUnaryCall<_siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  ListBatches: grpc.handleUnaryCall<_siapkerja_training_v1_ListBatchesRequest__Output, _siapkerja_training_v1_ListBatchesResponse>;
  
  ListEnrolments: grpc.handleUnaryCall<_siapkerja_training_v1_ListEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse>;
  
  ListPrograms: grpc.handleUnaryCall<_siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse>;
  
  TransitionBatch: grpc.handleUnaryCall<_siapkerja_training_v1_TransitionBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  TransitionEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_TransitionEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
}

export interface TrainingServiceDefinition extends grpc.ServiceDefinition {
  CreateBatch: MethodDefinition<_siapkerja_training_v1_CreateBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_CreateBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  CreateEnrolment: MethodDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_CreateEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  CreateProgram: MethodDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  ExportPersonData: MethodDefinition<_siapkerja_training_v1_ExportPersonDataRequest, _siapkerja_training_v1_ExportPersonDataResponse, _siapkerja_training_v1_ExportPersonDataRequest__Output, _siapkerja_training_v1_ExportPersonDataResponse__Output>
  GetBatch: MethodDefinition<_siapkerja_training_v1_GetBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_GetBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  GetEnrolment: MethodDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_GetEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  GetProgram: MethodDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  ListBatches: MethodDefinition<_siapkerja_training_v1_ListBatchesRequest, _siapkerja_training_v1_ListBatchesResponse, _siapkerja_training_v1_ListBatchesRequest__Output, _siapkerja_training_v1_ListBatchesResponse__Output>
  ListEnrolments: MethodDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
  ListPrograms: MethodDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse__Output>
  TransitionBatch: MethodDefinition<_siapkerja_training_v1_TransitionBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_TransitionBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  TransitionEnrolment: MethodDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_TransitionEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
}
