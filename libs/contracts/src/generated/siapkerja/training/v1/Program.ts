// Original file: proto/siapkerja/training/v1/training.proto


export interface Program {
  'id'?: (string);
  'providerName'?: (string);
  'title'?: (string);
  'regionCode'?: (string);
  'kbjiCode'?: (string);
  'competencyUnits'?: (string)[];
  'durationDays'?: (number);
  'capacity'?: (number);
  'createTime'?: (string);
  'ownerClientId'?: (string);
}

export interface Program__Output {
  'id': (string);
  'providerName': (string);
  'title': (string);
  'regionCode': (string);
  'kbjiCode': (string);
  'competencyUnits': (string)[];
  'durationDays': (number);
  'capacity': (number);
  'createTime': (string);
  'ownerClientId': (string);
}
