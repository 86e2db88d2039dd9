// Original file: proto/siapkerja/training/v1/training.proto


export interface ListProgramsRequest {
  'competencyUnits'?: (string)[];
  'regionCode'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
}

export interface ListProgramsRequest__Output {
  'competencyUnits': (string)[];
  'regionCode': (string);
  'pageSize': (number);
  'pageToken': (string);
}
