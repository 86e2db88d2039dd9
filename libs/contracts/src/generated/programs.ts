import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateProgramRequest as _siapkerja_entrepreneurship_v1_CreateProgramRequest, CreateProgramRequest__Output as _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output } from './siapkerja/entrepreneurship/v1/CreateProgramRequest';
import type { GetProgramRequest as _siapkerja_entrepreneurship_v1_GetProgramRequest, GetProgramRequest__Output as _siapkerja_entrepreneurship_v1_GetProgramRequest__Output } from './siapkerja/entrepreneurship/v1/GetProgramRequest';
import type { ListProgramsRequest as _siapkerja_entrepreneurship_v1_ListProgramsRequest, ListProgramsRequest__Output as _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output } from './siapkerja/entrepreneurship/v1/ListProgramsRequest';
import type { ListProgramsResponse as _siapkerja_entrepreneurship_v1_ListProgramsResponse, ListProgramsResponse__Output as _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output } from './siapkerja/entrepreneurship/v1/ListProgramsResponse';
import type { Program as _siapkerja_entrepreneurship_v1_Program, Program__Output as _siapkerja_entrepreneurship_v1_Program__Output } from './siapkerja/entrepreneurship/v1/Program';
import type { ProgramQuota as _siapkerja_entrepreneurship_v1_ProgramQuota, ProgramQuota__Output as _siapkerja_entrepreneurship_v1_ProgramQuota__Output } from './siapkerja/entrepreneurship/v1/ProgramQuota';
import type { SetProgramQuotaRequest as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, SetProgramQuotaRequest__Output as _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output } from './siapkerja/entrepreneurship/v1/SetProgramQuotaRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    entrepreneurship: {
      v1: {
        CreateProgramRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateProgramRequest, _siapkerja_entrepreneurship_v1_CreateProgramRequest__Output>
        GetProgramRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetProgramRequest, _siapkerja_entrepreneurship_v1_GetProgramRequest__Output>
        ListProgramsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProgramsRequest, _siapkerja_entrepreneurship_v1_ListProgramsRequest__Output>
        ListProgramsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProgramsResponse, _siapkerja_entrepreneurship_v1_ListProgramsResponse__Output>
        Program: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Program, _siapkerja_entrepreneurship_v1_Program__Output>
        ProgramQuota: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ProgramQuota, _siapkerja_entrepreneurship_v1_ProgramQuota__Output>
        SetProgramQuotaRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_SetProgramQuotaRequest, _siapkerja_entrepreneurship_v1_SetProgramQuotaRequest__Output>
      }
    }
  }
}

