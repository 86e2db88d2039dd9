// Original file: proto/siapkerja/certification/v1/assessments.proto


export interface ScheduleAssessmentRequest {
  'id'?: (string);
  'tukId'?: (string);
  'assessorId'?: (string);
  'assessmentDate'?: (string);
}

export interface ScheduleAssessmentRequest__Output {
  'id': (string);
  'tukId': (string);
  'assessorId': (string);
  'assessmentDate': (string);
}
