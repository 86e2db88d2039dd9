// Original file: proto/siapkerja/certification/v1/assessments.proto


export interface UnitSelfAssessment {
  'unitCode'?: (string);
  'competent'?: (boolean);
  'evidenceRef'?: (string);
}

export interface UnitSelfAssessment__Output {
  'unitCode': (string);
  'competent': (boolean);
  'evidenceRef': (string);
}
