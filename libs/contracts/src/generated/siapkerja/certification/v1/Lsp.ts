// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { LspType as _siapkerja_certification_v1_LspType, LspType__Output as _siapkerja_certification_v1_LspType__Output } from '../../../siapkerja/certification/v1/LspType';
import type { LspStatus as _siapkerja_certification_v1_LspStatus, LspStatus__Output as _siapkerja_certification_v1_LspStatus__Output } from '../../../siapkerja/certification/v1/LspStatus';

export interface Lsp {
  'id'?: (string);
  'name'?: (string);
  'lspType'?: (_siapkerja_certification_v1_LspType);
  'licenceNumber'?: (string);
  'licenceValidUntil'?: (string);
  'regionCode'?: (string);
  'status'?: (_siapkerja_certification_v1_LspStatus);
  'statusReason'?: (string);
  'licensedSchemeIds'?: (string)[];
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Lsp__Output {
  'id': (string);
  'name': (string);
  'lspType': (_siapkerja_certification_v1_LspType__Output);
  'licenceNumber': (string);
  'licenceValidUntil': (string);
  'regionCode': (string);
  'status': (_siapkerja_certification_v1_LspStatus__Output);
  'statusReason': (string);
  'licensedSchemeIds': (string)[];
  'createTime': (string);
  'updateTime': (string);
}
