import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { Batch as _siapkerja_training_v1_Batch, Batch__Output as _siapkerja_training_v1_Batch__Output } from './siapkerja/training/v1/Batch';
import type { BatchSession as _siapkerja_training_v1_BatchSession, BatchSession__Output as _siapkerja_training_v1_BatchSession__Output } from './siapkerja/training/v1/BatchSession';
import type { CreateBatchRequest as _siapkerja_training_v1_CreateBatchRequest, CreateBatchRequest__Output as _siapkerja_training_v1_CreateBatchRequest__Output } from './siapkerja/training/v1/CreateBatchRequest';
import type { GetBatchRequest as _siapkerja_training_v1_GetBatchRequest, GetBatchRequest__Output as _siapkerja_training_v1_GetBatchRequest__Output } from './siapkerja/training/v1/GetBatchRequest';
import type { ListBatchesRequest as _siapkerja_training_v1_ListBatchesRequest, ListBatchesRequest__Output as _siapkerja_training_v1_ListBatchesRequest__Output } from './siapkerja/training/v1/ListBatchesRequest';
import type { ListBatchesResponse as _siapkerja_training_v1_ListBatchesResponse, ListBatchesResponse__Output as _siapkerja_training_v1_ListBatchesResponse__Output } from './siapkerja/training/v1/ListBatchesResponse';
import type { TransitionBatchRequest as _siapkerja_training_v1_TransitionBatchRequest, TransitionBatchRequest__Output as _siapkerja_training_v1_TransitionBatchRequest__Output } from './siapkerja/training/v1/TransitionBatchRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        Batch: MessageTypeDefinition<_siapkerja_training_v1_Batch, _siapkerja_training_v1_Batch__Output>
        BatchMode: EnumTypeDefinition
        BatchSession: MessageTypeDefinition<_siapkerja_training_v1_BatchSession, _siapkerja_training_v1_BatchSession__Output>
        BatchState: EnumTypeDefinition
        CreateBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_CreateBatchRequest, _siapkerja_training_v1_CreateBatchRequest__Output>
        GetBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_GetBatchRequest, _siapkerja_training_v1_GetBatchRequest__Output>
        ListBatchesRequest: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesRequest, _siapkerja_training_v1_ListBatchesRequest__Output>
        ListBatchesResponse: MessageTypeDefinition<_siapkerja_training_v1_ListBatchesResponse, _siapkerja_training_v1_ListBatchesResponse__Output>
        TransitionBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_TransitionBatchRequest, _siapkerja_training_v1_TransitionBatchRequest__Output>
      }
    }
  }
}

