import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { AppendImportLinesRequest as _siapkerja_integration_v1_AppendImportLinesRequest, AppendImportLinesRequest__Output as _siapkerja_integration_v1_AppendImportLinesRequest__Output } from './siapkerja/integration/v1/AppendImportLinesRequest';
import type { AppendImportLinesResponse as _siapkerja_integration_v1_AppendImportLinesResponse, AppendImportLinesResponse__Output as _siapkerja_integration_v1_AppendImportLinesResponse__Output } from './siapkerja/integration/v1/AppendImportLinesResponse';
import type { CompleteImportRequest as _siapkerja_integration_v1_CompleteImportRequest, CompleteImportRequest__Output as _siapkerja_integration_v1_CompleteImportRequest__Output } from './siapkerja/integration/v1/CompleteImportRequest';
import type { GetImportRequest as _siapkerja_integration_v1_GetImportRequest, GetImportRequest__Output as _siapkerja_integration_v1_GetImportRequest__Output } from './siapkerja/integration/v1/GetImportRequest';
import type { Import as _siapkerja_integration_v1_Import, Import__Output as _siapkerja_integration_v1_Import__Output } from './siapkerja/integration/v1/Import';
import type { ImportLine as _siapkerja_integration_v1_ImportLine, ImportLine__Output as _siapkerja_integration_v1_ImportLine__Output } from './siapkerja/integration/v1/ImportLine';
import type { ImportLineReceipt as _siapkerja_integration_v1_ImportLineReceipt, ImportLineReceipt__Output as _siapkerja_integration_v1_ImportLineReceipt__Output } from './siapkerja/integration/v1/ImportLineReceipt';
import type { ListImportReceiptsRequest as _siapkerja_integration_v1_ListImportReceiptsRequest, ListImportReceiptsRequest__Output as _siapkerja_integration_v1_ListImportReceiptsRequest__Output } from './siapkerja/integration/v1/ListImportReceiptsRequest';
import type { ListImportReceiptsResponse as _siapkerja_integration_v1_ListImportReceiptsResponse, ListImportReceiptsResponse__Output as _siapkerja_integration_v1_ListImportReceiptsResponse__Output } from './siapkerja/integration/v1/ListImportReceiptsResponse';
import type { StartImportRequest as _siapkerja_integration_v1_StartImportRequest, StartImportRequest__Output as _siapkerja_integration_v1_StartImportRequest__Output } from './siapkerja/integration/v1/StartImportRequest';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  siapkerja: {
    integration: {
      v1: {
        AppendImportLinesRequest: MessageTypeDefinition<_siapkerja_integration_v1_AppendImportLinesRequest, _siapkerja_integration_v1_AppendImportLinesRequest__Output>
        AppendImportLinesResponse: MessageTypeDefinition<_siapkerja_integration_v1_AppendImportLinesResponse, _siapkerja_integration_v1_AppendImportLinesResponse__Output>
        CompleteImportRequest: MessageTypeDefinition<_siapkerja_integration_v1_CompleteImportRequest, _siapkerja_integration_v1_CompleteImportRequest__Output>
        GetImportRequest: MessageTypeDefinition<_siapkerja_integration_v1_GetImportRequest, _siapkerja_integration_v1_GetImportRequest__Output>
        Import: MessageTypeDefinition<_siapkerja_integration_v1_Import, _siapkerja_integration_v1_Import__Output>
        ImportLine: MessageTypeDefinition<_siapkerja_integration_v1_ImportLine, _siapkerja_integration_v1_ImportLine__Output>
        ImportLineReceipt: MessageTypeDefinition<_siapkerja_integration_v1_ImportLineReceipt, _siapkerja_integration_v1_ImportLineReceipt__Output>
        ListImportReceiptsRequest: MessageTypeDefinition<_siapkerja_integration_v1_ListImportReceiptsRequest, _siapkerja_integration_v1_ListImportReceiptsRequest__Output>
        ListImportReceiptsResponse: MessageTypeDefinition<_siapkerja_integration_v1_ListImportReceiptsResponse, _siapkerja_integration_v1_ListImportReceiptsResponse__Output>
        StartImportRequest: MessageTypeDefinition<_siapkerja_integration_v1_StartImportRequest, _siapkerja_integration_v1_StartImportRequest__Output>
      }
    }
  }
}

