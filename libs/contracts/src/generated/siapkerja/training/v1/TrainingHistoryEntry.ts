// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface TrainingHistoryEntry {
  'enrolmentId'?: (string);
  'batchId'?: (string);
  'programId'?: (string);
  'programTitle'?: (string);
  'providerId'?: (string);
  'providerName'?: (string);
  'competencyUnits'?: (string)[];
  'kbjiCode'?: (string);
  'certificationSchemeId'?: (string);
  'completionDate'?: (string);
  'finalScore'?: (number);
  'regionCode'?: (string);
  '_finalScore'?: "finalScore";
}

export interface TrainingHistoryEntry__Output {
  'enrolmentId': (string);
  'batchId': (string);
  'programId': (string);
  'programTitle': (string);
  'providerId': (string);
  'providerName': (string);
  'competencyUnits': (string)[];
  'kbjiCode': (string);
  'certificationSchemeId': (string);
  'completionDate': (string);
  'finalScore'?: (number);
  'regionCode': (string);
  '_finalScore'?: "finalScore";
}
