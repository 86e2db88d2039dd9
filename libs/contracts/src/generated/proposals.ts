import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ChecklistItem as _siapkerja_entrepreneurship_v1_ChecklistItem, ChecklistItem__Output as _siapkerja_entrepreneurship_v1_ChecklistItem__Output } from './siapkerja/entrepreneurship/v1/ChecklistItem';
import type { CreateDecreeRequest as _siapkerja_entrepreneurship_v1_CreateDecreeRequest, CreateDecreeRequest__Output as _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output } from './siapkerja/entrepreneurship/v1/CreateDecreeRequest';
import type { CreateTrancheRequest as _siapkerja_entrepreneurship_v1_CreateTrancheRequest, CreateTrancheRequest__Output as _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output } from './siapkerja/entrepreneurship/v1/CreateTrancheRequest';
import type { Decree as _siapkerja_entrepreneurship_v1_Decree, Decree__Output as _siapkerja_entrepreneurship_v1_Decree__Output } from './siapkerja/entrepreneurship/v1/Decree';
import type { GetDecreeRequest as _siapkerja_entrepreneurship_v1_GetDecreeRequest, GetDecreeRequest__Output as _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output } from './siapkerja/entrepreneurship/v1/GetDecreeRequest';
import type { GetProposalRequest as _siapkerja_entrepreneurship_v1_GetProposalRequest, GetProposalRequest__Output as _siapkerja_entrepreneurship_v1_GetProposalRequest__Output } from './siapkerja/entrepreneurship/v1/GetProposalRequest';
import type { HistoryEntry as _siapkerja_entrepreneurship_v1_HistoryEntry, HistoryEntry__Output as _siapkerja_entrepreneurship_v1_HistoryEntry__Output } from './siapkerja/entrepreneurship/v1/HistoryEntry';
import type { ListProposalsRequest as _siapkerja_entrepreneurship_v1_ListProposalsRequest, ListProposalsRequest__Output as _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output } from './siapkerja/entrepreneurship/v1/ListProposalsRequest';
import type { ListProposalsResponse as _siapkerja_entrepreneurship_v1_ListProposalsResponse, ListProposalsResponse__Output as _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output } from './siapkerja/entrepreneurship/v1/ListProposalsResponse';
import type { Proposal as _siapkerja_entrepreneurship_v1_Proposal, Proposal__Output as _siapkerja_entrepreneurship_v1_Proposal__Output } from './siapkerja/entrepreneurship/v1/Proposal';
import type { SubmitProposalRequest as _siapkerja_entrepreneurship_v1_SubmitProposalRequest, SubmitProposalRequest__Output as _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output } from './siapkerja/entrepreneurship/v1/SubmitProposalRequest';
import type { Tranche as _siapkerja_entrepreneurship_v1_Tranche, Tranche__Output as _siapkerja_entrepreneurship_v1_Tranche__Output } from './siapkerja/entrepreneurship/v1/Tranche';
import type { VerifyProposalRequest as _siapkerja_entrepreneurship_v1_VerifyProposalRequest, VerifyProposalRequest__Output as _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output } from './siapkerja/entrepreneurship/v1/VerifyProposalRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    entrepreneurship: {
      v1: {
        ChecklistItem: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ChecklistItem, _siapkerja_entrepreneurship_v1_ChecklistItem__Output>
        CreateDecreeRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateDecreeRequest, _siapkerja_entrepreneurship_v1_CreateDecreeRequest__Output>
        CreateTrancheRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_CreateTrancheRequest, _siapkerja_entrepreneurship_v1_CreateTrancheRequest__Output>
        Decree: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Decree, _siapkerja_entrepreneurship_v1_Decree__Output>
        GetDecreeRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetDecreeRequest, _siapkerja_entrepreneurship_v1_GetDecreeRequest__Output>
        GetProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_GetProposalRequest, _siapkerja_entrepreneurship_v1_GetProposalRequest__Output>
        HistoryEntry: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_HistoryEntry, _siapkerja_entrepreneurship_v1_HistoryEntry__Output>
        ListProposalsRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProposalsRequest, _siapkerja_entrepreneurship_v1_ListProposalsRequest__Output>
        ListProposalsResponse: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_ListProposalsResponse, _siapkerja_entrepreneurship_v1_ListProposalsResponse__Output>
        Proposal: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Proposal, _siapkerja_entrepreneurship_v1_Proposal__Output>
        SubmitProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_SubmitProposalRequest, _siapkerja_entrepreneurship_v1_SubmitProposalRequest__Output>
        Tranche: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_Tranche, _siapkerja_entrepreneurship_v1_Tranche__Output>
        VerifyProposalRequest: MessageTypeDefinition<_siapkerja_entrepreneurship_v1_VerifyProposalRequest, _siapkerja_entrepreneurship_v1_VerifyProposalRequest__Output>
      }
    }
  }
}

