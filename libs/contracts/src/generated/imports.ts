import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { ApplyImportBatchRequest as _siapkerja_training_v1_ApplyImportBatchRequest, ApplyImportBatchRequest__Output as _siapkerja_training_v1_ApplyImportBatchRequest__Output } from './siapkerja/training/v1/ApplyImportBatchRequest';
import type { ApplyImportBatchResponse as _siapkerja_training_v1_ApplyImportBatchResponse, ApplyImportBatchResponse__Output as _siapkerja_training_v1_ApplyImportBatchResponse__Output } from './siapkerja/training/v1/ApplyImportBatchResponse';
import type { ImportReceipt as _siapkerja_training_v1_ImportReceipt, ImportReceipt__Output as _siapkerja_training_v1_ImportReceipt__Output } from './siapkerja/training/v1/ImportReceipt';
import type { ImportRecord as _siapkerja_training_v1_ImportRecord, ImportRecord__Output as _siapkerja_training_v1_ImportRecord__Output } from './siapkerja/training/v1/ImportRecord';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    training: {
      v1: {
        ApplyImportBatchRequest: MessageTypeDefinition<_siapkerja_training_v1_ApplyImportBatchRequest, _siapkerja_training_v1_ApplyImportBatchRequest__Output>
        ApplyImportBatchResponse: MessageTypeDefinition<_siapkerja_training_v1_ApplyImportBatchResponse, _siapkerja_training_v1_ApplyImportBatchResponse__Output>
        ImportReceipt: MessageTypeDefinition<_siapkerja_training_v1_ImportReceipt, _siapkerja_training_v1_ImportReceipt__Output>
        ImportRecord: MessageTypeDefinition<_siapkerja_training_v1_ImportRecord, _siapkerja_training_v1_ImportRecord__Output>
      }
    }
  }
}

