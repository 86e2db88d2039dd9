// Original file: proto/siapkerja/placement/v1/placement.proto


export interface PersonPlacement {
  'applicationId'?: (string);
  'vacancyId'?: (string);
  'employerId'?: (string);
  'employerType'?: (string);
  'kbjiCode'?: (string);
  'kbliMainGroup'?: (string);
  'regionCode'?: (string);
  'workRegionCode'?: (string);
  'overseas'?: (boolean);
  'channel'?: (string);
  'month'?: (string);
  'placeTime'?: (string);
}

export interface PersonPlacement__Output {
  'applicationId': (string);
  'vacancyId': (string);
  'employerId': (string);
  'employerType': (string);
  'kbjiCode': (string);
  'kbliMainGroup': (string);
  'regionCode': (string);
  'workRegionCode': (string);
  'overseas': (boolean);
  'channel': (string);
  'month': (string);
  'placeTime': (string);
}
