import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Accreditation as _siapkerja_training_v1_Accreditation, Accreditation__Output as _siapkerja_training_v1_Accreditation__Output } from './siapkerja/training/v1/Accreditation';
import type { CreateTrainingProviderRequest as _siapkerja_training_v1_CreateTrainingProviderRequest, CreateTrainingProviderRequest__Output as _siapkerja_training_v1_CreateTrainingProviderRequest__Output } from './siapkerja/training/v1/CreateTrainingProviderRequest';
import type { GetTrainingProviderRequest as _siapkerja_training_v1_GetTrainingProviderRequest, GetTrainingProviderRequest__Output as _siapkerja_training_v1_GetTrainingProviderRequest__Output } from './siapkerja/training/v1/GetTrainingProviderRequest';
import type { ListTrainingProvidersRequest as _siapkerja_training_v1_ListTrainingProvidersRequest, ListTrainingProvidersRequest__Output as _siapkerja_training_v1_ListTrainingProvidersRequest__Output } from './siapkerja/training/v1/ListTrainingProvidersRequest';
import type { ListTrainingProvidersResponse as _siapkerja_training_v1_ListTrainingProvidersResponse, ListTrainingProvidersResponse__Output as _siapkerja_training_v1_ListTrainingProvidersResponse__Output } from './siapkerja/training/v1/ListTrainingProvidersResponse';
import type { ProviderContact as _siapkerja_training_v1_ProviderContact, ProviderContact__Output as _siapkerja_training_v1_ProviderContact__Output } from './siapkerja/training/v1/ProviderContact';
import type { TrainingProvider as _siapkerja_training_v1_TrainingProvider, TrainingProvider__Output as _siapkerja_training_v1_TrainingProvider__Output } from './siapkerja/training/v1/TrainingProvider';
import type { VerifyTrainingProviderRequest as _siapkerja_training_v1_VerifyTrainingProviderRequest, VerifyTrainingProviderRequest__Output as _siapkerja_training_v1_VerifyTrainingProviderRequest__Output } from './siapkerja/training/v1/VerifyTrainingProviderRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        Accreditation: MessageTypeDefinition<_siapkerja_training_v1_Accreditation, _siapkerja_training_v1_Accreditation__Output>
        CreateTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateTrainingProviderRequest, _siapkerja_training_v1_CreateTrainingProviderRequest__Output>
        GetTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_GetTrainingProviderRequest, _siapkerja_training_v1_GetTrainingProviderRequest__Output>
        ListTrainingProvidersRequest: MessageTypeDefinition<_siapkerja_training_v1_ListTrainingProvidersRequest, _siapkerja_training_v1_ListTrainingProvidersRequest__Output>
        ListTrainingProvidersResponse: MessageTypeDefinition<_siapkerja_training_v1_ListTrainingProvidersResponse, _siapkerja_training_v1_ListTrainingProvidersResponse__Output>
        ProviderContact: MessageTypeDefinition<_siapkerja_training_v1_ProviderContact, _siapkerja_training_v1_ProviderContact__Output>
        ProviderKind: EnumTypeDefinition
        TrainingProvider: MessageTypeDefinition<_siapkerja_training_v1_TrainingProvider, _siapkerja_training_v1_TrainingProvider__Output>
        VerifyTrainingProviderRequest: MessageTypeDefinition<_siapkerja_training_v1_VerifyTrainingProviderRequest, _siapkerja_training_v1_VerifyTrainingProviderRequest__Output>
      }
    }
  }
}

