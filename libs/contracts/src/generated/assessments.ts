import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Assessment as _siapkerja_certification_v1_Assessment, Assessment__Output as _siapkerja_certification_v1_Assessment__Output } from './siapkerja/certification/v1/Assessment';
import type { Certificate as _siapkerja_certification_v1_Certificate, Certificate__Output as _siapkerja_certification_v1_Certificate__Output } from './siapkerja/certification/v1/Certificate';
import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from './siapkerja/certification/v1/CertificateHolder';
import type { CertificateStatusChange as _siapkerja_certification_v1_CertificateStatusChange, CertificateStatusChange__Output as _siapkerja_certification_v1_CertificateStatusChange__Output } from './siapkerja/certification/v1/CertificateStatusChange';
import type { CertificateVerification as _siapkerja_certification_v1_CertificateVerification, CertificateVerification__Output as _siapkerja_certification_v1_CertificateVerification__Output } from './siapkerja/certification/v1/CertificateVerification';
import type { CreateAssessmentRequest as _siapkerja_certification_v1_CreateAssessmentRequest, CreateAssessmentRequest__Output as _siapkerja_certification_v1_CreateAssessmentRequest__Output } from './siapkerja/certification/v1/CreateAssessmentRequest';
import type { DecideAssessmentRequest as _siapkerja_certification_v1_DecideAssessmentRequest, DecideAssessmentRequest__Output as _siapkerja_certification_v1_DecideAssessmentRequest__Output } from './siapkerja/certification/v1/DecideAssessmentRequest';
import type { ExportPersonDataRequest as _siapkerja_certification_v1_ExportPersonDataRequest, ExportPersonDataRequest__Output as _siapkerja_certification_v1_ExportPersonDataRequest__Output } from './siapkerja/certification/v1/ExportPersonDataRequest';
import type { ExportPersonDataResponse as _siapkerja_certification_v1_ExportPersonDataResponse, ExportPersonDataResponse__Output as _siapkerja_certification_v1_ExportPersonDataResponse__Output } from './siapkerja/certification/v1/ExportPersonDataResponse';
import type { GetAssessmentRequest as _siapkerja_certification_v1_GetAssessmentRequest, GetAssessmentRequest__Output as _siapkerja_certification_v1_GetAssessmentRequest__Output } from './siapkerja/certification/v1/GetAssessmentRequest';
import type { GetCertificateRequest as _siapkerja_certification_v1_GetCertificateRequest, GetCertificateRequest__Output as _siapkerja_certification_v1_GetCertificateRequest__Output } from './siapkerja/certification/v1/GetCertificateRequest';
import type { IssueCertificateRequest as _siapkerja_certification_v1_IssueCertificateRequest, IssueCertificateRequest__Output as _siapkerja_certification_v1_IssueCertificateRequest__Output } from './siapkerja/certification/v1/IssueCertificateRequest';
import type { ListCertificatesRequest as _siapkerja_certification_v1_ListCertificatesRequest, ListCertificatesRequest__Output as _siapkerja_certification_v1_ListCertificatesRequest__Output } from './siapkerja/certification/v1/ListCertificatesRequest';
import type { ListCertificatesResponse as _siapkerja_certification_v1_ListCertificatesResponse, ListCertificatesResponse__Output as _siapkerja_certification_v1_ListCertificatesResponse__Output } from './siapkerja/certification/v1/ListCertificatesResponse';
import type { RecordAssessmentResultsRequest as _siapkerja_certification_v1_RecordAssessmentResultsRequest, RecordAssessmentResultsRequest__Output as _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output } from './siapkerja/certification/v1/RecordAssessmentResultsRequest';
import type { ReinstateCertificateRequest as _siapkerja_certification_v1_ReinstateCertificateRequest, ReinstateCertificateRequest__Output as _siapkerja_certification_v1_ReinstateCertificateRequest__Output } from './siapkerja/certification/v1/ReinstateCertificateRequest';
import type { RevokeCertificateRequest as _siapkerja_certification_v1_RevokeCertificateRequest, RevokeCertificateRequest__Output as _siapkerja_certification_v1_RevokeCertificateRequest__Output } from './siapkerja/certification/v1/RevokeCertificateRequest';
import type { ScheduleAssessmentRequest as _siapkerja_certification_v1_ScheduleAssessmentRequest, ScheduleAssessmentRequest__Output as _siapkerja_certification_v1_ScheduleAssessmentRequest__Output } from './siapkerja/certification/v1/ScheduleAssessmentRequest';
import type { SuspendCertificateRequest as _siapkerja_certification_v1_SuspendCertificateRequest, SuspendCertificateRequest__Output as _siapkerja_certification_v1_SuspendCertificateRequest__Output } from './siapkerja/certification/v1/SuspendCertificateRequest';
import type { UnitResult as _siapkerja_certification_v1_UnitResult, UnitResult__Output as _siapkerja_certification_v1_UnitResult__Output } from './siapkerja/certification/v1/UnitResult';
import type { UnitSelfAssessment as _siapkerja_certification_v1_UnitSelfAssessment, UnitSelfAssessment__Output as _siapkerja_certification_v1_UnitSelfAssessment__Output } from './siapkerja/certification/v1/UnitSelfAssessment';
import type { VerifyCertificateRequest as _siapkerja_certification_v1_VerifyCertificateRequest, VerifyCertificateRequest__Output as _siapkerja_certification_v1_VerifyCertificateRequest__Output } from './siapkerja/certification/v1/VerifyCertificateRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    certification: {
      v1: {
        Assessment: MessageTypeDefinition<_siapkerja_certification_v1_Assessment, _siapkerja_certification_v1_Assessment__Output>
        AssessmentStatus: EnumTypeDefinition
        Certificate: MessageTypeDefinition<_siapkerja_certification_v1_Certificate, _siapkerja_certification_v1_Certificate__Output>
        CertificateHolder: MessageTypeDefinition<_siapkerja_certification_v1_CertificateHolder, _siapkerja_certification_v1_CertificateHolder__Output>
        CertificateStatus: EnumTypeDefinition
        CertificateStatusChange: MessageTypeDefinition<_siapkerja_certification_v1_CertificateStatusChange, _siapkerja_certification_v1_CertificateStatusChange__Output>
        CertificateVerification: MessageTypeDefinition<_siapkerja_certification_v1_CertificateVerification, _siapkerja_certification_v1_CertificateVerification__Output>
        CreateAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateAssessmentRequest, _siapkerja_certification_v1_CreateAssessmentRequest__Output>
        DecideAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_DecideAssessmentRequest, _siapkerja_certification_v1_DecideAssessmentRequest__Output>
        ExportPersonDataRequest: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataRequest, _siapkerja_certification_v1_ExportPersonDataRequest__Output>
        ExportPersonDataResponse: MessageTypeDefinition<_siapkerja_certification_v1_ExportPersonDataResponse, _siapkerja_certification_v1_ExportPersonDataResponse__Output>
        GetAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetAssessmentRequest, _siapkerja_certification_v1_GetAssessmentRequest__Output>
        GetCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetCertificateRequest, _siapkerja_certification_v1_GetCertificateRequest__Output>
        IssueCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_IssueCertificateRequest, _siapkerja_certification_v1_IssueCertificateRequest__Output>
        ListCertificatesRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesRequest, _siapkerja_certification_v1_ListCertificatesRequest__Output>
        ListCertificatesResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListCertificatesResponse, _siapkerja_certification_v1_ListCertificatesResponse__Output>
        RecordAssessmentResultsRequest: MessageTypeDefinition<_siapkerja_certification_v1_RecordAssessmentResultsRequest, _siapkerja_certification_v1_RecordAssessmentResultsRequest__Output>
        ReinstateCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_ReinstateCertificateRequest, _siapkerja_certification_v1_ReinstateCertificateRequest__Output>
        RevokeCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_RevokeCertificateRequest, _siapkerja_certification_v1_RevokeCertificateRequest__Output>
        ScheduleAssessmentRequest: MessageTypeDefinition<_siapkerja_certification_v1_ScheduleAssessmentRequest, _siapkerja_certification_v1_ScheduleAssessmentRequest__Output>
        SuspendCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_SuspendCertificateRequest, _siapkerja_certification_v1_SuspendCertificateRequest__Output>
        UnitResult: MessageTypeDefinition<_siapkerja_certification_v1_UnitResult, _siapkerja_certification_v1_UnitResult__Output>
        UnitSelfAssessment: MessageTypeDefinition<_siapkerja_certification_v1_UnitSelfAssessment, _siapkerja_certification_v1_UnitSelfAssessment__Output>
        UnitVerdict: EnumTypeDefinition
        VerifyCertificateRequest: MessageTypeDefinition<_siapkerja_certification_v1_VerifyCertificateRequest, _siapkerja_certification_v1_VerifyCertificateRequest__Output>
      }
    }
  }
}

