// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto


export interface SetProgramQuotaRequest {
  'programId'?: (string);
  'regionCode'?: (string);
  'maxGroups'?: (number);
}

export interface SetProgramQuotaRequest__Output {
  'programId': (string);
  'regionCode': (string);
  'maxGroups': (number);
}
