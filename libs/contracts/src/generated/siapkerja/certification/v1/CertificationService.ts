// Original file: proto/siapkerja/certification/v1/certification.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { Assessment as _siapkerja_certification_v1_Assessment, Assessment__Output as _siapkerja_certification_v1_Assessment__Output } from '../../../siapkerja/certification/v1/Assessment';
import type { Assessor as _siapkerja_certification_v1_Assessor, Assessor__Output as _siapkerja_certification_v1_Assessor__Output } from '../../../siapkerja/certification/v1/Assessor';
import type { BatchVerifyCredentialsRequest as _siapkerja_certification_v1_BatchVerifyCredentialsRequest, BatchVerifyCredentialsRequest__Output as _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output } from '../../../siapkerja/certification/v1/BatchVerifyCredentialsRequest';
import type { BatchVerifyCredentialsResponse as _siapkerja_certification_v1_BatchVerifyCredentialsResponse, BatchVerifyCredentialsResponse__Output as _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output } from '../../../siapkerja/certification/v1/BatchVerifyCredentialsResponse';
import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from '../../../siapkerja/certification/v1/Certificate';
import type { CertificateCredential as _siapkerja_certification_v1_CertificateCredential, CertificateCredential__Output as _siapkerja_certification_v1_CertificateCredential__Output } from '../../../siapkerja/certification/v1/CertificateCredential';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from '../../../siapkerja/certification/v1/CertificateVerification';
import type { CreateAssessmentRequest as _siapkerja_certification_v1_CreateAssessmentRequest, CreateAssessmentRequest__Output as _siapkerja_certification_v1_CreateAssessmentRequest__Output } from '../../../siapkerja/certification/v1/CreateAssessmentRequest';
import type { CreateAssessorRequest as _siapkerja_certification_v1_CreateAssessorRequest, CreateAssessorRequest__Output as _siapkerja_certification_v1_CreateAssessorRequest__Output } from '../../../siapkerja/certification/v1/CreateAssessorRequest';
import type { CreateLspRequest as _siapkerja_certification_v1_CreateLspRequest, CreateLspRequest__Output as _siapkerja_certification_v1_CreateLspRequest__Output } from '../../../siapkerja/certification/v1/CreateLspRequest';
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from '../../../siapkerja/certification/v1/CreateSchemeRequest';
import type { CreateTukRequest as _siapkerja_certification_v1_CreateTukRequest, CreateTukRequest__Output as _siapkerja_certification_v1_CreateTukRequest__Output } from '../../../siapkerja/certification/v1/CreateTukRequest';
import type { CredentialVerification as _siapkerja_certification_v1_CredentialVerification, CredentialVerification__Output as _siapkerja_certification_v1_CredentialVerification__Output } from '../../../siapkerja/certification/v1/CredentialVerification';
import type { DecideAssessmentRequest as _siapkerja_certification_v1_DecideAssessmentRequest, DecideAssessmentRequest__Output as _siapkerja_certification_v1_DecideAssessmentRequest__Output } from '../../../siapkerja/certification/v1/DecideAssessmentRequest';
import type { ExportPersonDataRequest as _siapkerja_certification_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_certification_v1_ExportPersonDataRequest__Output } from '../../../siapkerja/certification/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_certification_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_certification_v1_ExportPersonDataResponse__Output } from '../../../siapkerja/certification/v1/ExportPersonDataResponse';
import type { GetAssessmentRequest as _siapkerja_certification_v1_GetAssessmentRequest, GetAssessmentRequest__Output as _siapkerja_certification_v1_GetAssessmentRequest__Output } from '../../../siapkerja/certification/v1/GetAssessmentRequest';
import type { GetCertificateCredentialRequest as _siapkerja_certification_v1_GetCertificateCredentialRequest, GetCertificateCredentialRequest__Output as _siapkerja_certification_v1_GetCertificateCredentialRequest__Output } from '../../../siapkerja/certification/v1/GetCertificateCredentialRequest';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from '../../../siapkerja/certification/v1/GetCertificateRequest';
import type { GetIssuerDocumentsRequest as _siapkerja_certification_v1_GetIssuerDocumentsRequest, GetIssuerDocumentsRequest__Output as _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output } from '../../../siapkerja/certification/v1/GetIssuerDocumentsRequest';
import type { GetLspRequest as _siapkerja_certification_v1_GetLspRequest, GetLspRequest__Output as _siapkerja_certification_v1_GetLspRequest__Output } from '../../../siapkerja/certification/v1/GetLspRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from '../../../siapkerja/certification/v1/GetSchemeRequest';
import type { GetStatusListRequest as _siapkerja_certification_v1_GetStatusListRequest, GetStatusListRequest__Output as _siapkerja_certification_v1_GetStatusListRequest__Output } from '../../../siapkerja/certification/v1/GetStatusListRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from '../../../siapkerja/certification/v1/IssueCertificateRequest';
import type { IssuerDocuments as _siapkerja_certification_v1_IssuerDocuments, IssuerDocuments__Output as _siapkerja_certification_v1_IssuerDocuments__Output } from '../../../siapkerja/certification/v1/IssuerDocuments';
import type { ListAssessorsRequest as _siapkerja_certification_v1_ListAssessorsRequest, ListAssessorsRequest__Output as _siapkerja_certification_v1_ListAssessorsRequest__Output } from '../../../siapkerja/certification/v1/ListAssessorsRequest';
import type { ListAssessorsResponse as _siapkerja_certification_v1_ListAssessorsResponse, ListAssessorsResponse__Output as _siapkerja_certification_v1_ListAssessorsResponse__Output } from '../../../siapkerja/certification/v1/ListAssessorsResponse';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from '../../../siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from '../../../siapkerja/certification/v1/ListCertificatesResponse';
import type { ListLspsRequest as _siapkerja_certification_v1_ListLspsRequest, ListLspsRequest__Output as _siapkerja_certification_v1_ListLspsRequest__Output } from '../../../siapkerja/certification/v1/ListLspsRequest';
import type { ListLspsResponse as _siapkerja_certification_v1_ListLspsResponse, ListLspsResponse__Output as _siapkerja_certification_v1_ListLspsResponse__Output } from '../../../siapkerja/certification/v1/ListLspsResponse';
import type { ListTuksRequest as _siapkerja_certification_v1_ListTuksRequest, ListTuksRequest__Output as _siapkerja_certification_v1_ListTuksRequest__Output } from '../../../siapkerja/certification/v1/ListTuksRequest';
import type { ListTuksResponse as _siapkerja_certification_v1_ListTuksResponse, ListTuksResponse__Output as _siapkerja_certification_v1_ListTuksResponse__Output } from '../../../siapkerja/certification/v1/ListTuksResponse';
import type { Lsp as _siapkerja_certification_v1_Lsp, Lsp__Output as _siapkerja_certification_v1_Lsp__Output } from '../../../siapkerja/certification/v1/Lsp';
import type { RecordAssessmentResultsRequest as _siapkerja_certification_v1_RecordAssessmentResultsRequest, RecordAssessmentResultsRequest__Output as _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output } from '../../../siapkerja/certification/v1/RecordAssessmentResultsRequest';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from '../../../siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from '../../../siapkerja/certification/v1/RevokeCertificateRequest';
import type { RotateIssuerKeyRequest as _siapkerja_certification_v1_RotateIssuerKeyRequest, RotateIssuerKeyRequest__Output as _siapkerja_certification_v1_RotateIssuerKeyRequest__Output } from '../../../siapkerja/certification/v1/RotateIssuerKeyRequest';
import type { RotateIssuerKeyResponse as _siapkerja_certification_v1_RotateIssuerKeyResponse, RotateIssuerKeyResponse__Output as _siapkerja_certification_v1_RotateIssuerKeyResponse__Output } from '../../../siapkerja/certification/v1/RotateIssuerKeyResponse';
import type { ScheduleAssessmentRequest as _siapkerja_certification_v1_ScheduleAssessmentRequest, ScheduleAssessmentRequest__Output as _siapkerja_certification_v1_ScheduleAssessmentRequest__Output } from '../../../siapkerja/certification/v1/ScheduleAssessmentRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from '../../../siapkerja/certification/v1/Scheme';
import type { StatusListCredential as _siapkerja_certification_v1_StatusListCredential, StatusListCredential__Output as _siapkerja_certification_v1_StatusListCredential__Output } from '../../../siapkerja/certification/v1/StatusListCredential';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from '../../../siapkerja/certification/v1/SuspendCertificateRequest';
import type { Tuk as _siapkerja_certification_v1_Tuk, Tuk__Output as _siapkerja_certification_v1_Tuk__Output } from '../../../siapkerja/certification/v1/Tuk';
import type { UpdateLspLicenceRequest as _siapkerja_certification_v1_UpdateLspLicenceRequest, UpdateLspLicenceRequest__Output as _siapkerja_certification_v1_UpdateLspLicenceRequest__Output } from '../../../siapkerja/certification/v1/UpdateLspLicenceRequest';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from '../../../siapkerja/certification/v1/VerifyCertificateRequest';
import type { VerifyCredentialRequest as _siapkerja_certification_v1_VerifyCredentialRequest, VerifyCredentialRequest__Output as _siapkerja_certification_v1_VerifyCredentialRequest__Output } from '../../../siapkerja/certification/v1/VerifyCredentialRequest';

export interface CertificationServiceClient extends grpc.Client {
  BatchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  BatchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  BatchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  BatchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  batchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  batchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  batchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  batchVerifyCredentials(argument: _siapkerja_certification_v1_BatchVerifyCredentialsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>): grpc.ClientUnaryCall;
  
  CreateAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  CreateAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  CreateAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  CreateAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  createAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  createAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  createAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  createAssessment(argument: _siapkerja_certification_v1_CreateAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  CreateAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  CreateAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  CreateAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  CreateAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  createAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  createAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  createAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  createAssessor(argument: _siapkerja_certification_v1_CreateAssessorRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessor__Output>): grpc.ClientUnaryCall;
  
  CreateLsp(argument: _siapkerja_certification_v1_CreateLspRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  CreateLsp(argument: _siapkerja_certification_v1_CreateLspRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  CreateLsp(argument: _siapkerja_certification_v1_CreateLspRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  CreateLsp(argument: _siapkerja_certification_v1_CreateLspRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  createLsp(argument: _siapkerja_certification_v1_CreateLspRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  createLsp(argument: _siapkerja_certification_v1_CreateLspRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  createLsp(argument: _siapkerja_certification_v1_CreateLspRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  createLsp(argument: _siapkerja_certification_v1_CreateLspRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  CreateScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  createScheme(argument: _siapkerja_certification_v1_CreateSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
  CreateTuk(argument: _siapkerja_certification_v1_CreateTukRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  CreateTuk(argument: _siapkerja_certification_v1_CreateTukRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  CreateTuk(argument: _siapkerja_certification_v1_CreateTukRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  CreateTuk(argument: _siapkerja_certification_v1_CreateTukRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  createTuk(argument: _siapkerja_certification_v1_CreateTukRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  createTuk(argument: _siapkerja_certification_v1_CreateTukRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  createTuk(argument: _siapkerja_certification_v1_CreateTukRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  createTuk(argument: _siapkerja_certification_v1_CreateTukRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Tuk__Output>): grpc.ClientUnaryCall;
  
  DecideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  DecideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  DecideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  DecideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  decideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  decideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  decideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  decideAssessment(argument: _siapkerja_certification_v1_DecideAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  ExportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  exportPersonData(argument: _siapkerja_certification_v1_ExportPersonDataRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ExportPersonDataResponse__Output>): grpc.ClientUnaryCall;
  
  GetAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  GetAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  getAssessment(argument: _siapkerja_certification_v1_GetAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  GetCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  getCertificate(argument: _siapkerja_certification_v1_GetCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  GetCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  GetCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  GetCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  GetCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  getCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  getCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  getCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  getCertificateCredential(argument: _siapkerja_certification_v1_GetCertificateCredentialRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateCredential__Output>): grpc.ClientUnaryCall;
  
  GetIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  GetIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  GetIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  GetIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  getIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  getIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  getIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  getIssuerDocuments(argument: _siapkerja_certification_v1_GetIssuerDocumentsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_IssuerDocuments__Output>): grpc.ClientUnaryCall;
  
  GetLsp(argument: _siapkerja_certification_v1_GetLspRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  GetLsp(argument: _siapkerja_certification_v1_GetLspRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  GetLsp(argument: _siapkerja_certification_v1_GetLspRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  GetLsp(argument: _siapkerja_certification_v1_GetLspRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  getLsp(argument: _siapkerja_certification_v1_GetLspRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  getLsp(argument: _siapkerja_certification_v1_GetLspRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  getLsp(argument: _siapkerja_certification_v1_GetLspRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  getLsp(argument: _siapkerja_certification_v1_GetLspRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  GetScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  getScheme(argument: _siapkerja_certification_v1_GetSchemeRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Scheme__Output>): grpc.ClientUnaryCall;
  
  GetStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  GetStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  GetStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  GetStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  getStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  getStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  getStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  getStatusList(argument: _siapkerja_certification_v1_GetStatusListRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_StatusListCredential__Output>): grpc.ClientUnaryCall;
  
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  IssueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  issueCertificate(argument: _siapkerja_certification_v1_IssueCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  ListAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  ListAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  ListAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  ListAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  listAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  listAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  listAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  listAssessors(argument: _siapkerja_certification_v1_ListAssessorsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListAssessorsResponse__Output>): grpc.ClientUnaryCall;
  
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  ListCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  listCertificates(argument: _siapkerja_certification_v1_ListCertificatesRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListCertificatesResponse__Output>): grpc.ClientUnaryCall;
  
  ListLsps(argument: _siapkerja_certification_v1_ListLspsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  ListLsps(argument: _siapkerja_certification_v1_ListLspsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  ListLsps(argument: _siapkerja_certification_v1_ListLspsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  ListLsps(argument: _siapkerja_certification_v1_ListLspsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  listLsps(argument: _siapkerja_certification_v1_ListLspsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  listLsps(argument: _siapkerja_certification_v1_ListLspsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  listLsps(argument: _siapkerja_certification_v1_ListLspsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  listLsps(argument: _siapkerja_certification_v1_ListLspsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListLspsResponse__Output>): grpc.ClientUnaryCall;
  
  ListTuks(argument: _siapkerja_certification_v1_ListTuksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  ListTuks(argument: _siapkerja_certification_v1_ListTuksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  ListTuks(argument: _siapkerja_certification_v1_ListTuksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  ListTuks(argument: _siapkerja_certification_v1_ListTuksRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  listTuks(argument: _siapkerja_certification_v1_ListTuksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  listTuks(argument: _siapkerja_certification_v1_ListTuksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  listTuks(argument: _siapkerja_certification_v1_ListTuksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  listTuks(argument: _siapkerja_certification_v1_ListTuksRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_ListTuksResponse__Output>): grpc.ClientUnaryCall;
  
  RecordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  RecordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  recordAssessmentResults(argument: _siapkerja_certification_v1_RecordAssessmentResultsRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
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
  
  RotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateIssuerKey(argument: _siapkerja_certification_v1_RotateIssuerKeyRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_RotateIssuerKeyResponse__Output>): grpc.ClientUnaryCall;
  
  ScheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  ScheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  ScheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  ScheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  scheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  scheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  scheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  scheduleAssessment(argument: _siapkerja_certification_v1_ScheduleAssessmentRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Assessment__Output>): grpc.ClientUnaryCall;
  
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  SuspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  suspendCertificate(argument: _siapkerja_certification_v1_SuspendCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Certificate__Output>): grpc.ClientUnaryCall;
  
  UpdateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  UpdateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  UpdateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  UpdateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  updateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  updateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  updateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  updateLspLicence(argument: _siapkerja_certification_v1_UpdateLspLicenceRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_Lsp__Output>): grpc.ClientUnaryCall;
  
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  VerifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  verifyCertificate(argument: _siapkerja_certification_v1_VerifyCertificateRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CertificateVerification__Output>): grpc.ClientUnaryCall;
  
  VerifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  VerifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  VerifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  VerifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  verifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  verifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  verifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  verifyCredential(argument: _siapkerja_certification_v1_VerifyCredentialRequest, callback: grpc.requestCallback<_siapkerja_certification_v1_CredentialVerification__Output>): grpc.ClientUnaryCall;
  
}

export interface CertificationServiceHandlers extends grpc.UntypedServiceImplementation {
  BatchVerifyCredentials: grpc.handleUnaryCall<_siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output, _siapkerja_certification_v1_BatchVerifyCredentialsResponse>;
  
  CreateAssessment: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateAssessmentRequest__Output, _siapkerja_certification_v1_Assessment>;
  
  CreateAssessor: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateAssessorRequest__Output, _siapkerja_certification_v1_Assessor>;
  
  CreateLsp: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateLspRequest__Output, _siapkerja_certification_v1_Lsp>;
  
  CreateScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
  CreateTuk: grpc.handleUnaryCall<_siapkerja_certification_v1_CreateTukRequest__Output, _siapkerja_certification_v1_Tuk>;
  
  DecideAssessment: grpc.handleUnaryCall<_siapkerja_certification_v1_DecideAssessmentRequest__Output, _siapkerja_certification_v1_Assessment>;
  
  ExportPersonData: grpc.handleUnaryCall<_siapkerja_certification_v1_ExportPersonDataRequest__Output, _siapkerja_certification_v1_ExportPersonDataResponse>;
  
  GetAssessment: grpc.handleUnaryCall<_siapkerja_certification_v1_GetAssessmentRequest__Output, _siapkerja_certification_v1_Assessment>;
  
  GetCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_GetCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  GetCertificateCredential: grpc.handleUnaryCall<_siapkerja_certification_v1_GetCertificateCredentialRequest__Output, _siapkerja_certification_v1_CertificateCredential>;
  
  GetIssuerDocuments: grpc.handleUnaryCall<_siapkerja_certification_v1_GetIssuerDocumentsRequest__Output, _siapkerja_certification_v1_IssuerDocuments>;
  
  GetLsp: grpc.handleUnaryCall<_siapkerja_certification_v1_GetLspRequest__Output, _siapkerja_certification_v1_Lsp>;
  
  GetScheme: grpc.handleUnaryCall<_siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme>;
  
  GetStatusList: grpc.handleUnaryCall<_siapkerja_certification_v1_GetStatusListRequest__Output, _siapkerja_certification_v1_StatusListCredential>;
  
  IssueCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_IssueCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  ListAssessors: grpc.handleUnaryCall<_siapkerja_certification_v1_ListAssessorsRequest__Output, _siapkerja_certification_v1_ListAssessorsResponse>;
  
  ListCertificates: grpc.handleUnaryCall<_siapkerja_certification_v1_ListCertificatesRequest__Output, _siapkerja_certification_v1_ListCertificatesResponse>;
  
  ListLsps: grpc.handleUnaryCall<_siapkerja_certification_v1_ListLspsRequest__Output, _siapkerja_certification_v1_ListLspsResponse>;
  
  ListTuks: grpc.handleUnaryCall<_siapkerja_certification_v1_ListTuksRequest__Output, _siapkerja_certification_v1_ListTuksResponse>;
  
  RecordAssessmentResults: grpc.handleUnaryCall<_siapkerja_certification_v1_RecordAssessmentResultsRequest__Output, _siapkerja_certification_v1_Assessment>;
  
  ReinstateCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_ReinstateCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  RevokeCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_RevokeCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  RotateIssuerKey: grpc.handleUnaryCall<_siapkerja_certification_v1_RotateIssuerKeyRequest__Output, _siapkerja_certification_v1_RotateIssuerKeyResponse>;
  
  ScheduleAssessment: grpc.handleUnaryCall<_siapkerja_certification_v1_ScheduleAssessmentRequest__Output, _siapkerja_certification_v1_Assessment>;
  
  SuspendCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_SuspendCertificateRequest__Output, _siapkerja_certification_v1_Certificate>;
  
  UpdateLspLicence: grpc.handleUnaryCall<_siapkerja_certification_v1_UpdateLspLicenceRequest__Output, _siapkerja_certification_v1_Lsp>;
  
  VerifyCertificate: grpc.handleUnaryCall<_siapkerja_certification_v1_VerifyCertificateRequest__Output, _siapkerja_certification_v1_CertificateVerification>;
  
  VerifyCredential: grpc.handleUnaryCall<_siapkerja_certification_v1_VerifyCredentialRequest__Output, _siapkerja_certification_v1_CredentialVerification>;
  
}

export interface CertificationServiceDefinition extends grpc.ServiceDefinition {
  BatchVerifyCredentials: MethodDefinition<_siapkerja_certification_v1_BatchVerifyCredentialsRequest, _siapkerja_certification_v1_BatchVerifyCredentialsResponse, _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output, _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>
  CreateAssessment: MethodDefinition<_siapkerja_certification_v1_CreateAssessmentRequest, _siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_CreateAssessmentRequest__Output, _siapkerja_certification_v1_Assessment__Output>
  CreateAssessor: MethodDefinition<_siapkerja_certification_v1_CreateAssessorRequest, _siapkerja_certification_v1_Assessor, _siapkerja_certification_v1_CreateAssessorRequest__Output, _siapkerja_certification_v1_Assessor__Output>
  CreateLsp: MethodDefinition<_siapkerja_certification_v1_CreateLspRequest, _siapkerja_certification_v1_Lsp, _siapkerja_certification_v1_CreateLspRequest__Output, _siapkerja_certification_v1_Lsp__Output>
  CreateScheme: MethodDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_CreateSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
  CreateTuk: MethodDefinition<_siapkerja_certification_v1_CreateTukRequest, _siapkerja_certification_v1_Tuk, _siapkerja_certification_v1_CreateTukRequest__Output, _siapkerja_certification_v1_Tuk__Output>
  DecideAssessment: MethodDefinition<_siapkerja_certification_v1_DecideAssessmentRequest, _siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_DecideAssessmentRequest__Output, _siapkerja_certification_v1_Assessment__Output>
  ExportPersonData: MethodDefinition<_siapkerja_certification_v1_ExportPersonDataRequest, _siapkerja_certification_v1_ExportPersonDataResponse, _siapkerja_certification_v1_ExportPersonDataRequest__Output, _siapkerja_certification_v1_ExportPersonDataResponse__Output>
  GetAssessment: MethodDefinition<_siapkerja_certification_v1_GetAssessmentRequest, _siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_GetAssessmentRequest__Output, _siapkerja_certification_v1_Assessment__Output>
  GetCertificate: MethodDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_GetCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  GetCertificateCredential: MethodDefinition<_siapkerja_certification_v1_GetCertificateCredentialRequest, _siapkerja_certification_v1_CertificateCredential, _siapkerja_certification_v1_GetCertificateCredentialRequest__Output, _siapkerja_certification_v1_CertificateCredential__Output>
  GetIssuerDocuments: MethodDefinition<_siapkerja_certification_v1_GetIssuerDocumentsRequest, _siapkerja_certification_v1_IssuerDocuments, _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output, _siapkerja_certification_v1_IssuerDocuments__Output>
  GetLsp: MethodDefinition<_siapkerja_certification_v1_GetLspRequest, _siapkerja_certification_v1_Lsp, _siapkerja_certification_v1_GetLspRequest__Output, _siapkerja_certification_v1_Lsp__Output>
  GetScheme: MethodDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_GetSchemeRequest__Output, _siapkerja_certification_v1_Scheme__Output>
  GetStatusList: MethodDefinition<_siapkerja_certification_v1_GetStatusListRequest, _siapkerja_certification_v1_StatusListCredential, _siapkerja_certification_v1_GetStatusListRequest__Output, _siapkerja_certification_v1_StatusListCredential__Output>
  IssueCertificate: MethodDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_IssueCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  ListAssessors: MethodDefinition<_siapkerja_certification_v1_ListAssessorsRequest, _siapkerja_certification_v1_ListAssessorsResponse, _siapkerja_certification_v1_ListAssessorsRequest__Output, _siapkerja_certification_v1_ListAssessorsResponse__Output>
  ListCertificates: MethodDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesRequest__Output, _siapkerja_certification_v1_ListCertificatesResponse__Output>
  ListLsps: MethodDefinition<_siapkerja_certification_v1_ListLspsRequest, _siapkerja_certification_v1_ListLspsResponse, _siapkerja_certification_v1_ListLspsRequest__Output, _siapkerja_certification_v1_ListLspsResponse__Output>
  ListTuks: MethodDefinition<_siapkerja_certification_v1_ListTuksRequest, _siapkerja_certification_v1_ListTuksResponse, _siapkerja_certification_v1_ListTuksRequest__Output, _siapkerja_certification_v1_ListTuksResponse__Output>
  RecordAssessmentResults: MethodDefinition<_siapkerja_certification_v1_RecordAssessmentResultsRequest, _siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output, _siapkerja_certification_v1_Assessment__Output>
  ReinstateCertificate: MethodDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_ReinstateCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  RevokeCertificate: MethodDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_RevokeCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  RotateIssuerKey: MethodDefinition<_siapkerja_certification_v1_RotateIssuerKeyRequest, _siapkerja_certification_v1_RotateIssuerKeyResponse, _siapkerja_certification_v1_RotateIssuerKeyRequest__Output, _siapkerja_certification_v1_RotateIssuerKeyResponse__Output>
  ScheduleAssessment: MethodDefinition<_siapkerja_certification_v1_ScheduleAssessmentRequest, _siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_ScheduleAssessmentRequest__Output, _siapkerja_certification_v1_Assessment__Output>
  SuspendCertificate: MethodDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_SuspendCertificateRequest__Output, _siapkerja_certification_v1_Certificate__Output>
  UpdateLspLicence: MethodDefinition<_siapkerja_certification_v1_UpdateLspLicenceRequest, _siapkerja_certification_v1_Lsp, _siapkerja_certification_v1_UpdateLspLicenceRequest__Output, _siapkerja_certification_v1_Lsp__Output>
  VerifyCertificate: MethodDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_VerifyCertificateRequest__Output, _siapkerja_certification_v1_CertificateVerification__Output>
  VerifyCredential: MethodDefinition<_siapkerja_certification_v1_VerifyCredentialRequest, _siapkerja_certification_v1_CredentialVerification, _siapkerja_certification_v1_VerifyCredentialRequest__Output, _siapkerja_certification_v1_CredentialVerification__Output>
}
