// Original file: proto/siapkerja/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AccessToken as _siapkerja_identity_v1_AccessToken, AccessToken__Output as _siapkerja_identity_v1_AccessToken__Output } from '../../../siapkerja/identity/v1/AccessToken';
import type { Account as _siapkerja_identity_v1_Account, Account__Output as _siapkerja_identity_v1_Account__Output } from '../../../siapkerja/identity/v1/Account';
import type { CheckSessionRequest as _siapkerja_identity_v1_CheckSessionRequest, CheckSessionRequest__Output as _siapkerja_identity_v1_CheckSessionRequest__Output } from '../../../siapkerja/identity/v1/CheckSessionRequest';
import type { CheckSessionResponse as _siapkerja_identity_v1_CheckSessionResponse, CheckSessionResponse__Output as _siapkerja_identity_v1_CheckSessionResponse__Output } from '../../../siapkerja/identity/v1/CheckSessionResponse';
import type { Client as _siapkerja_identity_v1_Client, Client__Output as _siapkerja_identity_v1_Client__Output } from '../../../siapkerja/identity/v1/Client';
import type { ClientCredentials as _siapkerja_identity_v1_ClientCredentials, ClientCredentials__Output as _siapkerja_identity_v1_ClientCredentials__Output } from '../../../siapkerja/identity/v1/ClientCredentials';
import type { ClientWithSecrets as _siapkerja_identity_v1_ClientWithSecrets, ClientWithSecrets__Output as _siapkerja_identity_v1_ClientWithSecrets__Output } from '../../../siapkerja/identity/v1/ClientWithSecrets';
import type { ConfirmPasswordResetRequest as _siapkerja_identity_v1_ConfirmPasswordResetRequest, ConfirmPasswordResetRequest__Output as _siapkerja_identity_v1_ConfirmPasswordResetRequest__Output } from '../../../siapkerja/identity/v1/ConfirmPasswordResetRequest';
import type { ConfirmPasswordResetResponse as _siapkerja_identity_v1_ConfirmPasswordResetResponse, ConfirmPasswordResetResponse__Output as _siapkerja_identity_v1_ConfirmPasswordResetResponse__Output } from '../../../siapkerja/identity/v1/ConfirmPasswordResetResponse';
import type { Consent as _siapkerja_identity_v1_Consent, Consent__Output as _siapkerja_identity_v1_Consent__Output } from '../../../siapkerja/identity/v1/Consent';
import type { CreateClientRequest as _siapkerja_identity_v1_CreateClientRequest, CreateClientRequest__Output as _siapkerja_identity_v1_CreateClientRequest__Output } from '../../../siapkerja/identity/v1/CreateClientRequest';
import type { CreatePrivacyRequestRequest as _siapkerja_identity_v1_CreatePrivacyRequestRequest, CreatePrivacyRequestRequest__Output as _siapkerja_identity_v1_CreatePrivacyRequestRequest__Output } from '../../../siapkerja/identity/v1/CreatePrivacyRequestRequest';
import type { EndSessionRequest as _siapkerja_identity_v1_EndSessionRequest, EndSessionRequest__Output as _siapkerja_identity_v1_EndSessionRequest__Output } from '../../../siapkerja/identity/v1/EndSessionRequest';
import type { EndSessionResponse as _siapkerja_identity_v1_EndSessionResponse, EndSessionResponse__Output as _siapkerja_identity_v1_EndSessionResponse__Output } from '../../../siapkerja/identity/v1/EndSessionResponse';
import type { ExportPersonalDataRequest as _siapkerja_identity_v1_ExportPersonalDataRequest, ExportPersonalDataRequest__Output as _siapkerja_identity_v1_ExportPersonalDataRequest__Output } from '../../../siapkerja/identity/v1/ExportPersonalDataRequest';
import type { GetAccountRequest as _siapkerja_identity_v1_GetAccountRequest, GetAccountRequest__Output as _siapkerja_identity_v1_GetAccountRequest__Output } from '../../../siapkerja/identity/v1/GetAccountRequest';
import type { GetClientCredentialsRequest as _siapkerja_identity_v1_GetClientCredentialsRequest, GetClientCredentialsRequest__Output as _siapkerja_identity_v1_GetClientCredentialsRequest__Output } from '../../../siapkerja/identity/v1/GetClientCredentialsRequest';
import type { GetJwksRequest as _siapkerja_identity_v1_GetJwksRequest, GetJwksRequest__Output as _siapkerja_identity_v1_GetJwksRequest__Output } from '../../../siapkerja/identity/v1/GetJwksRequest';
import type { GetPrivacyRequestRequest as _siapkerja_identity_v1_GetPrivacyRequestRequest, GetPrivacyRequestRequest__Output as _siapkerja_identity_v1_GetPrivacyRequestRequest__Output } from '../../../siapkerja/identity/v1/GetPrivacyRequestRequest';
import type { GetSubjectStandingRequest as _siapkerja_identity_v1_GetSubjectStandingRequest, GetSubjectStandingRequest__Output as _siapkerja_identity_v1_GetSubjectStandingRequest__Output } from '../../../siapkerja/identity/v1/GetSubjectStandingRequest';
import type { GiveConsentRequest as _siapkerja_identity_v1_GiveConsentRequest, GiveConsentRequest__Output as _siapkerja_identity_v1_GiveConsentRequest__Output } from '../../../siapkerja/identity/v1/GiveConsentRequest';
import type { GiveConsentResponse as _siapkerja_identity_v1_GiveConsentResponse, GiveConsentResponse__Output as _siapkerja_identity_v1_GiveConsentResponse__Output } from '../../../siapkerja/identity/v1/GiveConsentResponse';
import type { IssueClientTokenRequest as _siapkerja_identity_v1_IssueClientTokenRequest, IssueClientTokenRequest__Output as _siapkerja_identity_v1_IssueClientTokenRequest__Output } from '../../../siapkerja/identity/v1/IssueClientTokenRequest';
import type { Jwks as _siapkerja_identity_v1_Jwks, Jwks__Output as _siapkerja_identity_v1_Jwks__Output } from '../../../siapkerja/identity/v1/Jwks';
import type { ListAccessLogRequest as _siapkerja_identity_v1_ListAccessLogRequest, ListAccessLogRequest__Output as _siapkerja_identity_v1_ListAccessLogRequest__Output } from '../../../siapkerja/identity/v1/ListAccessLogRequest';
import type { ListAccessLogResponse as _siapkerja_identity_v1_ListAccessLogResponse, ListAccessLogResponse__Output as _siapkerja_identity_v1_ListAccessLogResponse__Output } from '../../../siapkerja/identity/v1/ListAccessLogResponse';
import type { ListClientsRequest as _siapkerja_identity_v1_ListClientsRequest, ListClientsRequest__Output as _siapkerja_identity_v1_ListClientsRequest__Output } from '../../../siapkerja/identity/v1/ListClientsRequest';
import type { ListClientsResponse as _siapkerja_identity_v1_ListClientsResponse, ListClientsResponse__Output as _siapkerja_identity_v1_ListClientsResponse__Output } from '../../../siapkerja/identity/v1/ListClientsResponse';
import type { ListConsentsRequest as _siapkerja_identity_v1_ListConsentsRequest, ListConsentsRequest__Output as _siapkerja_identity_v1_ListConsentsRequest__Output } from '../../../siapkerja/identity/v1/ListConsentsRequest';
import type { ListConsentsResponse as _siapkerja_identity_v1_ListConsentsResponse, ListConsentsResponse__Output as _siapkerja_identity_v1_ListConsentsResponse__Output } from '../../../siapkerja/identity/v1/ListConsentsResponse';
import type { ListPrivacyRequestsRequest as _siapkerja_identity_v1_ListPrivacyRequestsRequest, ListPrivacyRequestsRequest__Output as _siapkerja_identity_v1_ListPrivacyRequestsRequest__Output } from '../../../siapkerja/identity/v1/ListPrivacyRequestsRequest';
import type { ListPrivacyRequestsResponse as _siapkerja_identity_v1_ListPrivacyRequestsResponse, ListPrivacyRequestsResponse__Output as _siapkerja_identity_v1_ListPrivacyRequestsResponse__Output } from '../../../siapkerja/identity/v1/ListPrivacyRequestsResponse';
import type { ListSandboxVerificationCodesRequest as _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, ListSandboxVerificationCodesRequest__Output as _siapkerja_identity_v1_ListSandboxVerificationCodesRequest__Output } from '../../../siapkerja/identity/v1/ListSandboxVerificationCodesRequest';
import type { ListSandboxVerificationCodesResponse as _siapkerja_identity_v1_ListSandboxVerificationCodesResponse, ListSandboxVerificationCodesResponse__Output as _siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output } from '../../../siapkerja/identity/v1/ListSandboxVerificationCodesResponse';
import type { LoginRequest as _siapkerja_identity_v1_LoginRequest, LoginRequest__Output as _siapkerja_identity_v1_LoginRequest__Output } from '../../../siapkerja/identity/v1/LoginRequest';
import type { PersonTokens as _siapkerja_identity_v1_PersonTokens, PersonTokens__Output as _siapkerja_identity_v1_PersonTokens__Output } from '../../../siapkerja/identity/v1/PersonTokens';
import type { PersonalDataExport as _siapkerja_identity_v1_PersonalDataExport, PersonalDataExport__Output as _siapkerja_identity_v1_PersonalDataExport__Output } from '../../../siapkerja/identity/v1/PersonalDataExport';
import type { PrivacyRequest as _siapkerja_identity_v1_PrivacyRequest, PrivacyRequest__Output as _siapkerja_identity_v1_PrivacyRequest__Output } from '../../../siapkerja/identity/v1/PrivacyRequest';
import type { RecordAccessesRequest as _siapkerja_identity_v1_RecordAccessesRequest, RecordAccessesRequest__Output as _siapkerja_identity_v1_RecordAccessesRequest__Output } from '../../../siapkerja/identity/v1/RecordAccessesRequest';
import type { RecordAccessesResponse as _siapkerja_identity_v1_RecordAccessesResponse, RecordAccessesResponse__Output as _siapkerja_identity_v1_RecordAccessesResponse__Output } from '../../../siapkerja/identity/v1/RecordAccessesResponse';
import type { RefreshSessionRequest as _siapkerja_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _siapkerja_identity_v1_RefreshSessionRequest__Output } from '../../../siapkerja/identity/v1/RefreshSessionRequest';
import type { RequestPasswordResetRequest as _siapkerja_identity_v1_RequestPasswordResetRequest, RequestPasswordResetRequest__Output as _siapkerja_identity_v1_RequestPasswordResetRequest__Output } from '../../../siapkerja/identity/v1/RequestPasswordResetRequest';
import type { RequestPasswordResetResponse as _siapkerja_identity_v1_RequestPasswordResetResponse, RequestPasswordResetResponse__Output as _siapkerja_identity_v1_RequestPasswordResetResponse__Output } from '../../../siapkerja/identity/v1/RequestPasswordResetResponse';
import type { ResolvePrivacyRequestRequest as _siapkerja_identity_v1_ResolvePrivacyRequestRequest, ResolvePrivacyRequestRequest__Output as _siapkerja_identity_v1_ResolvePrivacyRequestRequest__Output } from '../../../siapkerja/identity/v1/ResolvePrivacyRequestRequest';
import type { RevokeClientRequest as _siapkerja_identity_v1_RevokeClientRequest, RevokeClientRequest__Output as _siapkerja_identity_v1_RevokeClientRequest__Output } from '../../../siapkerja/identity/v1/RevokeClientRequest';
import type { RotateClientSecretRequest as _siapkerja_identity_v1_RotateClientSecretRequest, RotateClientSecretRequest__Output as _siapkerja_identity_v1_RotateClientSecretRequest__Output } from '../../../siapkerja/identity/v1/RotateClientSecretRequest';
import type { RotateSigningKeyRequest as _siapkerja_identity_v1_RotateSigningKeyRequest, RotateSigningKeyRequest__Output as _siapkerja_identity_v1_RotateSigningKeyRequest__Output } from '../../../siapkerja/identity/v1/RotateSigningKeyRequest';
import type { RotateSigningKeyResponse as _siapkerja_identity_v1_RotateSigningKeyResponse, RotateSigningKeyResponse__Output as _siapkerja_identity_v1_RotateSigningKeyResponse__Output } from '../../../siapkerja/identity/v1/RotateSigningKeyResponse';
import type { RotatedClient as _siapkerja_identity_v1_RotatedClient, RotatedClient__Output as _siapkerja_identity_v1_RotatedClient__Output } from '../../../siapkerja/identity/v1/RotatedClient';
import type { SetAccountRolesRequest as _siapkerja_identity_v1_SetAccountRolesRequest, SetAccountRolesRequest__Output as _siapkerja_identity_v1_SetAccountRolesRequest__Output } from '../../../siapkerja/identity/v1/SetAccountRolesRequest';
import type { SignUpRequest as _siapkerja_identity_v1_SignUpRequest, SignUpRequest__Output as _siapkerja_identity_v1_SignUpRequest__Output } from '../../../siapkerja/identity/v1/SignUpRequest';
import type { SignUpResponse as _siapkerja_identity_v1_SignUpResponse, SignUpResponse__Output as _siapkerja_identity_v1_SignUpResponse__Output } from '../../../siapkerja/identity/v1/SignUpResponse';
import type { SubjectStanding as _siapkerja_identity_v1_SubjectStanding, SubjectStanding__Output as _siapkerja_identity_v1_SubjectStanding__Output } from '../../../siapkerja/identity/v1/SubjectStanding';
import type { VerifyAccountRequest as _siapkerja_identity_v1_VerifyAccountRequest, VerifyAccountRequest__Output as _siapkerja_identity_v1_VerifyAccountRequest__Output } from '../../../siapkerja/identity/v1/VerifyAccountRequest';
import type { VerifyAccountResponse as _siapkerja_identity_v1_VerifyAccountResponse, VerifyAccountResponse__Output as _siapkerja_identity_v1_VerifyAccountResponse__Output } from '../../../siapkerja/identity/v1/VerifyAccountResponse';
import type { WithdrawConsentRequest as _siapkerja_identity_v1_WithdrawConsentRequest, WithdrawConsentRequest__Output as _siapkerja_identity_v1_WithdrawConsentRequest__Output } from '../../../siapkerja/identity/v1/WithdrawConsentRequest';

export interface IdentityServiceClient extends grpc.Client {
  CheckSession(argument: _siapkerja_identity_v1_CheckSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  CheckSession(argument: _siapkerja_identity_v1_CheckSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  CheckSession(argument: _siapkerja_identity_v1_CheckSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  CheckSession(argument: _siapkerja_identity_v1_CheckSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  checkSession(argument: _siapkerja_identity_v1_CheckSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  checkSession(argument: _siapkerja_identity_v1_CheckSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  checkSession(argument: _siapkerja_identity_v1_CheckSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  checkSession(argument: _siapkerja_identity_v1_CheckSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_CheckSessionResponse__Output>): grpc.ClientUnaryCall;
  
  ConfirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  ConfirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  confirmPasswordReset(argument: _siapkerja_identity_v1_ConfirmPasswordResetRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  
  CreateClient(argument: _siapkerja_identity_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _siapkerja_identity_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _siapkerja_identity_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  CreateClient(argument: _siapkerja_identity_v1_CreateClientRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  createClient(argument: _siapkerja_identity_v1_CreateClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  createClient(argument: _siapkerja_identity_v1_CreateClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  createClient(argument: _siapkerja_identity_v1_CreateClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  createClient(argument: _siapkerja_identity_v1_CreateClientRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientWithSecrets__Output>): grpc.ClientUnaryCall;
  
  CreatePrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  CreatePrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  CreatePrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  CreatePrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  createPrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  createPrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  createPrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  createPrivacyRequest(argument: _siapkerja_identity_v1_CreatePrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  
  EndSession(argument: _siapkerja_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _siapkerja_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _siapkerja_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _siapkerja_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _siapkerja_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _siapkerja_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _siapkerja_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _siapkerja_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  
  ExportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  ExportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  ExportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  ExportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  exportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  exportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  exportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  exportPersonalData(argument: _siapkerja_identity_v1_ExportPersonalDataRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonalDataExport__Output>): grpc.ClientUnaryCall;
  
  GetAccount(argument: _siapkerja_identity_v1_GetAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GetAccount(argument: _siapkerja_identity_v1_GetAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GetAccount(argument: _siapkerja_identity_v1_GetAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  GetAccount(argument: _siapkerja_identity_v1_GetAccountRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  getAccount(argument: _siapkerja_identity_v1_GetAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  getAccount(argument: _siapkerja_identity_v1_GetAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  getAccount(argument: _siapkerja_identity_v1_GetAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  getAccount(argument: _siapkerja_identity_v1_GetAccountRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  GetClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  GetClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  GetClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  GetClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  getClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  getClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  getClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  getClientCredentials(argument: _siapkerja_identity_v1_GetClientCredentialsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ClientCredentials__Output>): grpc.ClientUnaryCall;
  
  GetJwks(argument: _siapkerja_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _siapkerja_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _siapkerja_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _siapkerja_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _siapkerja_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _siapkerja_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _siapkerja_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _siapkerja_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Jwks__Output>): grpc.ClientUnaryCall;
  
  GetPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  GetPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  GetPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  GetPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  getPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  getPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  getPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  getPrivacyRequest(argument: _siapkerja_identity_v1_GetPrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  
  GetSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  GetSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  GetSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  GetSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  getSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  getSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  getSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  getSubjectStanding(argument: _siapkerja_identity_v1_GetSubjectStandingRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_SubjectStanding__Output>): grpc.ClientUnaryCall;
  
  GiveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  GiveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  GiveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  GiveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  giveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  giveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  giveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  giveConsent(argument: _siapkerja_identity_v1_GiveConsentRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_GiveConsentResponse__Output>): grpc.ClientUnaryCall;
  
  IssueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  issueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  issueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  issueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  issueClientToken(argument: _siapkerja_identity_v1_IssueClientTokenRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_AccessToken__Output>): grpc.ClientUnaryCall;
  
  ListAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  ListAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  listAccessLog(argument: _siapkerja_identity_v1_ListAccessLogRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListAccessLogResponse__Output>): grpc.ClientUnaryCall;
  
  ListClients(argument: _siapkerja_identity_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _siapkerja_identity_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _siapkerja_identity_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  ListClients(argument: _siapkerja_identity_v1_ListClientsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _siapkerja_identity_v1_ListClientsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _siapkerja_identity_v1_ListClientsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _siapkerja_identity_v1_ListClientsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  listClients(argument: _siapkerja_identity_v1_ListClientsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListClientsResponse__Output>): grpc.ClientUnaryCall;
  
  ListConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  ListConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  listConsents(argument: _siapkerja_identity_v1_ListConsentsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListConsentsResponse__Output>): grpc.ClientUnaryCall;
  
  ListPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  ListPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  listPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  listPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  listPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  listPrivacyRequests(argument: _siapkerja_identity_v1_ListPrivacyRequestsRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>): grpc.ClientUnaryCall;
  
  ListSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  ListSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  ListSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  ListSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  listSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  listSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  listSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  listSandboxVerificationCodes(argument: _siapkerja_identity_v1_ListSandboxVerificationCodesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _siapkerja_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _siapkerja_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _siapkerja_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  Login(argument: _siapkerja_identity_v1_LoginRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  login(argument: _siapkerja_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  login(argument: _siapkerja_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  login(argument: _siapkerja_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  login(argument: _siapkerja_identity_v1_LoginRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  
  RecordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  RecordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  RecordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  RecordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  recordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  recordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  recordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  recordAccesses(argument: _siapkerja_identity_v1_RecordAccessesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RecordAccessesResponse__Output>): grpc.ClientUnaryCall;
  
  RefreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _siapkerja_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PersonTokens__Output>): grpc.ClientUnaryCall;
  
  RequestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  RequestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  requestPasswordReset(argument: _siapkerja_identity_v1_RequestPasswordResetRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RequestPasswordResetResponse__Output>): grpc.ClientUnaryCall;
  
  ResolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  ResolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  ResolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  ResolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  resolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  resolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  resolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  resolvePrivacyRequest(argument: _siapkerja_identity_v1_ResolvePrivacyRequestRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_PrivacyRequest__Output>): grpc.ClientUnaryCall;
  
  RevokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  RevokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  RevokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  RevokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  revokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  revokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  revokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  revokeClient(argument: _siapkerja_identity_v1_RevokeClientRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Client__Output>): grpc.ClientUnaryCall;
  
  RotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  RotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  RotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  RotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  rotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  rotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  rotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  rotateClientSecret(argument: _siapkerja_identity_v1_RotateClientSecretRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RotatedClient__Output>): grpc.ClientUnaryCall;
  
  RotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  RotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  rotateSigningKey(argument: _siapkerja_identity_v1_RotateSigningKeyRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_RotateSigningKeyResponse__Output>): grpc.ClientUnaryCall;
  
  SetAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  SetAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  SetAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  SetAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  setAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  setAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  setAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  setAccountRoles(argument: _siapkerja_identity_v1_SetAccountRolesRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Account__Output>): grpc.ClientUnaryCall;
  
  SignUp(argument: _siapkerja_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _siapkerja_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _siapkerja_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  SignUp(argument: _siapkerja_identity_v1_SignUpRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _siapkerja_identity_v1_SignUpRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _siapkerja_identity_v1_SignUpRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _siapkerja_identity_v1_SignUpRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  signUp(argument: _siapkerja_identity_v1_SignUpRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_SignUpResponse__Output>): grpc.ClientUnaryCall;
  
  VerifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  VerifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  VerifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  VerifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  verifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  verifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  verifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  verifyAccount(argument: _siapkerja_identity_v1_VerifyAccountRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_VerifyAccountResponse__Output>): grpc.ClientUnaryCall;
  
  WithdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  WithdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  WithdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  WithdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  withdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  withdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  withdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  withdrawConsent(argument: _siapkerja_identity_v1_WithdrawConsentRequest, callback: grpc.requestCallback<_siapkerja_identity_v1_Consent__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  CheckSession: grpc.handleUnaryCall<_siapkerja_identity_v1_CheckSessionRequest__Output, _siapkerja_identity_v1_CheckSessionResponse>;
  
  ConfirmPasswordReset: grpc.handleUnaryCall<_siapkerja_identity_v1_ConfirmPasswordResetRequest__Output, _siapkerja_identity_v1_ConfirmPasswordResetResponse>;
  
  CreateClient: grpc.handleUnaryCall<_siapkerja_identity_v1_CreateClientRequest__Output, _siapkerja_identity_v1_ClientWithSecrets>;
  
  CreatePrivacyRequest: grpc.handleUnaryCall<_siapkerja_identity_v1_CreatePrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest>;
  
  EndSession: grpc.handleUnaryCall<_siapkerja_identity_v1_EndSessionRequest__Output, _siapkerja_identity_v1_EndSessionResponse>;
  
  ExportPersonalData: grpc.handleUnaryCall<_siapkerja_identity_v1_ExportPersonalDataRequest__Output, _siapkerja_identity_v1_PersonalDataExport>;
  
  GetAccount: grpc.handleUnaryCall<_siapkerja_identity_v1_GetAccountRequest__Output, _siapkerja_identity_v1_Account>;
  
  GetClientCredentials: grpc.handleUnaryCall<_siapkerja_identity_v1_GetClientCredentialsRequest__Output, _siapkerja_identity_v1_ClientCredentials>;
  
  GetJwks: grpc.handleUnaryCall<_siapkerja_identity_v1_GetJwksRequest__Output, _siapkerja_identity_v1_Jwks>;
  
  GetPrivacyRequest: grpc.handleUnaryCall<_siapkerja_identity_v1_GetPrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest>;
  
  GetSubjectStanding: grpc.handleUnaryCall<_siapkerja_identity_v1_GetSubjectStandingRequest__Output, _siapkerja_identity_v1_SubjectStanding>;
  
  GiveConsent: grpc.handleUnaryCall<_siapkerja_identity_v1_GiveConsentRequest__Output, _siapkerja_identity_v1_GiveConsentResponse>;
  
  IssueClientToken: grpc.handleUnaryCall<_siapkerja_identity_v1_IssueClientTokenRequest__Output, _siapkerja_identity_v1_AccessToken>;
  
  ListAccessLog: grpc.handleUnaryCall<_siapkerja_identity_v1_ListAccessLogRequest__Output, _siapkerja_identity_v1_ListAccessLogResponse>;
  
  ListClients: grpc.handleUnaryCall<_siapkerja_identity_v1_ListClientsRequest__Output, _siapkerja_identity_v1_ListClientsResponse>;
  
  ListConsents: grpc.handleUnaryCall<_siapkerja_identity_v1_ListConsentsRequest__Output, _siapkerja_identity_v1_ListConsentsResponse>;
  
  ListPrivacyRequests: grpc.handleUnaryCall<_siapkerja_identity_v1_ListPrivacyRequestsRequest__Output, _siapkerja_identity_v1_ListPrivacyRequestsResponse>;
  
  ListSandboxVerificationCodes: grpc.handleUnaryCall<_siapkerja_identity_v1_ListSandboxVerificationCodesRequest__Output, _siapkerja_identity_v1_ListSandboxVerificationCodesResponse>;
  
  Login: grpc.handleUnaryCall<_siapkerja_identity_v1_LoginRequest__Output, _siapkerja_identity_v1_PersonTokens>;
  
  RecordAccesses: grpc.handleUnaryCall<_siapkerja_identity_v1_RecordAccessesRequest__Output, _siapkerja_identity_v1_RecordAccessesResponse>;
  
  RefreshSession: grpc.handleUnaryCall<_siapkerja_identity_v1_RefreshSessionRequest__Output, _siapkerja_identity_v1_PersonTokens>;
  
  RequestPasswordReset: grpc.handleUnaryCall<_siapkerja_identity_v1_RequestPasswordResetRequest__Output, _siapkerja_identity_v1_RequestPasswordResetResponse>;
  
  ResolvePrivacyRequest: grpc.handleUnaryCall<_siapkerja_identity_v1_ResolvePrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest>;
  
  RevokeClient: grpc.handleUnaryCall<_siapkerja_identity_v1_RevokeClientRequest__Output, _siapkerja_identity_v1_Client>;
  
  RotateClientSecret: grpc.handleUnaryCall<_siapkerja_identity_v1_RotateClientSecretRequest__Output, _siapkerja_identity_v1_RotatedClient>;
  
  RotateSigningKey: grpc.handleUnaryCall<_siapkerja_identity_v1_RotateSigningKeyRequest__Output, _siapkerja_identity_v1_RotateSigningKeyResponse>;
  
  SetAccountRoles: grpc.handleUnaryCall<_siapkerja_identity_v1_SetAccountRolesRequest__Output, _siapkerja_identity_v1_Account>;
  
  SignUp: grpc.handleUnaryCall<_siapkerja_identity_v1_SignUpRequest__Output, _siapkerja_identity_v1_SignUpResponse>;
  
  VerifyAccount: grpc.handleUnaryCall<_siapkerja_identity_v1_VerifyAccountRequest__Output, _siapkerja_identity_v1_VerifyAccountResponse>;
  
  WithdrawConsent: grpc.handleUnaryCall<_siapkerja_identity_v1_WithdrawConsentRequest__Output, _siapkerja_identity_v1_Consent>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  CheckSession: MethodDefinition<_siapkerja_identity_v1_CheckSessionRequest, _siapkerja_identity_v1_CheckSessionResponse, _siapkerja_identity_v1_CheckSessionRequest__Output, _siapkerja_identity_v1_CheckSessionResponse__Output>
  ConfirmPasswordReset: MethodDefinition<_siapkerja_identity_v1_ConfirmPasswordResetRequest, _siapkerja_identity_v1_ConfirmPasswordResetResponse, _siapkerja_identity_v1_ConfirmPasswordResetRequest__Output, _siapkerja_identity_v1_ConfirmPasswordResetResponse__Output>
  CreateClient: MethodDefinition<_siapkerja_identity_v1_CreateClientRequest, _siapkerja_identity_v1_ClientWithSecrets, _siapkerja_identity_v1_CreateClientRequest__Output, _siapkerja_identity_v1_ClientWithSecrets__Output>
  CreatePrivacyRequest: MethodDefinition<_siapkerja_identity_v1_CreatePrivacyRequestRequest, _siapkerja_identity_v1_PrivacyRequest, _siapkerja_identity_v1_CreatePrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest__Output>
  EndSession: MethodDefinition<_siapkerja_identity_v1_EndSessionRequest, _siapkerja_identity_v1_EndSessionResponse, _siapkerja_identity_v1_EndSessionRequest__Output, _siapkerja_identity_v1_EndSessionResponse__Output>
  ExportPersonalData: MethodDefinition<_siapkerja_identity_v1_ExportPersonalDataRequest, _siapkerja_identity_v1_PersonalDataExport, _siapkerja_identity_v1_ExportPersonalDataRequest__Output, _siapkerja_identity_v1_PersonalDataExport__Output>
  GetAccount: MethodDefinition<_siapkerja_identity_v1_GetAccountRequest, _siapkerja_identity_v1_Account, _siapkerja_identity_v1_GetAccountRequest__Output, _siapkerja_identity_v1_Account__Output>
  GetClientCredentials: MethodDefinition<_siapkerja_identity_v1_GetClientCredentialsRequest, _siapkerja_identity_v1_ClientCredentials, _siapkerja_identity_v1_GetClientCredentialsRequest__Output, _siapkerja_identity_v1_ClientCredentials__Output>
  GetJwks: MethodDefinition<_siapkerja_identity_v1_GetJwksRequest, _siapkerja_identity_v1_Jwks, _siapkerja_identity_v1_GetJwksRequest__Output, _siapkerja_identity_v1_Jwks__Output>
  GetPrivacyRequest: MethodDefinition<_siapkerja_identity_v1_GetPrivacyRequestRequest, _siapkerja_identity_v1_PrivacyRequest, _siapkerja_identity_v1_GetPrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest__Output>
  GetSubjectStanding: MethodDefinition<_siapkerja_identity_v1_GetSubjectStandingRequest, _siapkerja_identity_v1_SubjectStanding, _siapkerja_identity_v1_GetSubjectStandingRequest__Output, _siapkerja_identity_v1_SubjectStanding__Output>
  GiveConsent: MethodDefinition<_siapkerja_identity_v1_GiveConsentRequest, _siapkerja_identity_v1_GiveConsentResponse, _siapkerja_identity_v1_GiveConsentRequest__Output, _siapkerja_identity_v1_GiveConsentResponse__Output>
  IssueClientToken: MethodDefinition<_siapkerja_identity_v1_IssueClientTokenRequest, _siapkerja_identity_v1_AccessToken, _siapkerja_identity_v1_IssueClientTokenRequest__Output, _siapkerja_identity_v1_AccessToken__Output>
  ListAccessLog: MethodDefinition<_siapkerja_identity_v1_ListAccessLogRequest, _siapkerja_identity_v1_ListAccessLogResponse, _siapkerja_identity_v1_ListAccessLogRequest__Output, _siapkerja_identity_v1_ListAccessLogResponse__Output>
  ListClients: MethodDefinition<_siapkerja_identity_v1_ListClientsRequest, _siapkerja_identity_v1_ListClientsResponse, _siapkerja_identity_v1_ListClientsRequest__Output, _siapkerja_identity_v1_ListClientsResponse__Output>
  ListConsents: MethodDefinition<_siapkerja_identity_v1_ListConsentsRequest, _siapkerja_identity_v1_ListConsentsResponse, _siapkerja_identity_v1_ListConsentsRequest__Output, _siapkerja_identity_v1_ListConsentsResponse__Output>
  ListPrivacyRequests: MethodDefinition<_siapkerja_identity_v1_ListPrivacyRequestsRequest, _siapkerja_identity_v1_ListPrivacyRequestsResponse, _siapkerja_identity_v1_ListPrivacyRequestsRequest__Output, _siapkerja_identity_v1_ListPrivacyRequestsResponse__Output>
  ListSandboxVerificationCodes: MethodDefinition<_siapkerja_identity_v1_ListSandboxVerificationCodesRequest, _siapkerja_identity_v1_ListSandboxVerificationCodesResponse, _siapkerja_identity_v1_ListSandboxVerificationCodesRequest__Output, _siapkerja_identity_v1_ListSandboxVerificationCodesResponse__Output>
  Login: MethodDefinition<_siapkerja_identity_v1_LoginRequest, _siapkerja_identity_v1_PersonTokens, _siapkerja_identity_v1_LoginRequest__Output, _siapkerja_identity_v1_PersonTokens__Output>
  RecordAccesses: MethodDefinition<_siapkerja_identity_v1_RecordAccessesRequest, _siapkerja_identity_v1_RecordAccessesResponse, _siapkerja_identity_v1_RecordAccessesRequest__Output, _siapkerja_identity_v1_RecordAccessesResponse__Output>
  RefreshSession: MethodDefinition<_siapkerja_identity_v1_RefreshSessionRequest, _siapkerja_identity_v1_PersonTokens, _siapkerja_identity_v1_RefreshSessionRequest__Output, _siapkerja_identity_v1_PersonTokens__Output>
  RequestPasswordReset: MethodDefinition<_siapkerja_identity_v1_RequestPasswordResetRequest, _siapkerja_identity_v1_RequestPasswordResetResponse, _siapkerja_identity_v1_RequestPasswordResetRequest__Output, _siapkerja_identity_v1_RequestPasswordResetResponse__Output>
  ResolvePrivacyRequest: MethodDefinition<_siapkerja_identity_v1_ResolvePrivacyRequestRequest, _siapkerja_identity_v1_PrivacyRequest, _siapkerja_identity_v1_ResolvePrivacyRequestRequest__Output, _siapkerja_identity_v1_PrivacyRequest__Output>
  RevokeClient: MethodDefinition<_siapkerja_identity_v1_RevokeClientRequest, _siapkerja_identity_v1_Client, _siapkerja_identity_v1_RevokeClientRequest__Output, _siapkerja_identity_v1_Client__Output>
  RotateClientSecret: MethodDefinition<_siapkerja_identity_v1_RotateClientSecretRequest, _siapkerja_identity_v1_RotatedClient, _siapkerja_identity_v1_RotateClientSecretRequest__Output, _siapkerja_identity_v1_RotatedClient__Output>
  RotateSigningKey: MethodDefinition<_siapkerja_identity_v1_RotateSigningKeyRequest, _siapkerja_identity_v1_RotateSigningKeyResponse, _siapkerja_identity_v1_RotateSigningKeyRequest__Output, _siapkerja_identity_v1_RotateSigningKeyResponse__Output>
  SetAccountRoles: MethodDefinition<_siapkerja_identity_v1_SetAccountRolesRequest, _siapkerja_identity_v1_Account, _siapkerja_identity_v1_SetAccountRolesRequest__Output, _siapkerja_identity_v1_Account__Output>
  SignUp: MethodDefinition<_siapkerja_identity_v1_SignUpRequest, _siapkerja_identity_v1_SignUpResponse, _siapkerja_identity_v1_SignUpRequest__Output, _siapkerja_identity_v1_SignUpResponse__Output>
  VerifyAccount: MethodDefinition<_siapkerja_identity_v1_VerifyAccountRequest, _siapkerja_identity_v1_VerifyAccountResponse, _siapkerja_identity_v1_VerifyAccountRequest__Output, _siapkerja_identity_v1_VerifyAccountResponse__Output>
  WithdrawConsent: MethodDefinition<_siapkerja_identity_v1_WithdrawConsentRequest, _siapkerja_identity_v1_Consent, _siapkerja_identity_v1_WithdrawConsentRequest__Output, _siapkerja_identity_v1_Consent__Output>
}
