// Original file: proto/siapkerja/certification/v1/certification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from '../../../siapkerja/certification/v1/CreateSchemeRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from '../../../siapkerja/certification/v1/GetSchemeRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from '../../../siapkerja/certification/v1/Scheme';

export interface CertificationServiceClient extends grpc.Client {
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
}

export interface CertificationServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
  GetScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
}

export interface CertificationServiceDefinition extends grpc.ServiceDefinition {
  CreateScheme: MethodDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
  GetScheme: MethodDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
}
