import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from './siapkerja/certification/v1/Certificate';
import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from './siapkerja/certification/v1/CertificateHolder';
import type { CertificateStatusChange as _siapkerja_certification_v1_CertificateStatusChange, CertificateStatusChange__Output as _siapkerja_certification_v1_CertificateStatusChange__Output } from './siapkerja/certification/v1/CertificateStatusChange';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from './siapkerja/certification/v1/CertificateVerification';
import type { CertificationServiceClient as _siapkerja_certification_v1_CertificationServiceClient, CertificationServiceDefinition as _siapkerja_certification_v1_CertificationServiceDefinition } from './siapkerja/certification/v1/CertificationService';
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from './siapkerja/certification/v1/CreateSchemeRequest';
import type { ExportPersonDataRequest as _siapkerja_certification_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_certification_v1_ExportPersonDataRequest__Output } from './siapkerja/certification/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_certification_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_certification_v1_ExportPersonDataResponse__Output } from './siapkerja/certification/v1/ExportPersonDataResponse';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from './siapkerja/certification/v1/GetCertificateRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from './siapkerja/certification/v1/GetSchemeRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from './siapkerja/certification/v1/IssueCertificateRequest';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from './siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from './siapkerja/certification/v1/ListCertificatesResponse';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from './siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from './siapkerja/certification/v1/RevokeCertificateRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from './siapkerja/certification/v1/Scheme';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from './siapkerja/certification/v1/SuspendCertificateRequest';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from './siapkerja/certification/v1/VerifyCertificateRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    certification: {
      v1: {
        Certificate: MessageTypeDefinition<_siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_Certificate__Output>
        CertificateHolder: MessageTypeDefinition<_siapkerja_certification_v1_CertificateHolder, _siapkerja_certification_v1_CertificateHolder__Output>
        CertificateStatus: EnumTypeDefinition
        CertificateStatusChange: MessageTypeDefinition<_siapkerja_certification_v1_CertificateStatusChange, _siapkerja_certification_v1_CertificateStatusChange__Output>
        CertificateVerification: MessageTypeDefinition<_siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_CertificateVerification__Output>
        CertificationService: SubtypeConstructor<typeof grpc.Client, _siapkerja_certification_v1_CertificationServiceClient> & { service: _siapkerja_certification_v1_CertificationServiceDefinition }
        CreateSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_CreateSchemeRequest__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataRequest, _siapkerja_certification_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataResponse, _siapkerja_certification_v1_ExportPersonDataResponse__Output>
        GetCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_GetCertificateRequest__Output>
        GetSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_GetSchemeRequest__Output>
        IssueCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_IssueCertificateRequest__Output>
        ListCertificatesRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesRequest__Output>
        ListCertificatesResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesResponse__Output>
        ReinstateCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_ReinstateCertificateRequest__Output>
        RevokeCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_RevokeCertificateRequest__Output>
        Scheme: MessageTypeDefinition<_siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_Scheme__Output>
        SchemeType: EnumTypeDefinition
        SuspendCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_SuspendCertificateRequest__Output>
        VerifyCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_VerifyCertificateRequest__Output>
      }
    }
  }
}

