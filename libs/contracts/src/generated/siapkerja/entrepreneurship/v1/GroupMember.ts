// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface GroupMember {
  'id'?: (string);
  'personId'?: (string);
  'nikMasked'?: (string);
  'name'?: (string);
  'sex'?: (number);
  'employmentStatus'?: (string);
  'residenceRegionCode'?: (string);
  'educationLevel'?: (string);
  'leader'?: (boolean);
  'active'?: (boolean);
  'joinTime'?: (string);
  'leaveTime'?: (string);
}

export interface GroupMember__Output {
  'id': (string);
  'personId': (string);
  'nikMasked': (string);
  'name': (string);
  'sex': (number);
  'employmentStatus': (string);
  'residenceRegionCode': (string);
  'educationLevel': (string);
  'leader': (boolean);
  'active': (boolean);
  'joinTime': (string);
  'leaveTime': (string);
}
