// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetGraduateOutcomesRequest {
  'regionCode'?: (string);
  'providerId'?: (string);
  'programId'?: (string);
  'cohortFrom'?: (string);
  'cohortTo'?: (string);
}

export interface GetGraduateOutcomesRequest__Output {
  'regionCode': (string);
  'providerId': (string);
  'programId': (string);
  'cohortFrom': (string);
  'cohortTo': (string);
}
