// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface PersonMembership {
  'groupId'?: (string);
  'groupName'?: (string);
  'programCode'?: (string);
  'programYear'?: (number);
  'regionCode'?: (string);
  'nik'?: (string);
  'name'?: (string);
  'birthDate'?: (string);
  'sex'?: (number);
  'employmentStatus'?: (string);
  'residenceRegionCode'?: (string);
  'educationLevel'?: (string);
  'leader'?: (boolean);
  'active'?: (boolean);
  'joinTime'?: (string);
  'leaveTime'?: (string);
}

export interface PersonMembership__Output {
  'groupId': (string);
  'groupName': (string);
  'programCode': (string);
  'programYear': (number);
  'regionCode': (string);
  'nik': (string);
  'name': (string);
  'birthDate': (string);
  'sex': (number);
  'employmentStatus': (string);
  'residenceRegionCode': (string);
  'educationLevel': (string);
  'leader': (boolean);
  'active': (boolean);
  'joinTime': (string);
  'leaveTime': (string);
}
