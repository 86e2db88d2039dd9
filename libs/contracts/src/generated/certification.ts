import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CertificationServiceClient as _siapkerja_certification_v1_CertificationServiceClient, CertificationServiceDefinition as _siapkerja_certification_v1_CertificationServiceDefinition } from './siapkerja/certification/v1/CertificationService';
import type { CreateSchemeRequest as _siapkerja_certification_v1_CreateSchemeRequest, CreateSchemeRequest__Output as _siapkerja_certification_v1_CreateSchemeRequest__Output } from './siapkerja/certification/v1/CreateSchemeRequest';
import type { GetSchemeRequest as _siapkerja_certification_v1_GetSchemeRequest, GetSchemeRequest__Output as _siapkerja_certification_v1_GetSchemeRequest__Output } from './siapkerja/certification/v1/GetSchemeRequest';
import type { Scheme as _siapkerja_certification_v1_Scheme, Scheme__Output as _siapkerja_certification_v1_Scheme__Output } from './siapkerja/certification/v1/Scheme';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    certification: {
      v1: {
        CertificationService: SubtypeConstructor<typeof grpc.Client, _siapkerja_certification_v1_CertificationServiceClient> & { service: _siapkerja_certification_v1_CertificationServiceDefinition }
        CreateSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_CreateSchemeRequest, _siapkerja_certification_v1_CreateSchemeRequest__Output>
        GetSchemeRequest: MessageTypeDefinition<_siapkerja_certification_v1_GetSchemeRequest, _siapkerja_certification_v1_GetSchemeRequest__Output>
        Scheme: MessageTypeDefinition<_siapkerja_certification_v1_Scheme, _siapkerja_certification_v1_Scheme__Output>
        SchemeType: EnumTypeDefinition
      }
    }
  }
}

