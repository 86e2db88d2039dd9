import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Assessor as _siapkerja_certification_v1_Assessor, Assessor__Output as _siapkerja_certification_v1_Assessor__Output } from './siapkerja/certification/v1/Assessor';
import type { CreateAssessorRequest as _siapkerja_certification_v1_CreateAssessorRequest, CreateAssessorRequest__Output as _siapkerja_certification_v1_CreateAssessorRequest__Output } from './siapkerja/certification/v1/CreateAssessorRequest';
import type { CreateLspRequest as _siapkerja_certification_v1_CreateLspRequest, CreateLspRequest__Output as _siapkerja_certification_v1_CreateLspRequest__Output } from './siapkerja/certification/v1/CreateLspRequest';
import type { CreateTukRequest as _siapkerja_certification_v1_CreateTukRequest, CreateTukRequest__Output as _siapkerja_certification_v1_CreateTukRequest__Output } from './siapkerja/certification/v1/CreateTukRequest';
import type { GetLspRequest as _siapkerja_certification_v1_GetLspRequest, GetLspRequest__Output as _siapkerja_certification_v1_GetLspRequest__Output } from './siapkerja/certification/v1/GetLspRequest';
import type { ListAssessorsRequest as _siapkerja_certification_v1_ListAssessorsRequest, ListAssessorsRequest__Output as _siapkerja_certification_v1_ListAssessorsRequest__Output } from './siapkerja/certification/v1/ListAssessorsRequest';
import type { ListAssessorsResponse as _siapkerja_certification_v1_ListAssessorsResponse, ListAssessorsResponse__Output as _siapkerja_certification_v1_ListAssessorsResponse__Output } from './siapkerja/certification/v1/ListAssessorsResponse';
import type { ListLspsRequest as _siapkerja_certification_v1_ListLspsRequest, ListLspsRequest__Output as _siapkerja_certification_v1_ListLspsRequest__Output } from './siapkerja/certification/v1/ListLspsRequest';
import type { ListLspsResponse as _siapkerja_certification_v1_ListLspsResponse, ListLspsResponse__Output as _siapkerja_certification_v1_ListLspsResponse__Output } from './siapkerja/certification/v1/ListLspsResponse';
import type { ListTuksRequest as _siapkerja_certification_v1_ListTuksRequest, ListTuksRequest__Output as _siapkerja_certification_v1_ListTuksRequest__Output } from './siapkerja/certification/v1/ListTuksRequest';
import type { ListTuksResponse as _siapkerja_certification_v1_ListTuksResponse, ListTuksResponse__Output as _siapkerja_certification_v1_ListTuksResponse__Output } from './siapkerja/certification/v1/ListTuksResponse';
import type { Lsp as _siapkerja_certification_v1_Lsp, Lsp__Output as _siapkerja_certification_v1_Lsp__Output } from './siapkerja/certification/v1/Lsp';
import type { Tuk as _siapkerja_certification_v1_Tuk, Tuk__Output as _siapkerja_certification_v1_Tuk__Output } from './siapkerja/certification/v1/Tuk';
import type { UpdateLspLicenceRequest as _siapkerja_certification_v1_UpdateLspLicenceRequest, UpdateLspLicenceRequest__Output as _siapkerja_certification_v1_UpdateLspLicenceRequest__Output } from './siapkerja/certification/v1/UpdateLspLicenceRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    certification: {
      v1: {
        Assessor: MessageTypeDefinition<_siapkerja_certification_v1_Assessor, _siapkerja_certification_v1_Assessor__Output>
        CreateAssessorRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateAssessorRequest, _siapkerja_certification_v1_CreateAssessorRequest__Output>
        CreateLspRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateLspRequest, _siapkerja_certification_v1_CreateLspRequest__Output>
        CreateTukRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateTukRequest, _siapkerja_certification_v1_CreateTukRequest__Output>
        GetLspRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetLspRequest, _siapkerja_certification_v1_GetLspRequest__Output>
        ListAssessorsRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListAssessorsRequest, _siapkerja_certification_v1_ListAssessorsRequest__Output>
        ListAssessorsResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListAssessorsResponse, _siapkerja_certification_v1_ListAssessorsResponse__Output>
        ListLspsRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListLspsRequest, _siapkerja_certification_v1_ListLspsRequest__Output>
        ListLspsResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListLspsResponse, _siapkerja_certification_v1_ListLspsResponse__Output>
        ListTuksRequest: MessageTypeDefinition<_siapkerja_certification_v1_ListTuksRequest, _siapkerja_certification_v1_ListTuksRequest__Output>
        ListTuksResponse: MessageTypeDefinition<_siapkerja_certification_v1_ListTuksResponse, _siapkerja_certification_v1_ListTuksResponse__Output>
        Lsp: MessageTypeDefinition<_siapkerja_certification_v1_Lsp, _siapkerja_certification_v1_Lsp__Output>
        LspStatus: EnumTypeDefinition
        LspType: EnumTypeDefinition
        Tuk: MessageTypeDefinition<_siapkerja_certification_v1_Tuk, _siapkerja_certification_v1_Tuk__Output>
        TukKind: EnumTypeDefinition
        UpdateLspLicenceRequest: MessageTypeDefinition<_siapkerja_certification_v1_UpdateLspLicenceRequest, _siapkerja_certification_v1_UpdateLspLicenceRequest__Output>
      }
    }
  }
}

