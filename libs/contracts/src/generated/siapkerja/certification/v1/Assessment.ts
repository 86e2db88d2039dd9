// Original file: proto/siapkerja/certification/v1/assessments.proto

import type { UnitSelfAssessment as _siapkerja_certification_v1_UnitSelfAssessment, UnitSelfAssessment__Output as _siapkerja_certification_v1_UnitSelfAssessment__Output } from '../../../siapkerja/certification/v1/UnitSelfAssessment';
import type { AssessmentStatus as _siapkerja_certification_v1_AssessmentStatus, AssessmentStatus__Output as _siapkerja_certification_v1_AssessmentStatus__Output } from '../../../siapkerja/certification/v1/AssessmentStatus';
import type { UnitResult as _siapkerja_certification_v1_UnitResult, UnitResult__Output as _siapkerja_certification_v1_UnitResult__Output } from '../../../siapkerja/certification/v1/UnitResult';

export interface Assessment {
  'id'?: (string);
  'schemeId'?: (string);
  'lspId'?: (string);
  'personId'?: (string);
  'applicantName'?: (string);
  'evidenceRefs'?: (string)[];
  'experienceMonths'?: (number);
  'selfAssessment'?: (_siapkerja_certification_v1_UnitSelfAssessment)[];
  'status'?: (_siapkerja_certification_v1_AssessmentStatus);
  'eligibilityReason'?: (string);
  'tukId'?: (string);
  'assessorId'?: (string);
  'assessmentDate'?: (string);
  'results'?: (_siapkerja_certification_v1_UnitResult)[];
  'unitsToRetake'?: (string)[];
  'decisionNotes'?: (string);
  'certificateId'?: (string);
  'regionCode'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Assessment__Output {
  'id': (string);
  'schemeId': (string);
  'lspId': (string);
  'personId': (string);
  'applicantName': (string);
  'evidenceRefs': (string)[];
  'experienceMonths': (number);
  'selfAssessment': (_siapkerja_certification_v1_UnitSelfAssessment__Output)[];
  'status': (_siapkerja_certification_v1_AssessmentStatus__Output);
  'eligibilityReason': (string);
  'tukId': (string);
  'assessorId': (string);
  'assessmentDate': (string);
  'results': (_siapkerja_certification_v1_UnitResult__Output)[];
  'unitsToRetake': (string)[];
  'decisionNotes': (string);
  'certificateId': (string);
  'regionCode': (string);
  'createTime': (string);
  'updateTime': (string);
}
