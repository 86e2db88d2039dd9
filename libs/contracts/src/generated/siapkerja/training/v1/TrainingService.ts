// Original file: proto/siapkerja/training/v1/training.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateProgramRequest as _siapkerja_training_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_training_v1_CreateProgramRequest__Output } from '../../../siapkerja/training/v1/CreateProgramRequest';
import type { GetProgramRequest as _siapkerja_training_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_training_v1_GetProgramRequest__Output } from '../../../siapkerja/training/v1/GetProgramRequest';
import type { ListProgramsRequest as _siapkerja_training_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_training_v1_ListProgramsRequest__Output } from '../../../siapkerja/training/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_training_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_training_v1_ListProgramsResponse__Output } from '../../../siapkerja/training/v1/ListProgramsResponse';
import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';

export interface TrainingServiceClient extends grpc.Client {
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  CreateProgram(argument: _siapkerja_training_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  createProgram(argument: _siapkerja_training_v1_CreateProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  GetProgram(argument: _siapkerja_training_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  getProgram(argument: _siapkerja_training_v1_GetProgramRequest, callback: grpc.requestCallback<_siapkerja_training_v1_Program__Output>): grpc.ClientUnaryCall;
  
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  ListPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  listPrograms(argument: _siapkerja_training_v1_ListProgramsRequest, callback: grpc.requestCallback<_siapkerja_training_v1_ListProgramsResponse__Output>): grpc.ClientUnaryCall;
  
}

export interface TrainingServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateProgram: grpc.handleUnaryCall<_siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  GetProgram: grpc.handleUnaryCall<_siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program>;
  
  ListPrograms: grpc.handleUnaryCall<_siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse>;
  
}

export interface TrainingServiceDefinition extends grpc.ServiceDefinition {
  CreateProgram: MethodDefinition<_siapkerja_training_v1_CreateProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_CreateProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  GetProgram: MethodDefinition<_siapkerja_training_v1_GetProgramRequest, _siapkerja_training_v1_Program, _siapkerja_training_v1_GetProgramRequest__Output, _siapkerja_training_v1_Program__Output>
  ListPrograms: MethodDefinition<_siapkerja_training_v1_ListProgramsRequest, _siapkerja_training_v1_ListProgramsResponse, _siapkerja_training_v1_ListProgramsRequest__Output, _siapkerja_training_v1_ListProgramsResponse__Output>
}
