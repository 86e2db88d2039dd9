// Original file: proto/siapkerja/certification/v1/assessments.proto

import type { CertificateHolder as _siapkerja_certification_v1_CertificateHolder, CertificateHolder__Output as _siapkerja_certification_v1_CertificateHolder__Output } from '../../../siapkerja/certification/v1/CertificateHolder';
import type { UnitSelfAssessment as _siapkerja_certification_v1_UnitSelfAssessment, UnitSelfAssessment__Output as _siapkerja_certification_v1_UnitSelfAssessment__Output } from '../../../siapkerja/certification/v1/UnitSelfAssessment';

export interface CreateAssessmentRequest {
  'schemeId'?: (string);
  'applicant'?: (_siapkerja_certification_v1_CertificateHolder | null);
  'evidenceRefs'?: (string)[];
  'experienceMonths'?: (number);
  'selfAssessment'?: (_siapkerja_certification_v1_UnitSelfAssessment)[];
  'requestId'?: (string);
}

export interface CreateAssessmentRequest__Output {
  'schemeId': (string);
  'applicant': (_siapkerja_certification_v1_CertificateHolder__Output | null);
  'evidenceRefs': (string)[];
  'experienceMonths': (number);
  'selfAssessment': (_siapkerja_certification_v1_UnitSelfAssessment__Output)[];
  'requestId': (string);
}
