// Original file: proto/siapkerja/certification/v1/lsps.proto


export interface Assessor {
  'id'?: (string);
  'lspId'?: (string);
  'name'?: (string);
  'registrationNumber'?: (string);
  'competenceAreas'?: (string)[];
  'registrationValidUntil'?: (string);
  'dailyCapacity'?: (number);
  'createTime'?: (string);
}

export interface Assessor__Output {
  'id': (string);
  'lspId': (string);
  'name': (string);
  'registrationNumber': (string);
  'competenceAreas': (string)[];
  'registrationValidUntil': (string);
  'dailyCapacity': (number);
  'createTime': (string);
}
