// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface NewGroupMember {
  'nik'?: (string);
  'name'?: (string);
  'birthDate'?: (string);
  'employmentStatus'?: (string);
  'residenceRegionCode'?: (string);
  'educationLevel'?: (string);
  'leader'?: (boolean);
}

export interface NewGroupMember__Output {
  'nik': (string);
  'name': (string);
  'birthDate': (string);
  'employmentStatus': (string);
  'residenceRegionCode': (string);
  'educationLevel': (string);
  'leader': (boolean);
}
