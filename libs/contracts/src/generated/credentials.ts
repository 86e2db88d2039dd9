import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { BatchVerifyCredentialsRequest as _siapkerja_certification_v1_BatchVerifyCredentialsRequest, BatchVerifyCredentialsRequest__Output as _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output } from './siapkerja/certification/v1/BatchVerifyCredentialsRequest';
import type { BatchVerifyCredentialsResponse as _siapkerja_certification_v1_BatchVerifyCredentialsResponse, BatchVerifyCredentialsResponse__Output as _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output } from './siapkerja/certification/v1/BatchVerifyCredentialsResponse';
import type { CertificateCredential as _siapkerja_certification_v1_CertificateCredential, CertificateCredential__Output as _siapkerja_certification_v1_CertificateCredential__Output } from './siapkerja/certification/v1/CertificateCredential';
import type { CredentialVerification as _siapkerja_certification_v1_CredentialVerification, CredentialVerification__Output as _siapkerja_certification_v1_CredentialVerification__Output } from './siapkerja/certification/v1/CredentialVerification';
import type { GetCertificateCredentialRequest as _siapkerja_certification_v1_GetCertificateCredentialRequest, GetCertificateCredentialRequest__Output as _siapkerja_certification_v1_GetCertificateCredentialRequest__Output } from './siapkerja/certification/v1/GetCertificateCredentialRequest';
import type { GetIssuerDocumentsRequest as _siapkerja_certification_v1_GetIssuerDocumentsRequest, GetIssuerDocumentsRequest__Output as _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output } from './siapkerja/certification/v1/GetIssuerDocumentsRequest';
import type { GetStatusListRequest as _siapkerja_certification_v1_GetStatusListRequest, GetStatusListRequest__Output as _siapkerja_certification_v1_GetStatusListRequest__Output } from './siapkerja/certification/v1/GetStatusListRequest';
import type { IssuerDocuments as _siapkerja_certification_v1_IssuerDocuments, IssuerDocuments__Output as _siapkerja_certification_v1_IssuerDocuments__Output } from './siapkerja/certification/v1/IssuerDocuments';
import type { RotateIssuerKeyRequest as _siapkerja_certification_v1_RotateIssuerKeyRequest, RotateIssuerKeyRequest__Output as _siapkerja_certification_v1_RotateIssuerKeyRequest__Output } from './siapkerja/certification/v1/RotateIssuerKeyRequest';
import type { RotateIssuerKeyResponse as _siapkerja_certification_v1_RotateIssuerKeyResponse, RotateIssuerKeyResponse__Output as _siapkerja_certification_v1_RotateIssuerKeyResponse__Output } from './siapkerja/certification/v1/RotateIssuerKeyResponse';
import type { StatusListCredential as _siapkerja_certification_v1_StatusListCredential, StatusListCredential__Output as _siapkerja_certification_v1_StatusListCredential__Output } from './siapkerja/certification/v1/StatusListCredential';
import type { VerifyCredentialRequest as _siapkerja_certification_v1_VerifyCredentialRequest, VerifyCredentialRequest__Output as _siapkerja_certification_v1_VerifyCredentialRequest__Output } from './siapkerja/certification/v1/VerifyCredentialRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    certification: {
      v1: {
        BatchVerifyCredentialsRequest: MessageTypeDefinition<_siapkerja_certification_v1_BatchVerifyCredentialsRequest, _siapkerja_certification_v1_BatchVerifyCredentialsRequest__Output>
        BatchVerifyCredentialsResponse: MessageTypeDefinition<_siapkerja_certification_v1_BatchVerifyCredentialsResponse, _siapkerja_certification_v1_BatchVerifyCredentialsResponse__Output>
        CertificateCredential: MessageTypeDefinition<_siapkerja_certification_v1_CertificateCredential, _siapkerja_certification_v1_CertificateCredential__Output>
        CredentialVerification: MessageTypeDefinition<_siapkerja_certification_v1_CredentialVerification, _siapkerja_certification_v1_CredentialVerification__Output>
        GetCertificateCredentialRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateCredentialRequest, _siapkerja_certification_v1_GetCertificateCredentialRequest__Output>
        GetIssuerDocumentsRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetIssuerDocumentsRequest, _siapkerja_certification_v1_GetIssuerDocumentsRequest__Output>
        GetStatusListRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetStatusListRequest, _siapkerja_certification_v1_GetStatusListRequest__Output>
        IssuerDocuments: MessageTypeDefinition<_siapkerja_certification_v1_IssuerDocuments, _siapkerja_certification_v1_IssuerDocuments__Output>
        RotateIssuerKeyRequest: MessageTypeDefinition<_siapkerja_certification_v1_RotateIssuerKeyRequest, _siapkerja_certification_v1_RotateIssuerKeyRequest__Output>
        RotateIssuerKeyResponse: MessageTypeDefinition<_siapkerja_certification_v1_RotateIssuerKeyResponse, _siapkerja_certification_v1_RotateIssuerKeyResponse__Output>
        StatusListCredential: MessageTypeDefinition<_siapkerja_certification_v1_StatusListCredential, _siapkerja_certification_v1_StatusListCredential__Output>
        VerificationResult: EnumTypeDefinition
        VerifyCredentialRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCredentialRequest, _siapkerja_certification_v1_VerifyCredentialRequest__Output>
      }
    }
  }
}

