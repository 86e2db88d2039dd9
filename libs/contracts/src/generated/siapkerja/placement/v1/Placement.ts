// Original file: proto/siapkerja/placement/v1/placement.proto


export interface Placement {
  'id'?: (string);
  'personId'?: (string);
  'employerKey'?: (string);
  'selfEmployed'?: (boolean);
  'kbjiCode'?: (string);
  'kbliCode'?: (string);
  'kbliMainGroup'?: (string);
  'regionCode'?: (string);
  'workRegionCode'?: (string);
  'channel'?: (string);
  'employerType'?: (string);
  'sex'?: (number);
  'educationLevel'?: (string);
  'ageBand'?: (string);
  'placedOn'?: (string);
  'sources'?: (string)[];
  'month'?: (string);
}

export interface Placement__Output {
  'id': (string);
  'personId': (string);
  'employerKey': (string);
  'selfEmployed': (boolean);
  'kbjiCode': (string);
  'kbliCode': (string);
  'kbliMainGroup': (string);
  'regionCode': (string);
  'workRegionCode': (string);
  'channel': (string);
  'employerType': (string);
  'sex': (number);
  'educationLevel': (string);
  'ageBand': (string);
  'placedOn': (string);
  'sources': (string)[];
  'month': (string);
}
