// Original file: proto/siapkerja/certification/v1/credentials.proto

import type { VerificationResult as _siapkerja_certification_v1_VerificationResult, VerificationResult__Output as _siapkerja_certification_v1_VerificationResult__Output } from '../../../siapkerja/certification/v1/VerificationResult';

export interface CredentialVerification {
  'result'?: (_siapkerja_certification_v1_VerificationResult);
  'reason'?: (string);
  'reasonCode'?: (string);
  'certificateNumber'?: (string);
  'schemeCode'?: (string);
  'schemeName'?: (string);
  'lspName'?: (string);
  'issueDate'?: (string);
  'validUntil'?: (string);
  'holderNameMasked'?: (string);
  'competencyUnits'?: (string)[];
  'kid'?: (string);
}

export interface CredentialVerification__Output {
  'result': (_siapkerja_certification_v1_VerificationResult__Output);
  'reason': (string);
  'reasonCode': (string);
  'certificateNumber': (string);
  'schemeCode': (string);
  'schemeName': (string);
  'lspName': (string);
  'issueDate': (string);
  'validUntil': (string);
  'holderNameMasked': (string);
  'competencyUnits': (string)[];
  'kid': (string);
}
