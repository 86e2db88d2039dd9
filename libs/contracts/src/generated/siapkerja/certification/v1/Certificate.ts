// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from '../../../siapkerja/certification/v1/CertificateHolder';
import type { CertificateStatus as _siapkerja_certification_v1_CertificateStatus, CertificateStatus__Output as _siapkerja_certification_v1_CertificateStatus__Output } from '../../../siapkerja/certification/v1/CertificateStatus';
import type { CertificateStatusChange as _siapkerja_certification_v1_CertificateStatusChange, CertificateStatusChange__Output as _siapkerja_certification_v1_CertificateStatusChange__Output } from '../../../siapkerja/certification/v1/CertificateStatusChange';

export interface Certificate {
  'id'?: (string);
  'number'?: (string);
  'verificationCode'?: (string);
  'schemeId'?: (string);
  'schemeCode'?: (string);
  'schemeName'?: (string);
  'personId'?: (string);
  'holder'?: (_siapkerja_certification_v1_CertificateHolder | null);
  'competencyUnits'?: (string)[];
  'kbjiCode'?: (string);
  'issueDate'?: (string);
  'validUntil'?: (string);
  'status'?: (_siapkerja_certification_v1_CertificateStatus);
  'statusReason'?: (string);
  'issuerClientId'?: (string);
  'issuerAccountId'?: (string);
  'lspName'?: (string);
  'history'?: (_siapkerja_certification_v1_CertificateStatusChange)[];
  'eraseTime'?: (string);
  'processingRestrictTime'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'nikMasked'?: (boolean);
  'lspId'?: (string);
  'regionCode'?: (string);
  'assessmentId'?: (string);
  'verificationUrl'?: (string);
}

export interface Certificate__Output {
  'id': (string);
  'number': (string);
  'verificationCode': (string);
  'schemeId': (string);
  'schemeCode': (string);
  'schemeName': (string);
  'personId': (string);
  'holder': (_siapkerja_certification_v1_CertificateHolder__Output | null);
  'competencyUnits': (string)[];
  'kbjiCode': (string);
  'issueDate': (string);
  'validUntil': (string);
  'status': (_siapkerja_certification_v1_CertificateStatus__Output);
  'statusReason': (string);
  'issuerClientId': (string);
  'issuerAccountId': (string);
  'lspName': (string);
  'history': (_siapkerja_certification_v1_CertificateStatusChange__Output)[];
  'eraseTime': (string);
  'processingRestrictTime': (string);
  'createTime': (string);
  'updateTime': (string);
  'nikMasked': (boolean);
  'lspId': (string);
  'regionCode': (string);
  'assessmentId': (string);
  'verificationUrl': (string);
}
