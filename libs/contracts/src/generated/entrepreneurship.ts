import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CreateGroupRequest as _siapkerja_entrepreneurship_v1_CreateGroupRequest, CreateGroupRequest__Output as _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output } from './siapkerja/entrepreneurship/v1/CreateGroupRequest';
import type { EntrepreneurshipServiceClient as _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceClient, EntrepreneurshipServiceDefinition as _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceDefinition } from './siapkerja/entrepreneurship/v1/EntrepreneurshipService';
import type { GetGroupRequest as _siapkerja_entrepreneurship_v1_GetGroupRequest, GetGroupRequest__Output as _siapkerja_entrepreneurship_v1_GetGroupRequest__Output } from './siapkerja/entrepreneurship/v1/GetGroupRequest';
import type { Group as _siapkerja_entrepreneurship_v1_Group, Group__Output as _siapkerja_entrepreneurship_v1_Group__Output } from './siapkerja/entrepreneurship/v1/Group';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    entrepreneurship: {
      v1: {
        CreateGroupRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateGroupRequest, _siapkerja_entrepreneurship_v1_CreateGroupRequest__Output>
        EntrepreneurshipService: SubtypeConstructor<typeof grpc.Client, _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceClient> & { service: _siapkerja_entrepreneurship_v1_EntrepreneurshipServiceDefinition }
        GetGroupRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetGroupRequest, _siapkerja_entrepreneurship_v1_GetGroupRequest__Output>
        Group: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Group, _siapkerja_entrepreneurship_v1_Group__Output>
        ProgramKind: EnumTypeDefinition
      }
    }
  }
}

