// Original file: proto/siapkerja/training/v1/training.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { ApplyImportBatchRequest as _siapkerja_training_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_training_v1_ApplyImportBatchRequest__Output } from '../../../siapkerja/training/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_training_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_training_v1_ApplyImportBatchResponse__Output } from '../../../siapkerja/training/v1/ApplyImportBatchResponse';
import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from '../../../siapkerja/training/v1/Batch';
import type { CreateBatchRequest as _siapkerja_training_v1_CreateBatchRequest, CreateBatchRequest__Output as _siapkerja_training_v1_CreateBatchRequest__Output } from '../../../siapkerja/training/v1/CreateBatchRequest';
import type { CreateEnrolmentRequest as _siapkerja_training_v1_CreateEnrolmentRequest, CreateEnrolmentRequest__Output as _siapkerja_training_v1_CreateEnrolmentRequest__Output } from '../../../siapkerja/training/v1/CreateEnrolmentRequest';
import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from '../../../siapkerja/training/v1/CreateProgramRequest';
import type { CreateTrainingProviderRequest as _siapkerja_training_v1_CreateTrainingProviderRequest, CreateTrainingProviderRequest__Output as _siapkerja_training_v1_CreateTrainingProviderRequest__Output } from '../../../siapkerja/training/v1/CreateTrainingProviderRequest';
import type { Enrolment as _siapkerja_training_v1_Enrolment, Enrolment__Output as _siapkerja_training_v1_Enrolment__Output } from '../../../siapkerja/training/v1/Enrolment';
import type { ExportPersonDataRequest as _siapkerja_training_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_training_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/training/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_training_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_training_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/training/v1/ExportPersonDataResponse';
import type { GetBatchRequest as _siapkerja_training_v1_GetBatchRequest, GetBatchRequest__Output as _siapkerja_training_v1_GetBatchRequest__Output } from '../../../siapkerja/training/v1/GetBatchRequest';
import type { GetEnrolmentRequest as _siapkerja_training_v1_GetEnrolmentRequest, GetEnrolmentRequest__Output as _siapkerja_training_v1_GetEnrolmentRequest__Output } from '../../../siapkerja/training/v1/GetEnrolmentRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from '../../../siapkerja/training/v1/GetProgramRequest';
import type { GetTrainingProviderRequest as _siapkerja_training_v1_GetTrainingProviderRequest, GetTrainingProviderRequest__Output as _siapkerja_training_v1_GetTrainingProviderRequest__Output } from '../../../siapkerja/training/v1/GetTrainingProviderRequest';
import type { ListBatchesRequest as _siapkerja_training_v1_ListBatchesRequest, ListBatchesRequest__Output as _siapkerja_training_v1_ListBatchesRequest__Output } from '../../../siapkerja/training/v1/ListBatchesRequest';
import type { ListBatchesResponse as _siapkerja_training_v1_ListBatchesResponse, ListBatchesResponse__Output as _siapkerja_training_v1_ListBatchesResponse__Output } from '../../../siapkerja/training/v1/ListBatchesResponse';
import type { ListEnrolmentsRequest as _siapkerja_training_v1_ListEnrolmentsRequest, ListEnrolmentsRequest__Output as _siapkerja_training_v1_ListEnrolmentsRequest__Output } from '../../../siapkerja/training/v1/ListEnrolmentsRequest';
import type { ListEnrolmentsResponse as _siapkerja_training_v1_ListEnrolmentsResponse, ListEnrolmentsResponse__Output as _siapkerja_training_v1_ListEnrolmentsResponse__Output } from '../../../siapkerja/training/v1/ListEnrolmentsResponse';
import type { ListMyEnrolmentsRequest as _siapkerja_training_v1_ListMyEnrolmentsRequest, ListMyEnrolmentsRequest__Output as _siapkerja_training_v1_ListMyEnrolmentsRequest__Output } from '../../../siapkerja/training/v1/ListMyEnrolmentsRequest';
import type { ListMyTrainingHistoryRequest as _siapkerja_training_v1_ListMyTrainingHistoryRequest, ListMyTrainingHistoryRequest__Output as _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output } from '../../../siapkerja/training/v1/ListMyTrainingHistoryRequest';
import type { ListMyTrainingHistoryResponse as _siapkerja_training_v1_ListMyTrainingHistoryResponse, ListMyTrainingHistoryResponse__Output as _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output } from '../../../siapkerja/training/v1/ListMyTrainingHistoryResponse';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from '../../../siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from '../../../siapkerja/training/v1/ListProgramsResponse';
import type { ListTrainingProvidersRequest as _siapkerja_training_v1_ListTrainingProvidersRequest, ListTrainingProvidersRequest__Output as _siapkerja_training_v1_ListTrainingProvidersRequest__Output } from '../../../siapkerja/training/v1/ListTrainingProvidersRequest';
import type { ListTrainingProvidersResponse as _siapkerja_training_v1_ListTrainingProvidersResponse, ListTrainingProvidersResponse__Output as _siapkerja_training_v1_ListTrainingProvidersResponse__Output } from '../../../siapkerja/training/v1/ListTrainingProvidersResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';
import type { PublishProgramRequest as _siapkerja_training_v1_PublishProgramRequest, PublishProgramRequest__Output as _siapkerja_training_v1_PublishProgramRequest__Output } from '../../../siapkerja/training/v1/PublishProgramRequest';
import type { RecordAttendanceRequest as _siapkerja_training_v1_RecordAttendanceRequest, RecordAttendanceRequest__Output as _siapkerja_training_v1_RecordAttendanceRequest__Output } from '../../../siapkerja/training/v1/RecordAttendanceRequest';
import type { RecordAttendanceResponse as _siapkerja_training_v1_RecordAttendanceResponse, RecordAttendanceResponse__Output as _siapkerja_training_v1_RecordAttendanceResponse__Output } from '../../../siapkerja/training/v1/RecordAttendanceResponse';
import type { RecordOutcomeRequest as _siapkerja_training_v1_RecordOutcomeRequest, RecordOutcomeRequest__Output as _siapkerja_training_v1_RecordOutcomeRequest__Output } from '../../../siapkerja/training/v1/RecordOutcomeRequest';
import type { RecordSelectionScoresRequest as _siapkerja_training_v1_RecordSelectionScoresRequest, RecordSelectionScoresRequest__Output as _siapkerja_training_v1_RecordSelectionScoresRequest__Output } from '../../../siapkerja/training/v1/RecordSelectionScoresRequest';
import type { TrainingProvider as _siapkerja_training_v1_TrainingProvider, TrainingProvider__Output as _siapkerja_training_v1_TrainingProvider__Output } from '../../../siapkerja/training/v1/TrainingProvider';
import type { TransitionBatchRequest as _siapkerja_training_v1_TransitionBatchRequest, TransitionBatchRequest__Output as _siapkerja_training_v1_TransitionBatchRequest__Output } from '../../../siapkerja/training/v1/TransitionBatchRequest';
import type { TransitionEnrolmentRequest as _siapkerja_training_v1_TransitionEnrolmentRequest, TransitionEnrolmentRequest__Output as _siapkerja_training_v1_TransitionEnrolmentRequest__Output } from '../../../siapkerja/training/v1/TransitionEnrolmentRequest';
import type { UpdateProgramRequest as _siapkerja_training_v1_UpdateProgramRequest, UpdateProgramRequest__Output as _siapkerja_training_v1_UpdateProgramRequest__Output } from '../../../siapkerja/training/v1/UpdateProgramRequest';
import type { VerifyTrainingProviderRequest as _siapkerja_training_v1_VerifyTrainingProviderRequest, VerifyTrainingProviderRequest__Output as _siapkerja_training_v1_VerifyTrainingProviderRequest__Output } from '../../../siapkerja/training/v1/VerifyTrainingProviderRequest';
import type { WithdrawProgramRequest as _siapkerja_training_v1_WithdrawProgramRequest, WithdrawProgramRequest__Output as _siapkerja_training_v1_WithdrawProgramRequest__Output } from '../../../siapkerja/training/v1/WithdrawProgramRequest';

export interface TrainingServiceClient extends grpc.Client {
  ApplyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  ApplyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  applyImportBatch(argument: _siapkerja_training_v1_ApplyImportBatchRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ApplyImportBatchResponse__Output>): grpc.ClientUnaryCall;
  
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
  
  CreateTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  CreateTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  CreateTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  CreateTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  createTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  createTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  createTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  createTrainingProvider(argument: _siapkerja_training_v1_CreateTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  
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
  
  GetTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  GetTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  GetTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  GetTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  getTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  getTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  getTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  getTrainingProvider(argument: _siapkerja_training_v1_GetTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  
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
  
  ListMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  ListMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  listMyEnrolments(argument: _siapkerja_training_v1_ListMyEnrolmentsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListEnrolmentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  ListMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  listMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  listMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  listMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  listMyTrainingHistory(argument: _siapkerja_training_v1_ListMyTrainingHistoryRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  ListTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  listTrainingProviders(argument: _siapkerja_training_v1_ListTrainingProvidersRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListTrainingProvidersResponse__Output>): grpc.ClientUnaryCall;
  
  PublishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  PublishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  publishProgram(argument: _siapkerja_training_v1_PublishProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  RecordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  RecordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  recordAttendance(argument: _siapkerja_training_v1_RecordAttendanceRequest, callback: grpc.requestCallback<_siapkerja_training_v1_RecordAttendanceResponse__Output>): grpc.ClientUnaryCall;
  
  RecordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordOutcome(argument: _siapkerja_training_v1_RecordOutcomeRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  
  RecordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  RecordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  recordSelectionScores(argument: _siapkerja_training_v1_RecordSelectionScoresRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Enrolment__Output>): grpc.ClientUnaryCall;
  
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
  
  UpdateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  UpdateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  UpdateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  UpdateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  updateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  updateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  updateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  updateProgram(argument: _siapkerja_training_v1_UpdateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  VerifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  VerifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  VerifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  VerifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  verifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  verifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  verifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  verifyTrainingProvider(argument: _siapkerja_training_v1_VerifyTrainingProviderRequest, callback: grpc.requestCallback<_siapkerja_training_v1_TrainingProvider__Output>): grpc.ClientUnaryCall;
  
  WithdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  WithdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  WithdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  WithdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  withdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  withdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  withdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  withdrawProgram(argument: _siapkerja_training_v1_WithdrawProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
}

export interface TrainingServiceHandlers extends grpc.UntypedServiceImplementation {
  ApplyImportBatch: grpc.handleUnaryCall<_siapkerja_training_v1_ApplyImportBatchRequest__Output, _siapkerja_training_v1_ApplyImportBatchResponse>;
  
  CreateBatch: grpc.handleUnaryCall<_siapkerja_training_v1_CreateBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  CreateEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_CreateEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  CreateProgram: grpc.handleUnaryCall<_siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  CreateTrainingProvider: grpc.handleUnaryCall<_siapkerja_training_v1_CreateTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_training_v1_ExportPersonDataRequest__Output, _siapkerja_training_v1_ExportPersonDataResponse>;
  
  GetBatch: grpc.handleUnaryCall<_siapkerja_training_v1_GetBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  GetEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_GetEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  GetProgram: grpc.handleUnaryCall<_siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  GetTrainingProvider: grpc.handleUnaryCall<_siapkerja_training_v1_GetTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider>;
  
  ListBatches: grpc.handleUnaryCall<_siapkerja_training_v1_ListBatchesRequest__Output, _siapkerja_training_v1_ListBatchesResponse>;
  
  ListEnrolments: grpc.handleUnaryCall<_siapkerja_training_v1_ListEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse>;
  
  ListMyEnrolments: grpc.handleUnaryCall<_siapkerja_training_v1_ListMyEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse>;
  
  ListMyTrainingHistory: grpc.handleUnaryCall<_siapkerja_training_v1_ListMyTrainingHistoryRequest__Output, _siapkerja_training_v1_ListMyTrainingHistoryResponse>;
  
  ListPrograms: grpc.handleUnaryCall<_siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse>;
  
  ListTrainingProviders: grpc.handleUnaryCall<_siapkerja_training_v1_ListTrainingProvidersRequest__Output, _siapkerja_training_v1_ListTrainingProvidersResponse>;
  
  PublishProgram: grpc.handleUnaryCall<_siapkerja_training_v1_PublishProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  RecordAttendance: grpc.handleUnaryCall<_siapkerja_training_v1_RecordAttendanceRequest__Output, _siapkerja_training_v1_RecordAttendanceResponse>;
  
  RecordOutcome: grpc.handleUnaryCall<_siapkerja_training_v1_RecordOutcomeRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  RecordSelectionScores: grpc.handleUnaryCall<_siapkerja_training_v1_RecordSelectionScoresRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  TransitionBatch: grpc.handleUnaryCall<_siapkerja_training_v1_TransitionBatchRequest__Output, _siapkerja_training_v1_Batch>;
  
  TransitionEnrolment: grpc.handleUnaryCall<_siapkerja_training_v1_TransitionEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment>;
  
  UpdateProgram: grpc.handleUnaryCall<_siapkerja_training_v1_UpdateProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  VerifyTrainingProvider: grpc.handleUnaryCall<_siapkerja_training_v1_VerifyTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider>;
  
  WithdrawProgram: grpc.handleUnaryCall<_siapkerja_training_v1_WithdrawProgramRequest__Output, _siapkerja_training_v1_Program>;
  
}

export interface TrainingServiceDefinition extends grpc.ServiceDefinition {
  ApplyImportBatch: MethodDefinition<_siapkerja_training_v1_ApplyImportBatchRequest, _siapkerja_training_v1_ApplyImportBatchResponse, _siapkerja_training_v1_ApplyImportBatchRequest__Output, _siapkerja_training_v1_ApplyImportBatchResponse__Output>
  CreateBatch: MethodDefinition<_siapkerja_training_v1_CreateBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_CreateBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  CreateEnrolment: MethodDefinition<_siapkerja_training_v1_CreateEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_CreateEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  CreateProgram: MethodDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  CreateTrainingProvider: MethodDefinition<_siapkerja_training_v1_CreateTrainingProviderRequest, _siapkerja_training_v1_TrainingProvider, _siapkerja_training_v1_CreateTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider__Output>
  ExportPersonData: MethodDefinition<_siapkerja_training_v1_ExportPersonDataRequest, _siapkerja_training_v1_ExportPersonDataResponse, _siapkerja_training_v1_ExportPersonDataRequest__Output, _siapkerja_training_v1_ExportPersonDataResponse__Output>
  GetBatch: MethodDefinition<_siapkerja_training_v1_GetBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_GetBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  GetEnrolment: MethodDefinition<_siapkerja_training_v1_GetEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_GetEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  GetProgram: MethodDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  GetTrainingProvider: MethodDefinition<_siapkerja_training_v1_GetTrainingProviderRequest, _siapkerja_training_v1_TrainingProvider, _siapkerja_training_v1_GetTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider__Output>
  ListBatches: MethodDefinition<_siapkerja_training_v1_ListBatchesRequest, _siapkerja_training_v1_ListBatchesResponse, _siapkerja_training_v1_ListBatchesRequest__Output, _siapkerja_training_v1_ListBatchesResponse__Output>
  ListEnrolments: MethodDefinition<_siapkerja_training_v1_ListEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
  ListMyEnrolments: MethodDefinition<_siapkerja_training_v1_ListMyEnrolmentsRequest, _siapkerja_training_v1_ListEnrolmentsResponse, _siapkerja_training_v1_ListMyEnrolmentsRequest__Output, _siapkerja_training_v1_ListEnrolmentsResponse__Output>
  ListMyTrainingHistory: MethodDefinition<_siapkerja_training_v1_ListMyTrainingHistoryRequest, _siapkerja_training_v1_ListMyTrainingHistoryResponse, _siapkerja_training_v1_ListMyTrainingHistoryRequest__Output, _siapkerja_training_v1_ListMyTrainingHistoryResponse__Output>
  ListPrograms: MethodDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse__Output>
  ListTrainingProviders: MethodDefinition<_siapkerja_training_v1_ListTrainingProvidersRequest, _siapkerja_training_v1_ListTrainingProvidersResponse, _siapkerja_training_v1_ListTrainingProvidersRequest__Output, _siapkerja_training_v1_ListTrainingProvidersResponse__Output>
  PublishProgram: MethodDefinition<_siapkerja_training_v1_PublishProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_PublishProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  RecordAttendance: MethodDefinition<_siapkerja_training_v1_RecordAttendanceRequest, _siapkerja_training_v1_RecordAttendanceResponse, _siapkerja_training_v1_RecordAttendanceRequest__Output, _siapkerja_training_v1_RecordAttendanceResponse__Output>
  RecordOutcome: MethodDefinition<_siapkerja_training_v1_RecordOutcomeRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_RecordOutcomeRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  RecordSelectionScores: MethodDefinition<_siapkerja_training_v1_RecordSelectionScoresRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_RecordSelectionScoresRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  TransitionBatch: MethodDefinition<_siapkerja_training_v1_TransitionBatchRequest, _siapkerja_training_v1_Batch, _siapkerja_training_v1_TransitionBatchRequest__Output, _siapkerja_training_v1_Batch__Output>
  TransitionEnrolment: MethodDefinition<_siapkerja_training_v1_TransitionEnrolmentRequest, _siapkerja_training_v1_Enrolment, _siapkerja_training_v1_TransitionEnrolmentRequest__Output, _siapkerja_training_v1_Enrolment__Output>
  UpdateProgram: MethodDefinition<_siapkerja_training_v1_UpdateProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_UpdateProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  VerifyTrainingProvider: MethodDefinition<_siapkerja_training_v1_VerifyTrainingProviderRequest, _siapkerja_training_v1_TrainingProvider, _siapkerja_training_v1_VerifyTrainingProviderRequest__Output, _siapkerja_training_v1_TrainingProvider__Output>
  WithdrawProgram: MethodDefinition<_siapkerja_training_v1_WithdrawProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_WithdrawProgramRequest__Output, _siapkerja_training_v1_Program__Output>
}
