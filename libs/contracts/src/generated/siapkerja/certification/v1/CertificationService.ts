// Original file: proto/siapkerja/certification/v1/certification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from '../../../siapkerja/certification/v1/Certificate';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from '../../../siapkerja/certification/v1/CertificateVerification';
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from '../../../siapkerja/certification/v1/CreateSchemeRequest';
import type { ExportPersonDataRequest as _siapkerja_certification_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_certification_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/certification/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_certification_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_certification_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/certification/v1/ExportPersonDataResponse';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from '../../../siapkerja/certification/v1/GetCertificateRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from '../../../siapkerja/certification/v1/GetSchemeRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from '../../../siapkerja/certification/v1/IssueCertificateRequest';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from '../../../siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from '../../../siapkerja/certification/v1/ListCertificatesResponse';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from '../../../siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from '../../../siapkerja/certification/v1/RevokeCertificateRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from '../../../siapkerja/certification/v1/Scheme';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from '../../../siapkerja/certification/v1/SuspendCertificateRequest';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from '../../../siapkerja/certification/v1/VerifyCertificateRequest';

export interface CertificationServiceClient extends grpc.Client {
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  
  ReinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  ReinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  ReinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  ReinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  reinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  reinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  reinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  reinstateCertificate(argument: _siapkerja_certification_v1_ReinstateCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  RevokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  RevokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  RevokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  RevokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  revokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  revokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  revokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  revokeCertificate(argument: _siapkerja_certification_v1_RevokeCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface CertificationServiceHandlers extends grpc.UntypedServiceImplementation {
  CreateScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_certification_v1_ExportPersonDataRequest__Output, _siapkerja_certification_v1_ExportPersonDataResponse>;
  
  GetCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_GetCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  GetScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
  IssueCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_IssueCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  ListCertificates: grpc.handleUnaryCall<_siapkerja_certification_v1_ListCertificatesRequest__Output, _siapkerja_certification_v1_ListCertificatesResponse>;
  
  ReinstateCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_ReinstateCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  RevokeCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_RevokeCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  SuspendCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_SuspendCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  VerifyCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_VerifyCertificateRequest__Output, _siapkerja_certification_v1_CertificateVerification>;
  
}

export interface CertificationServiceDefinition extends grpc.ServiceDefinition {
  CreateScheme: MethodDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
  ExportPersonData: MethodDefinition<_siapkerja_certification_v1_ExportPersonDataRequest, _siapkerja_certification_v1_ExportPersonDataResponse, _siapkerja_certification_v1_ExportPersonDataRequest__Output, _siapkerja_certification_v1_ExportPersonDataResponse__Output>
  GetCertificate: MethodDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_GetCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  GetScheme: MethodDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
  IssueCertificate: MethodDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_IssueCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  ListCertificates: MethodDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesRequest__Output, _siapkerja_certification_v1_ListCertificatesResponse__Output>
  ReinstateCertificate: MethodDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_ReinstateCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  RevokeCertificate: MethodDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_RevokeCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  SuspendCertificate: MethodDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_SuspendCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  VerifyCertificate: MethodDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_VerifyCertificateRequest__Output, _siapkerja_certification_v1_CertificateVerification__Output>
}
