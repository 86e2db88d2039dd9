import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { DescriptorProto as _google_protobuf_DescriptorProto, DescriptorProto__Output as _google_protobuf_DescriptorProto__Output } from './google/protobuf/DescriptorProto';
import type { EnumDescriptorProto as _google_protobuf_EnumDescriptorProto, EnumDescriptorProto__Output as _google_protobuf_EnumDescriptorProto__Output } from './google/protobuf/EnumDescriptorProto';
import type { EnumOptions as _google_protobuf_EnumOptions, EnumOptions__Output as _google_protobuf_EnumOptions__Output } from './google/protobuf/EnumOptions';
import type { EnumValueDescriptorProto as _google_protobuf_EnumValueDescriptorProto, EnumValueDescriptorProto__Output as _google_protobuf_EnumValueDescriptorProto__Output } from './google/protobuf/EnumValueDescriptorProto';
import type { EnumValueOptions as _google_protobuf_EnumValueOptions, EnumValueOptions__Output as _google_protobuf_EnumValueOptions__Output } from './google/protobuf/EnumValueOptions';
import type { ExtensionRangeOptions as _google_protobuf_ExtensionRangeOptions, ExtensionRangeOptions__Output as _google_protobuf_ExtensionRangeOptions__Output } from './google/protobuf/ExtensionRangeOptions';
import type { FeatureSet as _google_protobuf_FeatureSet, FeatureSet__Output as _google_protobuf_FeatureSet__Output } from './google/protobuf/FeatureSet';
import type { FeatureSetDefaults as _google_protobuf_FeatureSetDefaults, FeatureSetDefaults__Output as _google_protobuf_FeatureSetDefaults__Output } from './google/protobuf/FeatureSetDefaults';
import type { FieldDescriptorProto as _google_protobuf_FieldDescriptorProto, FieldDescriptorProto__Output as _google_protobuf_FieldDescriptorProto__Output } from './google/protobuf/FieldDescriptorProto';
import type { FieldOptions as _google_protobuf_FieldOptions, FieldOptions__Output as _google_protobuf_FieldOptions__Output } from './google/protobuf/FieldOptions';
import type { FileDescriptorProto as _google_protobuf_FileDescriptorProto, FileDescriptorProto__Output as _google_protobuf_FileDescriptorProto__Output } from './google/protobuf/FileDescriptorProto';
import type { FileDescriptorSet as _google_protobuf_FileDescriptorSet, FileDescriptorSet__Output as _google_protobuf_FileDescriptorSet__Output } from './google/protobuf/FileDescriptorSet';
import type { FileOptions as _google_protobuf_FileOptions, FileOptions__Output as _google_protobuf_FileOptions__Output } from './google/protobuf/FileOptions';
import type { GeneratedCodeInfo as _google_protobuf_GeneratedCodeInfo, GeneratedCodeInfo__Output as _google_protobuf_GeneratedCodeInfo__Output } from './google/protobuf/GeneratedCodeInfo';
import type { MessageOptions as _google_protobuf_MessageOptions, MessageOptions__Output as _google_protobuf_MessageOptions__Output } from './google/protobuf/MessageOptions';
import type { MethodDescriptorProto as _google_protobuf_MethodDescriptorProto, MethodDescriptorProto__Output as _google_protobuf_MethodDescriptorProto__Output } from './google/protobuf/MethodDescriptorProto';
import type { MethodOptions as _google_protobuf_MethodOptions, MethodOptions__Output as _google_protobuf_MethodOptions__Output } from './google/protobuf/MethodOptions';
import type { OneofDescriptorProto as _google_protobuf_OneofDescriptorProto, OneofDescriptorProto__Output as _google_protobuf_OneofDescriptorProto__Output } from './google/protobuf/OneofDescriptorProto';
import type { OneofOptions as _google_protobuf_OneofOptions, OneofOptions__Output as _google_protobuf_OneofOptions__Output } from './google/protobuf/OneofOptions';
import type { ServiceDescriptorProto as _google_protobuf_ServiceDescriptorProto, ServiceDescriptorProto__Output as _google_protobuf_ServiceDescriptorProto__Output } from './google/protobuf/ServiceDescriptorProto';
import type { ServiceOptions as _google_protobuf_ServiceOptions, ServiceOptions__Output as _google_protobuf_ServiceOptions__Output } from './google/protobuf/ServiceOptions';
import type { SourceCodeInfo as _google_protobuf_SourceCodeInfo, SourceCodeInfo__Output as _google_protobuf_SourceCodeInfo__Output } from './google/protobuf/SourceCodeInfo';
import type { UninterpretedOption as _google_protobuf_UninterpretedOption, UninterpretedOption__Output as _google_protobuf_UninterpretedOption__Output } from './google/protobuf/UninterpretedOption';
import type { Assessment as _siapkerja_certification_v1_Assessment, Assessment__Output as _siapkerja_certification_v1_Assessment__Output } from './siapkerja/certification/v1/Assessment';
import type { Assessor as _siapkerja_certification_v1_Assessor, Assessor__Output as _siapkerja_certification_v1_Assessor__Output } from './siapkerja/certification/v1/Assessor';
import type { BatchVerifyCredentialsRequest as _siapkerja_certification_v1_BatchVerifyCredentialsRequest, BatchVerifyCredentialsRequest__Output as _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output } from './siapkerja/certification/v1/BatchVerifyCredentialsRequest';
import type { BatchVerifyCredentialsResponse as _siapkerja_certification_v1_BatchVerifyCredentialsResponse, BatchVerifyCredentialsResponse__Output as _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output } from './siapkerja/certification/v1/BatchVerifyCredentialsResponse';
import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from './siapkerja/certification/v1/Certificate';
import type { CertificateCredential as _siapkerja_certification_v1_CertificateCredential, CertificateCredential__Output as _siapkerja_certification_v1_CertificateCredential__Output } from './siapkerja/certification/v1/CertificateCredential';
import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from './siapkerja/certification/v1/CertificateHolder';
import type { CertificateStatusChange as _siapkerja_certification_v1_CertificateStatusChange, CertificateStatusChange__Output as _siapkerja_certification_v1_CertificateStatusChange__Output } from './siapkerja/certification/v1/CertificateStatusChange';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from './siapkerja/certification/v1/CertificateVerification';
import type { CertificationServiceClient as _siapkerja_certification_v1_CertificationServiceClient, CertificationServiceDefinition as _siapkerja_certification_v1_CertificationServiceDefinition } from './siapkerja/certification/v1/CertificationService';
import type { CreateAssessmentRequest as _siapkerja_certification_v1_CreateAssessmentRequest, CreateAssessmentRequest__Output as _siapkerja_certification_v1_CreateAssessmentRequest__Output } from './siapkerja/certification/v1/CreateAssessmentRequest';
import type { CreateAssessorRequest as _siapkerja_certification_v1_CreateAssessorRequest, CreateAssessorRequest__Output as _siapkerja_certification_v1_CreateAssessorRequest__Output } from './siapkerja/certification/v1/CreateAssessorRequest';
import type { CreateLspRequest as _siapkerja_certification_v1_CreateLspRequest, CreateLspRequest__Output as _siapkerja_certification_v1_CreateLspRequest__Output } from './siapkerja/certification/v1/CreateLspRequest';
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from './siapkerja/certification/v1/CreateSchemeRequest';
import type { CreateTukRequest as _siapkerja_certification_v1_CreateTukRequest, CreateTukRequest__Output as _siapkerja_certification_v1_CreateTukRequest__Output } from './siapkerja/certification/v1/CreateTukRequest';
import type { CredentialVerification as _siapkerja_certification_v1_CredentialVerification, CredentialVerification__Output as _siapkerja_certification_v1_CredentialVerification__Output } from './siapkerja/certification/v1/CredentialVerification';
import type { DecideAssessmentRequest as _siapkerja_certification_v1_DecideAssessmentRequest, DecideAssessmentRequest__Output as _siapkerja_certification_v1_DecideAssessmentRequest__Output } from './siapkerja/certification/v1/DecideAssessmentRequest';
import type { ExportPersonDataRequest as _siapkerja_certification_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_certification_v1_ExportPersonDataRequest__Output } from './siapkerja/certification/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_certification_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_certification_v1_ExportPersonDataResponse__Output } from './siapkerja/certification/v1/ExportPersonDataResponse';
import type { GetAssessmentRequest as _siapkerja_certification_v1_GetAssessmentRequest, GetAssessmentRequest__Output as _siapkerja_certification_v1_GetAssessmentRequest__Output } from './siapkerja/certification/v1/GetAssessmentRequest';
import type { GetCertificateCredentialRequest as _siapkerja_certification_v1_GetCertificateCredentialRequest, GetCertificateCredentialRequest__Output as _siapkerja_certification_v1_GetCertificateCredentialRequest__Output } from './siapkerja/certification/v1/GetCertificateCredentialRequest';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from './siapkerja/certification/v1/GetCertificateRequest';
import type { GetIssuerDocumentsRequest as _siapkerja_certification_v1_GetIssuerDocumentsRequest, GetIssuerDocumentsRequest__Output as _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output } from './siapkerja/certification/v1/GetIssuerDocumentsRequest';
import type { GetLspRequest as _siapkerja_certification_v1_GetLspRequest, GetLspRequest__Output as _siapkerja_certification_v1_GetLspRequest__Output } from './siapkerja/certification/v1/GetLspRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from './siapkerja/certification/v1/GetSchemeRequest';
import type { GetStatusListRequest as _siapkerja_certification_v1_GetStatusListRequest, GetStatusListRequest__Output as _siapkerja_certification_v1_GetStatusListRequest__Output } from './siapkerja/certification/v1/GetStatusListRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from './siapkerja/certification/v1/IssueCertificateRequest';
import type { IssuerDocuments as _siapkerja_certification_v1_IssuerDocuments, IssuerDocuments__Output as _siapkerja_certification_v1_IssuerDocuments__Output } from './siapkerja/certification/v1/IssuerDocuments';
import type { ListAssessorsRequest as _siapkerja_certification_v1_ListAssessorsRequest, ListAssessorsRequest__Output as _siapkerja_certification_v1_ListAssessorsRequest__Output } from './siapkerja/certification/v1/ListAssessorsRequest';
import type { ListAssessorsResponse as _siapkerja_certification_v1_ListAssessorsResponse, ListAssessorsResponse__Output as _siapkerja_certification_v1_ListAssessorsResponse__Output } from './siapkerja/certification/v1/ListAssessorsResponse';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from './siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from './siapkerja/certification/v1/ListCertificatesResponse';
import type { ListLspsRequest as _siapkerja_certification_v1_ListLspsRequest, ListLspsRequest__Output as _siapkerja_certification_v1_ListLspsRequest__Output } from './siapkerja/certification/v1/ListLspsRequest';
import type { ListLspsResponse as _siapkerja_certification_v1_ListLspsResponse, ListLspsResponse__Output as _siapkerja_certification_v1_ListLspsResponse__Output } from './siapkerja/certification/v1/ListLspsResponse';
import type { ListTuksRequest as _siapkerja_certification_v1_ListTuksRequest, ListTuksRequest__Output as _siapkerja_certification_v1_ListTuksRequest__Output } from './siapkerja/certification/v1/ListTuksRequest';
import type { ListTuksResponse as _siapkerja_certification_v1_ListTuksResponse, ListTuksResponse__Output as _siapkerja_certification_v1_ListTuksResponse__Output } from './siapkerja/certification/v1/ListTuksResponse';
import type { Lsp as _siapkerja_certification_v1_Lsp, Lsp__Output as _siapkerja_certification_v1_Lsp__Output } from './siapkerja/certification/v1/Lsp';
import type { RecordAssessmentResultsRequest as _siapkerja_certification_v1_RecordAssessmentResultsRequest, RecordAssessmentResultsRequest__Output as _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output } from './siapkerja/certification/v1/RecordAssessmentResultsRequest';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from './siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from './siapkerja/certification/v1/RevokeCertificateRequest';
import type { RotateIssuerKeyRequest as _siapkerja_certification_v1_RotateIssuerKeyRequest, RotateIssuerKeyRequest__Output as _siapkerja_certification_v1_RotateIssuerKeyRequest__Output } from './siapkerja/certification/v1/RotateIssuerKeyRequest';
import type { RotateIssuerKeyResponse as _siapkerja_certification_v1_RotateIssuerKeyResponse, RotateIssuerKeyResponse__Output as _siapkerja_certification_v1_RotateIssuerKeyResponse__Output } from './siapkerja/certification/v1/RotateIssuerKeyResponse';
import type { ScheduleAssessmentRequest as _siapkerja_certification_v1_ScheduleAssessmentRequest, ScheduleAssessmentRequest__Output as _siapkerja_certification_v1_ScheduleAssessmentRequest__Output } from './siapkerja/certification/v1/ScheduleAssessmentRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from './siapkerja/certification/v1/Scheme';
import type { StatusListCredential as _siapkerja_certification_v1_StatusListCredential, StatusListCredential__Output as _siapkerja_certification_v1_StatusListCredential__Output } from './siapkerja/certification/v1/StatusListCredential';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from './siapkerja/certification/v1/SuspendCertificateRequest';
import type { Tuk as _siapkerja_certification_v1_Tuk, Tuk__Output as _siapkerja_certification_v1_Tuk__Output } from './siapkerja/certification/v1/Tuk';
import type { UnitResult as _siapkerja_certification_v1_UnitResult, UnitResult__Output as _siapkerja_certification_v1_UnitResult__Output } from './siapkerja/certification/v1/UnitResult';
import type { UnitSelfAssessment as _siapkerja_certification_v1_UnitSelfAssessment, UnitSelfAssessment__Output as _siapkerja_certification_v1_UnitSelfAssessment__Output } from './siapkerja/certification/v1/UnitSelfAssessment';
import type { UpdateLspLicenceRequest as _siapkerja_certification_v1_UpdateLspLicenceRequest, UpdateLspLicenceRequest__Output as _siapkerja_certification_v1_UpdateLspLicenceRequest__Output } from './siapkerja/certification/v1/UpdateLspLicenceRequest';
import type { VerifiedHolder as _siapkerja_certification_v1_VerifiedHolder, VerifiedHolder__Output as _siapkerja_certification_v1_VerifiedHolder__Output } from './siapkerja/certification/v1/VerifiedHolder';
import type { VerifiedScheme as _siapkerja_certification_v1_VerifiedScheme, VerifiedScheme__Output as _siapkerja_certification_v1_VerifiedScheme__Output } from './siapkerja/certification/v1/VerifiedScheme';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from './siapkerja/certification/v1/VerifyCertificateRequest';
import type { VerifyCredentialQuery as _siapkerja_certification_v1_VerifyCredentialQuery, VerifyCredentialQuery__Output as _siapkerja_certification_v1_VerifyCredentialQuery__Output } from './siapkerja/certification/v1/VerifyCredentialQuery';
import type { VerifyCredentialRequest as _siapkerja_certification_v1_VerifyCredentialRequest, VerifyCredentialRequest__Output as _siapkerja_certification_v1_VerifyCredentialRequest__Output } from './siapkerja/certification/v1/VerifyCredentialRequest';
import type { Input as _siapkerja_rest_v1_Input, Input__Output as _siapkerja_rest_v1_Input__Output } from './siapkerja/rest/v1/Input';
import type { InputFieldDoc as _siapkerja_rest_v1_InputFieldDoc, InputFieldDoc__Output as _siapkerja_rest_v1_InputFieldDoc__Output } from './siapkerja/rest/v1/InputFieldDoc';
import type { Route as _siapkerja_rest_v1_Route, Route__Output as _siapkerja_rest_v1_Route__Output } from './siapkerja/rest/v1/Route';
import type { Rules as _siapkerja_rest_v1_Rules, Rules__Output as _siapkerja_rest_v1_Rules__Output } from './siapkerja/rest/v1/Rules';
import type { ServiceRoutes as _siapkerja_rest_v1_ServiceRoutes, ServiceRoutes__Output as _siapkerja_rest_v1_ServiceRoutes__Output } from './siapkerja/rest/v1/ServiceRoutes';
import type { View as _siapkerja_rest_v1_View, View__Output as _siapkerja_rest_v1_View__Output } from './siapkerja/rest/v1/View';
import type { ViewField as _siapkerja_rest_v1_ViewField, ViewField__Output as _siapkerja_rest_v1_ViewField__Output } from './siapkerja/rest/v1/ViewField';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  google: {
    protobuf: {
      DescriptorProto: MessageTypeDefinition<_google_protobuf_DescriptorProto, _google_protobuf_DescriptorProto__Output>
      Edition: EnumTypeDefinition
      EnumDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumDescriptorProto, _google_protobuf_EnumDescriptorProto__Output>
      EnumOptions: MessageTypeDefinition<_google_protobuf_EnumOptions, _google_protobuf_EnumOptions__Output>
      EnumValueDescriptorProto: MessageTypeDefinition<_google_protobuf_EnumValueDescriptorProto, _google_protobuf_EnumValueDescriptorProto__Output>
      EnumValueOptions: MessageTypeDefinition<_google_protobuf_EnumValueOptions, _google_protobuf_EnumValueOptions__Output>
      ExtensionRangeOptions: MessageTypeDefinition<_google_protobuf_ExtensionRangeOptions, _google_protobuf_ExtensionRangeOptions__Output>
      FeatureSet: MessageTypeDefinition<_google_protobuf_FeatureSet, _google_protobuf_FeatureSet__Output>
      FeatureSetDefaults: MessageTypeDefinition<_google_protobuf_FeatureSetDefaults, _google_protobuf_FeatureSetDefaults__Output>
      FieldDescriptorProto: MessageTypeDefinition<_google_protobuf_FieldDescriptorProto, _google_protobuf_FieldDescriptorProto__Output>
      FieldOptions: MessageTypeDefinition<_google_protobuf_FieldOptions, _google_protobuf_FieldOptions__Output>
      FileDescriptorProto: MessageTypeDefinition<_google_protobuf_FileDescriptorProto, _google_protobuf_FileDescriptorProto__Output>
      FileDescriptorSet: MessageTypeDefinition<_google_protobuf_FileDescriptorSet, _google_protobuf_FileDescriptorSet__Output>
      FileOptions: MessageTypeDefinition<_google_protobuf_FileOptions, _google_protobuf_FileOptions__Output>
      GeneratedCodeInfo: MessageTypeDefinition<_google_protobuf_GeneratedCodeInfo, _google_protobuf_GeneratedCodeInfo__Output>
      MessageOptions: MessageTypeDefinition<_google_protobuf_MessageOptions, _google_protobuf_MessageOptions__Output>
      MethodDescriptorProto: MessageTypeDefinition<_google_protobuf_MethodDescriptorProto, _google_protobuf_MethodDescriptorProto__Output>
      MethodOptions: MessageTypeDefinition<_google_protobuf_MethodOptions, _google_protobuf_MethodOptions__Output>
      OneofDescriptorProto: MessageTypeDefinition<_google_protobuf_OneofDescriptorProto, _google_protobuf_OneofDescriptorProto__Output>
      OneofOptions: MessageTypeDefinition<_google_protobuf_OneofOptions, _google_protobuf_OneofOptions__Output>
      ServiceDescriptorProto: MessageTypeDefinition<_google_protobuf_ServiceDescriptorProto, _google_protobuf_ServiceDescriptorProto__Output>
      ServiceOptions: MessageTypeDefinition<_google_protobuf_ServiceOptions, _google_protobuf_ServiceOptions__Output>
      SourceCodeInfo: MessageTypeDefinition<_google_protobuf_SourceCodeInfo, _google_protobuf_SourceCodeInfo__Output>
      SymbolVisibility: EnumTypeDefinition
      UninterpretedOption: MessageTypeDefinition<_google_protobuf_UninterpretedOption, _google_protobuf_UninterpretedOption__Output>
    }
  }
  siapkerja: {
    certification: {
      v1: {
        Assessment: MessageTypeDefinition<_siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_Assessment__Output>
        AssessmentStatus: EnumTypeDefinition
        Assessor: MessageTypeDefinition<_siapkerja_certification_v1_Assessor, _siapkerja_certification_v1_Assessor__Output>
        BatchVerifyCredentialsRequest: MessageTypeDefinition<_siapkerja_certification_v1_BatchVerifyCredentialsRequest, _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output>
        BatchVerifyCredentialsResponse: MessageTypeDefinition<_siapkerja_certification_v1_BatchVerifyCredentialsResponse, _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>
        Certificate: MessageTypeDefinition<_siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_Certificate__Output>
        CertificateCredential: MessageTypeDefinition<_siapkerja_certification_v1_CertificateCredential, _siapkerja_certification_v1_CertificateCredential__Output>
        CertificateHolder: MessageTypeDefinition<_siapkerja_certification_v1_CertificateHolder, _siapkerja_certification_v1_CertificateHolder__Output>
        CertificateStatus: EnumTypeDefinition
        CertificateStatusChange: MessageTypeDefinition<_siapkerja_certification_v1_CertificateStatusChange, _siapkerja_certification_v1_CertificateStatusChange__Output>
        CertificateVerification: MessageTypeDefinition<_siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_CertificateVerification__Output>
        CertificationService: SubtypeConstructor<typeof grpc.Client, _siapkerja_certification_v1_CertificationServiceClient> & { service: _siapkerja_certification_v1_CertificationServiceDefinition }
        CreateAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateAssessmentRequest, _siapkerja_certification_v1_CreateAssessmentRequest__Output>
        CreateAssessorRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateAssessorRequest, _siapkerja_certification_v1_CreateAssessorRequest__Output>
        CreateLspRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateLspRequest, _siapkerja_certification_v1_CreateLspRequest__Output>
        CreateSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_CreateSchemeRequest__Output>
        CreateTukRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateTukRequest, _siapkerja_certification_v1_CreateTukRequest__Output>
        CredentialVerification: MessageTypeDefinition<_siapkerja_certification_v1_CredentialVerification, _siapkerja_certification_v1_CredentialVerification__Output>
        DecideAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_DecideAssessmentRequest, _siapkerja_certification_v1_DecideAssessmentRequest__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataRequest, _siapkerja_certification_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataResponse, _siapkerja_certification_v1_ExportPersonDataResponse__Output>
        GetAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetAssessmentRequest, _siapkerja_certification_v1_GetAssessmentRequest__Output>
        GetCertificateCredentialRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateCredentialRequest, _siapkerja_certification_v1_GetCertificateCredentialRequest__Output>
        GetCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_GetCertificateRequest__Output>
        GetIssuerDocumentsRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetIssuerDocumentsRequest, _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output>
        GetLspRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetLspRequest, _siapkerja_certification_v1_GetLspRequest__Output>
        GetSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_GetSchemeRequest__Output>
        GetStatusListRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetStatusListRequest, _siapkerja_certification_v1_GetStatusListRequest__Output>
        IssueCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_IssueCertificateRequest__Output>
        IssuerDocuments: MessageTypeDefinition<_siapkerja_certification_v1_IssuerDocuments, _siapkerja_certification_v1_IssuerDocuments__Output>
        ListAssessorsRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListAssessorsRequest, _siapkerja_certification_v1_ListAssessorsRequest__Output>
        ListAssessorsResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListAssessorsResponse, _siapkerja_certification_v1_ListAssessorsResponse__Output>
        ListCertificatesRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesRequest__Output>
        ListCertificatesResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesResponse__Output>
        ListLspsRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListLspsRequest, _siapkerja_certification_v1_ListLspsRequest__Output>
        ListLspsResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListLspsResponse, _siapkerja_certification_v1_ListLspsResponse__Output>
        ListTuksRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListTuksRequest, _siapkerja_certification_v1_ListTuksRequest__Output>
        ListTuksResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListTuksResponse, _siapkerja_certification_v1_ListTuksResponse__Output>
        Lsp: MessageTypeDefinition<_siapkerja_certification_v1_Lsp, _siapkerja_certification_v1_Lsp__Output>
        LspStatus: EnumTypeDefinition
        LspType: EnumTypeDefinition
        RecordAssessmentResultsRequest: MessageTypeDefinition<_siapkerja_certification_v1_RecordAssessmentResultsRequest, _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output>
        ReinstateCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_ReinstateCertificateRequest__Output>
        RevokeCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_RevokeCertificateRequest__Output>
        RotateIssuerKeyRequest: MessageTypeDefinition<_siapkerja_certification_v1_RotateIssuerKeyRequest, _siapkerja_certification_v1_RotateIssuerKeyRequest__Output>
        RotateIssuerKeyResponse: MessageTypeDefinition<_siapkerja_certification_v1_RotateIssuerKeyResponse, _siapkerja_certification_v1_RotateIssuerKeyResponse__Output>
        ScheduleAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_ScheduleAssessmentRequest, _siapkerja_certification_v1_ScheduleAssessmentRequest__Output>
        Scheme: MessageTypeDefinition<_siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_Scheme__Output>
        SchemePrerequisite: EnumTypeDefinition
        SchemeType: EnumTypeDefinition
        StatusListCredential: MessageTypeDefinition<_siapkerja_certification_v1_StatusListCredential, _siapkerja_certification_v1_StatusListCredential__Output>
        SuspendCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_SuspendCertificateRequest__Output>
        Tuk: MessageTypeDefinition<_siapkerja_certification_v1_Tuk, _siapkerja_certification_v1_Tuk__Output>
        TukKind: EnumTypeDefinition
        UnitResult: MessageTypeDefinition<_siapkerja_certification_v1_UnitResult, _siapkerja_certification_v1_UnitResult__Output>
        UnitSelfAssessment: MessageTypeDefinition<_siapkerja_certification_v1_UnitSelfAssessment, _siapkerja_certification_v1_UnitSelfAssessment__Output>
        UnitVerdict: EnumTypeDefinition
        UpdateLspLicenceRequest: MessageTypeDefinition<_siapkerja_certification_v1_UpdateLspLicenceRequest, _siapkerja_certification_v1_UpdateLspLicenceRequest__Output>
        VerificationResult: EnumTypeDefinition
        VerifiedHolder: MessageTypeDefinition<_siapkerja_certification_v1_VerifiedHolder, _siapkerja_certification_v1_VerifiedHolder__Output>
        VerifiedScheme: MessageTypeDefinition<_siapkerja_certification_v1_VerifiedScheme, _siapkerja_certification_v1_VerifiedScheme__Output>
        VerifyCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_VerifyCertificateRequest__Output>
        VerifyCredentialQuery: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCredentialQuery, _siapkerja_certification_v1_VerifyCredentialQuery__Output>
        VerifyCredentialRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCredentialRequest, _siapkerja_certification_v1_VerifyCredentialRequest__Output>
      }
    }
    rest: {
      v1: {
        Input: MessageTypeDefinition<_siapkerja_rest_v1_Input, _siapkerja_rest_v1_Input__Output>
        InputFieldDoc: MessageTypeDefinition<_siapkerja_rest_v1_InputFieldDoc, _siapkerja_rest_v1_InputFieldDoc__Output>
        Route: MessageTypeDefinition<_siapkerja_rest_v1_Route, _siapkerja_rest_v1_Route__Output>
        Rules: MessageTypeDefinition<_siapkerja_rest_v1_Rules, _siapkerja_rest_v1_Rules__Output>
        ServiceRoutes: MessageTypeDefinition<_siapkerja_rest_v1_ServiceRoutes, _siapkerja_rest_v1_ServiceRoutes__Output>
        View: MessageTypeDefinition<_siapkerja_rest_v1_View, _siapkerja_rest_v1_View__Output>
        ViewField: MessageTypeDefinition<_siapkerja_rest_v1_ViewField, _siapkerja_rest_v1_ViewField__Output>
      }
    }
  }
}

