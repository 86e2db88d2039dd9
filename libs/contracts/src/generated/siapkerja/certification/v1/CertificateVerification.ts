// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateStatus as _siapkerja_certification_v1_CertificateStatus, CertificateStatus__Output as _siapkerja_certification_v1_CertificateStatus__Output } from '../../../siapkerja/certification/v1/CertificateStatus';

export interface CertificateVerification {
  'certificateId'?: (string);
  'number'?: (string);
  'status'?: (_siapkerja_certification_v1_CertificateStatus);
  'schemeId'?: (string);
  'schemeCode'?: (string);
  'schemeName'?: (string);
  'kkniLevel'?: (number);
  'kbjiCode'?: (string);
  'competencyUnits'?: (string)[];
  'lspName'?: (string);
  'issueDate'?: (string);
  'validUntil'?: (string);
  'holderNameMasked'?: (string);
  'holderWithheld'?: (string);
  'statusTime'?: (string);
}

export interface CertificateVerification__Output {
  'certificateId': (string);
  'number': (string);
  'status': (_siapkerja_certification_v1_CertificateStatus__Output);
  'schemeId': (string);
  'schemeCode': (string);
  'schemeName': (string);
  'kkniLevel': (number);
  'kbjiCode': (string);
  'competencyUnits': (string)[];
  'lspName': (string);
  'issueDate': (string);
  'validUntil': (string);
  'holderNameMasked': (string);
  'holderWithheld': (string);
  'statusTime': (string);
}
