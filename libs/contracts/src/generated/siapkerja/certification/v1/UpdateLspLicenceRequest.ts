// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { LspStatus as _siapkerja_certification_v1_LspStatus, LspStatus__Output as _siapkerja_certification_v1_LspStatus__Output } from '../../../siapkerja/certification/v1/LspStatus';

export interface UpdateLspLicenceRequest {
  'id'?: (string);
  'status'?: (_siapkerja_certification_v1_LspStatus);
  'licenceNumber'?: (string);
  'licenceValidUntil'?: (string);
  'reason'?: (string);
}

export interface UpdateLspLicenceRequest__Output {
  'id': (string);
  'status': (_siapkerja_certification_v1_LspStatus__Output);
  'licenceNumber': (string);
  'licenceValidUntil': (string);
  'reason': (string);
}
