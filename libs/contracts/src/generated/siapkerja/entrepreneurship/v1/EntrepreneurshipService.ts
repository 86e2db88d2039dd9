// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateGroupRequest as _siapkerja_entrepreneurship_v1_CreateGroupRequest, CreateGroupRequest__Output as _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output } from '../../../siapkerja/entrepreneurship/v1/CreateGroupRequest';
import type { GetGroupRequest as _siapkerja_entrepreneurship_v1_GetGroupRequest, GetGroupRequest__Output as _siapkerja_entrepreneurship_v1_GetGroupRequest__Output } from '../../../siapkerja/entrepreneurship/v1/GetGroupRequest';
import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from '../../../siapkerja/entrepreneurship/v1/Group';

export interface EntrepreneurshipServiceClient extends grpc.Client {
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  CreateGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  createGroup(argument: _siapkerja_entrepreneurship_v1_CreateGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  GetGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  getGroup(argument: _siapkerja_entrepreneurship_v1_GetGroupRequest, callback: grpc.requestCallback<_siapkerja_entrepreneurship_v1_Group__Output>): grpc.ClientUnaryCall;
  
}

export interface EntrepreneurshipServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateGroup: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_CreateGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
  GetGroup: grpc.handleUnaryCall<_siapkerja_entrepreneurship_v1_GetGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group>;
  
}

export interface EntrepreneurshipServiceDefinition extends grpc.ServiceDefinition {
  CreateGroup: MethodDefinition<_siapkerja_entrepreneurship_v1_CreateGroupRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
  GetGroup: MethodDefinition<_siapkerja_entrepreneurship_v1_GetGroupRequest, _siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_GetGroupRequest__Output, _siapkerja_entrepreneurship_v1_Group__Output>
}
