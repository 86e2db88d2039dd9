// Original file: proto/siapkerja/certification/v1/certificates.proto

import type { CertificateStatus as _siapkerja_certification_v1_CertificateStatus, CertificateStatus__Output as _siapkerja_certification_v1_CertificateStatus__Output } from '../../../siapkerja/certification/v1/CertificateStatus';
import type { VerifiedScheme as _siapkerja_certification_v1_VerifiedScheme, VerifiedScheme__Output as _siapkerja_certification_v1_VerifiedScheme__Output } from '../../../siapkerja/certification/v1/VerifiedScheme';
import type { VerifiedHolder as _siapkerja_certification_v1_VerifiedHolder, VerifiedHolder__Output as _siapkerja_certification_v1_VerifiedHolder__Output } from '../../../siapkerja/certification/v1/VerifiedHolder';

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
  'scheme'?: (_siapkerja_certification_v1_VerifiedScheme | null);
  'holder'?: (_siapkerja_certification_v1_VerifiedHolder | null);
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
  'scheme': (_siapkerja_certification_v1_VerifiedScheme__Output | null);
  'holder': (_siapkerja_certification_v1_VerifiedHolder__Output | null);
}
