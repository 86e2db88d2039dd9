// Original file: proto/siapkerja/jobs/v1/matching.proto


export interface TrainingProgramRef {
  'id'?: (string);
  'title'?: (string);
  'providerName'?: (string);
  'regionCode'?: (string);
  'teaches'?: (string)[];
}

export interface TrainingProgramRef__Output {
  'id': (string);
  'title': (string);
  'providerName': (string);
  'regionCode': (string);
  'teaches': (string)[];
}
