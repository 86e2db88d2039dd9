// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateStatus as _siapkerja_certification_v1_CertificateStatus, CertificateStatus__Output as _siapkerja_certification_v1_CertificateStatus__Output } from '../../../siapkerja/certification/v1/CertificateStatus';

export interface ListCertificatesRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'status'?: (_siapkerja_certification_v1_CertificateStatus);
  'schemeId'?: (string);
  'held'?: (boolean);
}

export interface ListCertificatesRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'status': (_siapkerja_certification_v1_CertificateStatus__Output);
  'schemeId': (string);
  'held': (boolean);
}
