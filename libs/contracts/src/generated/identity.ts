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
import type { AccessActor as _siapkerja_identity_v1_AccessActor, AccessActor__Output as _siapkerja_identity_v1_AccessActor__Output } from './siapkerja/identity/v1/AccessActor';
import type { AccessLogEntry as _siapkerja_identity_v1_AccessLogEntry, AccessLogEntry__Output as _siapkerja_identity_v1_AccessLogEntry__Output } from './siapkerja/identity/v1/AccessLogEntry';
import type { AccessRecord as _siapkerja_identity_v1_AccessRecord, AccessRecord__Output as _siapkerja_identity_v1_AccessRecord__Output } from './siapkerja/identity/v1/AccessRecord';
import type { AccessToken as _siapkerja_identity_v1_AccessToken, AccessToken__Output as _siapkerja_identity_v1_AccessToken__Output } from './siapkerja/identity/v1/AccessToken';
import type { Account as _siapkerja_identity_v1_Account, Account__Output as _siapkerja_identity_v1_Account__Output } from './siapkerja/identity/v1/Account';
import type { CheckSessionRequest as _siapkerja_identity_v1_CheckSessionRequest, CheckSessionRequest__Output as _siapkerja_identity_v1_CheckSessionRequest__Output } from './siapkerja/identity/v1/CheckSessionRequest';
import type { CheckSessionResponse as _siapkerja_identity_v1_CheckSessionResponse, CheckSessionResponse__Output as _siapkerja_identity_v1_CheckSessionResponse__Output } from './siapkerja/identity/v1/CheckSessionResponse';
import type { Client as _siapkerja_identity_v1_Client, Client__Output as _siapkerja_identity_v1_Client__Output } from './siapkerja/identity/v1/Client';
import type { ClientCredentials as _siapkerja_identity_v1_ClientCredentials, ClientCredentials__Output as _siapkerja_identity_v1_ClientCredentials__Output } from './siapkerja/identity/v1/ClientCredentials';
import type { ClientWithSecrets as _siapkerja_identity_v1_ClientWithSecrets, ClientWithSecrets__Output as _siapkerja_identity_v1_ClientWithSecrets__Output } from './siapkerja/identity/v1/ClientWithSecrets';
import type { ConfirmPasswordResetRequest as _siapkerja_identity_v1_ConfirmPasswordResetRequest, ConfirmPasswordResetRequest__Output as _siapkerja_identity_v1_ConfirmPasswordResetRequest__Output } from './siapkerja/identity/v1/ConfirmPasswordResetRequest';
import type { ConfirmPasswordResetResponse as _siapkerja_identity_v1_ConfirmPasswordResetResponse, ConfirmPasswordResetResponse__Output as _siapkerja_identity_v1_ConfirmPasswordResetResponse__Output } from './siapkerja/identity/v1/ConfirmPasswordResetResponse';
import type { Consent as _siapkerja_identity_v1_Consent, Consent__Output as _siapkerja_identity_v1_Consent__Output } from './siapkerja/identity/v1/Consent';
import type { CreateClientRequest as _siapkerja_identity_v1_CreateClientRequest, CreateClientRequest__Output as _siapkerja_identity_v1_CreateClientRequest__Output } from './siapkerja/identity/v1/CreateClientRequest';
import type { CreatePrivacyRequestRequest as _siapkerja_identity_v1_CreatePrivacyRequestRequest, CreatePrivacyRequestRequest__Output as _siapkerja_identity_v1_CreatePrivacyRequestRequest__Output } from './siapkerja/identity/v1/CreatePrivacyRequestRequest';
import type { EndSessionRequest as _siapkerja_identity_v1_EndSessionRequest, EndSessionRequest__Output as _siapkerja_identity_v1_EndSessionRequest__Output } from './siapkerja/identity/v1/EndSessionRequest';
import type { EndSessionResponse as _siapkerja_identity_v1_EndSessionResponse, EndSessionResponse__Output as _siapkerja_identity_v1_EndSessionResponse__Output } from './siapkerja/identity/v1/EndSessionResponse';
import type { ExportPersonalDataRequest as _siapkerja_identity_v1_ExportPersonalDataRequest, ExportPersonalDataRequest__Output as _siapkerja_identity_v1_ExportPersonalDataRequest__Output } from './siapkerja/identity/v1/ExportPersonalDataRequest';
import type { ExportedAccount as _siapkerja_identity_v1_ExportedAccount, ExportedAccount__Output as _siapkerja_identity_v1_ExportedAccount__Output } from './siapkerja/identity/v1/ExportedAccount';
import type { GetAccountRequest as _siapkerja_identity_v1_GetAccountRequest, GetAccountRequest__Output as _siapkerja_identity_v1_GetAccountRequest__Output } from './siapkerja/identity/v1/GetAccountRequest';
import type { GetClientCredentialsRequest as _siapkerja_identity_v1_GetClientCredentialsRequest, GetClientCredentialsRequest__Output as _siapkerja_identity_v1_GetClientCredentialsRequest__Output } from './siapkerja/identity/v1/GetClientCredentialsRequest';
import type { GetJwksRequest as _siapkerja_identity_v1_GetJwksRequest, GetJwksRequest__Output as _siapkerja_identity_v1_GetJwksRequest__Output } from './siapkerja/identity/v1/GetJwksRequest';
import type { GetPrivacyRequestRequest as _siapkerja_identity_v1_GetPrivacyRequestRequest, GetPrivacyRequestRequest__Output as _siapkerja_identity_v1_GetPrivacyRequestRequest__Output } from './siapkerja/identity/v1/GetPrivacyRequestRequest';
import type { GetSubjectStandingRequest as _siapkerja_identity_v1_GetSubjectStandingRequest, GetSubjectStandingRequest__Output as _siapkerja_identity_v1_GetSubjectStandingRequest__Output } from './siapkerja/identity/v1/GetSubjectStandingRequest';
import type { GiveConsentRequest as _siapkerja_identity_v1_GiveConsentRequest, GiveConsentRequest__Output as _siapkerja_identity_v1_GiveConsentRequest__Output } from './siapkerja/identity/v1/GiveConsentRequest';
import type { GiveConsentResponse as _siapkerja_identity_v1_GiveConsentResponse, GiveConsentResponse__Output as _siapkerja_identity_v1_GiveConsentResponse__Output } from './siapkerja/identity/v1/GiveConsentResponse';
import type { IdentityServiceClient as _siapkerja_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _siapkerja_identity_v1_IdentityServiceDefinition } from './siapkerja/identity/v1/IdentityService';
import type { IssueClientTokenRequest as _siapkerja_identity_v1_IssueClientTokenRequest, IssueClientTokenRequest__Output as _siapkerja_identity_v1_IssueClientTokenRequest__Output } from './siapkerja/identity/v1/IssueClientTokenRequest';
import type { Jwk as _siapkerja_identity_v1_Jwk, Jwk__Output as _siapkerja_identity_v1_Jwk__Output } from './siapkerja/identity/v1/Jwk';
import type { Jwks as _siapkerja_identity_v1_Jwks, Jwks__Output as _siapkerja_identity_v1_Jwks__Output } from './siapkerja/identity/v1/Jwks';
import type { ListAccessLogRequest as _siapkerja_identity_v1_ListAccessLogRequest, ListAccessLogRequest__Output as _siapkerja_identity_v1_ListAccessLogRequest__Output } from './siapkerja/identity/v1/ListAccessLogRequest';
import type { ListAccessLogResponse as _siapkerja_identity_v1_ListAccessLogResponse, ListAccessLogResponse__Output as _siapkerja_identity_v1_ListAccessLogResponse__Output } from './siapkerja/identity/v1/ListAccessLogResponse';
import type { ListClientsRequest as _siapkerja_identity_v1_ListClientsRequest, ListClientsRequest__Output as _siapkerja_identity_v1_ListClientsRequest__Output } from './siapkerja/identity/v1/ListClientsRequest';
import type { ListClientsResponse as _siapkerja_identity_v1_ListClientsResponse, ListClientsResponse__Output as _siapkerja_identity_v1_ListClientsResponse__Output } from './siapkerja/identity/v1/ListClientsResponse';
import type { ListConsentsRequest as _siapkerja_identity_v1_ListConsentsRequest, ListConsentsRequest__Output as _siapkerja_identity_v1_ListConsentsRequest__Output } from './siapkerja/identity/v1/ListConsentsRequest';
import type { ListConsentsResponse as _siapkerja_identity_v1_ListConsentsResponse, ListConsentsResponse__Output as _siapkerja_identity_v1_ListConsentsResponse__Output } from './siapkerja/identity/v1/ListConsentsResponse';
import type { ListPrivacyRequestsRequest as _siapkerja_identity_v1_ListPrivacyRequestsRequest, ListPrivacyRequestsRequest__Output as _siapkerja_identity_v1_ListPrivacyRequestsRequest__Output } from './siapkerja/identity/v1/ListPrivacyRequestsRequest';
import type { ListPrivacyRequestsResponse as _siapkerja_identity_v1_ListPrivacyRequestsResponse, ListPrivacyRequestsResponse__Output as _siapkerja_identity_v1_ListPrivacyRequestsResponse__Output } from './siapkerja/identity/v1/ListPrivacyRequestsResponse';
import type { ListSandboxVerificationCodesRequest as _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, ListSandboxVerificationCodesRequest__Output as _siapkerja_identity_v1_ListSandboxVerificationCodesRequest__Output } from './siapkerja/identity/v1/ListSandboxVerificationCodesRequest';
import type { ListSandboxVerificationCodesResponse as _siapkerja_identity_v1_ListSandboxVerificationCodesResponse, ListSandboxVerificationCodesResponse__Output as _siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output } from './siapkerja/identity/v1/ListSandboxVerificationCodesResponse';
import type { LoginRequest as _siapkerja_identity_v1_LoginRequest, LoginRequest__Output as _siapkerja_identity_v1_LoginRequest__Output } from './siapkerja/identity/v1/LoginRequest';
import type { PersonTokens as _siapkerja_identity_v1_PersonTokens, PersonTokens__Output as _siapkerja_identity_v1_PersonTokens__Output } from './siapkerja/identity/v1/PersonTokens';
import type { PersonalDataExport as _siapkerja_identity_v1_PersonalDataExport, PersonalDataExport__Output as _siapkerja_identity_v1_PersonalDataExport__Output } from './siapkerja/identity/v1/PersonalDataExport';
import type { PrivacyRequest as _siapkerja_identity_v1_PrivacyRequest, PrivacyRequest__Output as _siapkerja_identity_v1_PrivacyRequest__Output } from './siapkerja/identity/v1/PrivacyRequest';
import type { RecordAccessesRequest as _siapkerja_identity_v1_RecordAccessesRequest, RecordAccessesRequest__Output as _siapkerja_identity_v1_RecordAccessesRequest__Output } from './siapkerja/identity/v1/RecordAccessesRequest';
import type { RecordAccessesResponse as _siapkerja_identity_v1_RecordAccessesResponse, RecordAccessesResponse__Output as _siapkerja_identity_v1_RecordAccessesResponse__Output } from './siapkerja/identity/v1/RecordAccessesResponse';
import type { RefreshSessionRequest as _siapkerja_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _siapkerja_identity_v1_RefreshSessionRequest__Output } from './siapkerja/identity/v1/RefreshSessionRequest';
import type { RequestPasswordResetRequest as _siapkerja_identity_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _siapkerja_identity_v1_RequestPasswordResetRequest__Output } from './siapkerja/identity/v1/RequestPasswordResetRequest';
import type { RequestPasswordResetResponse as _siapkerja_identity_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _siapkerja_identity_v1_RequestPasswordResetResponse__Output } from './siapkerja/identity/v1/RequestPasswordResetResponse';
import type { ResolvePrivacyRequestRequest as _siapkerja_identity_v1_ResolvePrivacyRequestRequest, ResolvePrivacyRequestRequest__Output as _siapkerja_identity_v1_ResolvePrivacyRequestRequest__Output } from './siapkerja/identity/v1/ResolvePrivacyRequestRequest';
import type { RevokeClientRequest as _siapkerja_identity_v1_RevokeClientRequest, RevokeClientRequest__Output as _siapkerja_identity_v1_RevokeClientRequest__Output } from './siapkerja/identity/v1/RevokeClientRequest';
import type { Revoked as _siapkerja_identity_v1_Revoked, Revoked__Output as _siapkerja_identity_v1_Revoked__Output } from './siapkerja/identity/v1/Revoked';
import type { RotateClientSecretRequest as _siapkerja_identity_v1_RotateClientSecretRequest, RotateClientSecretRequest__Output as _siapkerja_identity_v1_RotateClientSecretRequest__Output } from './siapkerja/identity/v1/RotateClientSecretRequest';
import type { RotateSigningKeyRequest as _siapkerja_identity_v1_RotateSigningKeyRequest, RotateSigningKeyRequest__Output as _siapkerja_identity_v1_RotateSigningKeyRequest__Output } from './siapkerja/identity/v1/RotateSigningKeyRequest';
import type { RotateSigningKeyResponse as _siapkerja_identity_v1_RotateSigningKeyResponse, RotateSigningKeyResponse__Output as _siapkerja_identity_v1_RotateSigningKeyResponse__Output } from './siapkerja/identity/v1/RotateSigningKeyResponse';
import type { RotatedClient as _siapkerja_identity_v1_RotatedClient, RotatedClient__Output as _siapkerja_identity_v1_RotatedClient__Output } from './siapkerja/identity/v1/RotatedClient';
import type { SandboxVerificationCode as _siapkerja_identity_v1_SandboxVerificationCode, SandboxVerificationCode__Output as _siapkerja_identity_v1_SandboxVerificationCode__Output } from './siapkerja/identity/v1/SandboxVerificationCode';
import type { SetAccountRolesRequest as _siapkerja_identity_v1_SetAccountRolesRequest, SetAccountRolesRequest__Output as _siapkerja_identity_v1_SetAccountRolesRequest__Output } from './siapkerja/identity/v1/SetAccountRolesRequest';
import type { SignUpRequest as _siapkerja_identity_v1_SignUpRequest, SignUpRequest__Output as _siapkerja_identity_v1_SignUpRequest__Output } from './siapkerja/identity/v1/SignUpRequest';
import type { SignUpResponse as _siapkerja_identity_v1_SignUpResponse, SignUpResponse__Output as _siapkerja_identity_v1_SignUpResponse__Output } from './siapkerja/identity/v1/SignUpResponse';
import type { SubjectStanding as _siapkerja_identity_v1_SubjectStanding, SubjectStanding__Output as _siapkerja_identity_v1_SubjectStanding__Output } from './siapkerja/identity/v1/SubjectStanding';
import type { VerifyAccountRequest as _siapkerja_identity_v1_VerifyAccountRequest, VerifyAccountRequest__Output as _siapkerja_identity_v1_VerifyAccountRequest__Output } from './siapkerja/identity/v1/VerifyAccountRequest';
import type { VerifyAccountResponse as _siapkerja_identity_v1_VerifyAccountResponse, VerifyAccountResponse__Output as _siapkerja_identity_v1_VerifyAccountResponse__Output } from './siapkerja/identity/v1/VerifyAccountResponse';
import type { WithdrawConsentRequest as _siapkerja_identity_v1_WithdrawConsentRequest, WithdrawConsentRequest__Output as _siapkerja_identity_v1_WithdrawConsentRequest__Output } from './siapkerja/identity/v1/WithdrawConsentRequest';
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
    identity: {
      v1: {
        AccessActor: MessageTypeDefinition<_siapkerja_identity_v1_AccessActor, _siapkerja_identity_v1_AccessActor__Output>
        AccessLogEntry: MessageTypeDefinition<_siapkerja_identity_v1_AccessLogEntry, _siapkerja_identity_v1_AccessLogEntry__Output>
        AccessRecord: MessageTypeDefinition<_siapkerja_identity_v1_AccessRecord, _siapkerja_identity_v1_AccessRecord__Output>
        AccessToken: MessageTypeDefinition<_siapkerja_identity_v1_AccessToken, _siapkerja_identity_v1_AccessToken__Output>
        Account: MessageTypeDefinition<_siapkerja_identity_v1_Account, _siapkerja_identity_v1_Account__Output>
        CheckSessionRequest: MessageTypeDefinition<_siapkerja_identity_v1_CheckSessionRequest, _siapkerja_identity_v1_CheckSessionRequest__Output>
        CheckSessionResponse: MessageTypeDefinition<_siapkerja_identity_v1_CheckSessionResponse, _siapkerja_identity_v1_CheckSessionResponse__Output>
        Client: MessageTypeDefinition<_siapkerja_identity_v1_Client, _siapkerja_identity_v1_Client__Output>
        ClientCredentials: MessageTypeDefinition<_siapkerja_identity_v1_ClientCredentials, _siapkerja_identity_v1_ClientCredentials__Output>
        ClientWithSecrets: MessageTypeDefinition<_siapkerja_identity_v1_ClientWithSecrets, _siapkerja_identity_v1_ClientWithSecrets__Output>
        ConfirmPasswordResetRequest: MessageTypeDefinition<_siapkerja_identity_v1_ConfirmPasswordResetRequest, _siapkerja_identity_v1_ConfirmPasswordResetRequest__Output>
        ConfirmPasswordResetResponse: MessageTypeDefinition<_siapkerja_identity_v1_ConfirmPasswordResetResponse, _siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>
        Consent: MessageTypeDefinition<_siapkerja_identity_v1_Consent, _siapkerja_identity_v1_Consent__Output>
        CreateClientRequest: MessageTypeDefinition<_siapkerja_identity_v1_CreateClientRequest, _siapkerja_identity_v1_CreateClientRequest__Output>
        CreatePrivacyRequestRequest: MessageTypeDefinition<_siapkerja_identity_v1_CreatePrivacyRequestRequest, _siapkerja_identity_v1_CreatePrivacyRequestRequest__Output>
        EndSessionRequest: MessageTypeDefinition<_siapkerja_identity_v1_EndSessionRequest, _siapkerja_identity_v1_EndSessionRequest__Output>
        EndSessionResponse: MessageTypeDefinition<_siapkerja_identity_v1_EndSessionResponse, _siapkerja_identity_v1_EndSessionResponse__Output>
        ExportPersonalDataRequest: MessageTypeDefinition<_siapkerja_identity_v1_ExportPersonalDataRequest, _siapkerja_identity_v1_ExportPersonalDataRequest__Output>
        ExportedAccount: MessageTypeDefinition<_siapkerja_identity_v1_ExportedAccount, _siapkerja_identity_v1_ExportedAccount__Output>
        GetAccountRequest: MessageTypeDefinition<_siapkerja_identity_v1_GetAccountRequest, _siapkerja_identity_v1_GetAccountRequest__Output>
        GetClientCredentialsRequest: MessageTypeDefinition<_siapkerja_identity_v1_GetClientCredentialsRequest, _siapkerja_identity_v1_GetClientCredentialsRequest__Output>
        GetJwksRequest: MessageTypeDefinition<_siapkerja_identity_v1_GetJwksRequest, _siapkerja_identity_v1_GetJwksRequest__Output>
        GetPrivacyRequestRequest: MessageTypeDefinition<_siapkerja_identity_v1_GetPrivacyRequestRequest, _siapkerja_identity_v1_GetPrivacyRequestRequest__Output>
        GetSubjectStandingRequest: MessageTypeDefinition<_siapkerja_identity_v1_GetSubjectStandingRequest, _siapkerja_identity_v1_GetSubjectStandingRequest__Output>
        GiveConsentRequest: MessageTypeDefinition<_siapkerja_identity_v1_GiveConsentRequest, _siapkerja_identity_v1_GiveConsentRequest__Output>
        GiveConsentResponse: MessageTypeDefinition<_siapkerja_identity_v1_GiveConsentResponse, _siapkerja_identity_v1_GiveConsentResponse__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _siapkerja_identity_v1_IdentityServiceClient> & { service: _siapkerja_identity_v1_IdentityServiceDefinition }
        IssueClientTokenRequest: MessageTypeDefinition<_siapkerja_identity_v1_IssueClientTokenRequest, _siapkerja_identity_v1_IssueClientTokenRequest__Output>
        Jwk: MessageTypeDefinition<_siapkerja_identity_v1_Jwk, _siapkerja_identity_v1_Jwk__Output>
        Jwks: MessageTypeDefinition<_siapkerja_identity_v1_Jwks, _siapkerja_identity_v1_Jwks__Output>
        ListAccessLogRequest: MessageTypeDefinition<_siapkerja_identity_v1_ListAccessLogRequest, _siapkerja_identity_v1_ListAccessLogRequest__Output>
        ListAccessLogResponse: MessageTypeDefinition<_siapkerja_identity_v1_ListAccessLogResponse, _siapkerja_identity_v1_ListAccessLogResponse__Output>
        ListClientsRequest: MessageTypeDefinition<_siapkerja_identity_v1_ListClientsRequest, _siapkerja_identity_v1_ListClientsRequest__Output>
        ListClientsResponse: MessageTypeDefinition<_siapkerja_identity_v1_ListClientsResponse, _siapkerja_identity_v1_ListClientsResponse__Output>
        ListConsentsRequest: MessageTypeDefinition<_siapkerja_identity_v1_ListConsentsRequest, _siapkerja_identity_v1_ListConsentsRequest__Output>
        ListConsentsResponse: MessageTypeDefinition<_siapkerja_identity_v1_ListConsentsResponse, _siapkerja_identity_v1_ListConsentsResponse__Output>
        ListPrivacyRequestsRequest: MessageTypeDefinition<_siapkerja_identity_v1_ListPrivacyRequestsRequest, _siapkerja_identity_v1_ListPrivacyRequestsRequest__Output>
        ListPrivacyRequestsResponse: MessageTypeDefinition<_siapkerja_identity_v1_ListPrivacyRequestsResponse, _siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>
        ListSandboxVerificationCodesRequest: MessageTypeDefinition<_siapkerja_identity_v1_ListSandboxVerificationCodesRequest, _siapkerja_identity_v1_ListSandboxVerificationCodesRequest__Output>
        ListSandboxVerificationCodesResponse: MessageTypeDefinition<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse, _siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>
        LoginRequest: MessageTypeDefinition<_siapkerja_identity_v1_LoginRequest, _siapkerja_identity_v1_LoginRequest__Output>
        PersonTokens: MessageTypeDefinition<_siapkerja_identity_v1_PersonTokens, _siapkerja_identity_v1_PersonTokens__Output>
        PersonalDataExport: MessageTypeDefinition<_siapkerja_identity_v1_PersonalDataExport, _siapkerja_identity_v1_PersonalDataExport__Output>
        PrivacyRequest: MessageTypeDefinition<_siapkerja_identity_v1_PrivacyRequest, _siapkerja_identity_v1_PrivacyRequest__Output>
        RecordAccessesRequest: MessageTypeDefinition<_siapkerja_identity_v1_RecordAccessesRequest, _siapkerja_identity_v1_RecordAccessesRequest__Output>
        RecordAccessesResponse: MessageTypeDefinition<_siapkerja_identity_v1_RecordAccessesResponse, _siapkerja_identity_v1_RecordAccessesResponse__Output>
        RefreshSessionRequest: MessageTypeDefinition<_siapkerja_identity_v1_RefreshSessionRequest, _siapkerja_identity_v1_RefreshSessionRequest__Output>
        RequestPasswordResetRequest: MessageTypeDefinition<_siapkerja_identity_v1_RequestPasswordResetRequest, _siapkerja_identity_v1_RequestPasswordResetRequest__Output>
        RequestPasswordResetResponse: MessageTypeDefinition<_siapkerja_identity_v1_RequestPasswordResetResponse, _siapkerja_identity_v1_RequestPasswordResetResponse__Output>
        ResolvePrivacyRequestRequest: MessageTypeDefinition<_siapkerja_identity_v1_ResolvePrivacyRequestRequest, _siapkerja_identity_v1_ResolvePrivacyRequestRequest__Output>
        RevokeClientRequest: MessageTypeDefinition<_siapkerja_identity_v1_RevokeClientRequest, _siapkerja_identity_v1_RevokeClientRequest__Output>
        Revoked: MessageTypeDefinition<_siapkerja_identity_v1_Revoked, _siapkerja_identity_v1_Revoked__Output>
        RotateClientSecretRequest: MessageTypeDefinition<_siapkerja_identity_v1_RotateClientSecretRequest, _siapkerja_identity_v1_RotateClientSecretRequest__Output>
        RotateSigningKeyRequest: MessageTypeDefinition<_siapkerja_identity_v1_RotateSigningKeyRequest, _siapkerja_identity_v1_RotateSigningKeyRequest__Output>
        RotateSigningKeyResponse: MessageTypeDefinition<_siapkerja_identity_v1_RotateSigningKeyResponse, _siapkerja_identity_v1_RotateSigningKeyResponse__Output>
        RotatedClient: MessageTypeDefinition<_siapkerja_identity_v1_RotatedClient, _siapkerja_identity_v1_RotatedClient__Output>
        SandboxVerificationCode: MessageTypeDefinition<_siapkerja_identity_v1_SandboxVerificationCode, _siapkerja_identity_v1_SandboxVerificationCode__Output>
        SetAccountRolesRequest: MessageTypeDefinition<_siapkerja_identity_v1_SetAccountRolesRequest, _siapkerja_identity_v1_SetAccountRolesRequest__Output>
        SignUpRequest: MessageTypeDefinition<_siapkerja_identity_v1_SignUpRequest, _siapkerja_identity_v1_SignUpRequest__Output>
        SignUpResponse: MessageTypeDefinition<_siapkerja_identity_v1_SignUpResponse, _siapkerja_identity_v1_SignUpResponse__Output>
        SubjectStanding: MessageTypeDefinition<_siapkerja_identity_v1_SubjectStanding, _siapkerja_identity_v1_SubjectStanding__Output>
        VerifyAccountRequest: MessageTypeDefinition<_siapkerja_identity_v1_VerifyAccountRequest, _siapkerja_identity_v1_VerifyAccountRequest__Output>
        VerifyAccountResponse: MessageTypeDefinition<_siapkerja_identity_v1_VerifyAccountResponse, _siapkerja_identity_v1_VerifyAccountResponse__Output>
        WithdrawConsentRequest: MessageTypeDefinition<_siapkerja_identity_v1_WithdrawConsentRequest, _siapkerja_identity_v1_WithdrawConsentRequest__Output>
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

