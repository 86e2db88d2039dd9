// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateStatus as _siapkerja_certification_v1_CertificateStatus, CertificateStatus__Output as _siapkerja_certification_v1_CertificateStatus__Output } from '../../../siapkerja/certification/v1/CertificateStatus';

export interface CertificateStatusChange {
  'fromStatus'?: (_siapkerja_certification_v1_CertificateStatus);
  'toStatus'?: (_siapkerja_certification_v1_CertificateStatus);
  'reason'?: (string);
  'actor'?: (string);
  'time'?: (string);
}

export interface CertificateStatusChange__Output {
  'fromStatus': (_siapkerja_certification_v1_CertificateStatus__Output);
  'toStatus': (_siapkerja_certification_v1_CertificateStatus__Output);
  'reason': (string);
  'actor': (string);
  'time': (string);
}
