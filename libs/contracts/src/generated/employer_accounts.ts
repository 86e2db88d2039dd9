import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AddEmployerMemberRequest as _siapkerja_jobs_v1_AddEmployerMemberRequest, AddEmployerMemberRequest__Output as _siapkerja_jobs_v1_AddEmployerMemberRequest__Output } from './siapkerja/jobs/v1/AddEmployerMemberRequest';
import type { EmployerMember as _siapkerja_jobs_v1_EmployerMember, EmployerMember__Output as _siapkerja_jobs_v1_EmployerMember__Output } from './siapkerja/jobs/v1/EmployerMember';
import type { ListEmployerMembersRequest as _siapkerja_jobs_v1_ListEmployerMembersRequest, ListEmployerMembersRequest__Output as _siapkerja_jobs_v1_ListEmployerMembersRequest__Output } from './siapkerja/jobs/v1/ListEmployerMembersRequest';
import type { ListEmployerMembersResponse as _siapkerja_jobs_v1_ListEmployerMembersResponse, ListEmployerMembersResponse__Output as _siapkerja_jobs_v1_ListEmployerMembersResponse__Output } from './siapkerja/jobs/v1/ListEmployerMembersResponse';
import type { ListEmployersRequest as _siapkerja_jobs_v1_ListEmployersRequest, ListEmployersRequest__Output as _siapkerja_jobs_v1_ListEmployersRequest__Output } from './siapkerja/jobs/v1/ListEmployersRequest';
import type { RemoveEmployerMemberRequest as _siapkerja_jobs_v1_RemoveEmployerMemberRequest, RemoveEmployerMemberRequest__Output as _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output } from './siapkerja/jobs/v1/RemoveEmployerMemberRequest';
import type { RemoveEmployerMemberResponse as _siapkerja_jobs_v1_RemoveEmployerMemberResponse, RemoveEmployerMemberResponse__Output as _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output } from './siapkerja/jobs/v1/RemoveEmployerMemberResponse';
import type { VerifyEmployerRequest as _siapkerja_jobs_v1_VerifyEmployerRequest, VerifyEmployerRequest__Output as _siapkerja_jobs_v1_VerifyEmployerRequest__Output } from './siapkerja/jobs/v1/VerifyEmployerRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    jobs: {
      v1: {
        AddEmployerMemberRequest: MessageTypeDefinition<_siapkerja_jobs_v1_AddEmployerMemberRequest, _siapkerja_jobs_v1_AddEmployerMemberRequest__Output>
        EmployerMember: MessageTypeDefinition<_siapkerja_jobs_v1_EmployerMember, _siapkerja_jobs_v1_EmployerMember__Output>
        EmployerMemberRole: EnumTypeDefinition
        ListEmployerMembersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployerMembersRequest, _siapkerja_jobs_v1_ListEmployerMembersRequest__Output>
        ListEmployerMembersResponse: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployerMembersResponse, _siapkerja_jobs_v1_ListEmployerMembersResponse__Output>
        ListEmployersRequest: MessageTypeDefinition<_siapkerja_jobs_v1_ListEmployersRequest, _siapkerja_jobs_v1_ListEmployersRequest__Output>
        RemoveEmployerMemberRequest: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveEmployerMemberRequest, _siapkerja_jobs_v1_RemoveEmployerMemberRequest__Output>
        RemoveEmployerMemberResponse: MessageTypeDefinition<_siapkerja_jobs_v1_RemoveEmployerMemberResponse, _siapkerja_jobs_v1_RemoveEmployerMemberResponse__Output>
        VerificationStatus: EnumTypeDefinition
        VerifyEmployerRequest: MessageTypeDefinition<_siapkerja_jobs_v1_VerifyEmployerRequest, _siapkerja_jobs_v1_VerifyEmployerRequest__Output>
      }
    }
  }
}

