// Original file: proto/siapkerja/certification/v1/assessments.proto


export interface GetAssessmentRequest {
  'id'?: (string);
}

export interface GetAssessmentRequest__Output {
  'id': (string);
}
