// Original file: proto/siapkerja/certification/v1/assessments.proto


export interface DecideAssessmentRequest {
  'id'?: (string);
  'certificateNumber'?: (string);
  'notes'?: (string);
}

export interface DecideAssessmentRequest__Output {
  'id': (string);
  'certificateNumber': (string);
  'notes': (string);
}
