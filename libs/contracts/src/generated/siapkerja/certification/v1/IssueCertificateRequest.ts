// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from '../../../siapkerja/certification/v1/CertificateHolder';

export interface IssueCertificateRequest {
  'schemeId'?: (string);
  'holder'?: (_siapkerja_certification_v1_CertificateHolder | null);
  'number'?: (string);
  'competencyUnits'?: (string)[];
  'issueDate'?: (string);
  'validUntil'?: (string);
  'requestId'?: (string);
}

export interface IssueCertificateRequest__Output {
  'schemeId': (string);
  'holder': (_siapkerja_certification_v1_CertificateHolder__Output | null);
  'number': (string);
  'competencyUnits': (string)[];
  'issueDate': (string);
  'validUntil': (string);
  'requestId': (string);
}
