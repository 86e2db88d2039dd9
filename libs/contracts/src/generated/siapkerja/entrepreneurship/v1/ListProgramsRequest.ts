// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto


export interface ListProgramsRequest {
  'pageSize'?: (number);
  'pageToken'?: (string);
  'year'?: (number);
  'code'?: (string);
}

export interface ListProgramsRequest__Output {
  'pageSize': (number);
  'pageToken': (string);
  'year': (number);
  'code': (string);
}
