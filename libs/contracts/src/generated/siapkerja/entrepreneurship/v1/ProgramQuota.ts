// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto


export interface ProgramQuota {
  'regionCode'?: (string);
  'maxGroups'?: (number);
  'approvedGroups'?: (number);
}

export interface ProgramQuota__Output {
  'regionCode': (string);
  'maxGroups': (number);
  'approvedGroups': (number);
}
