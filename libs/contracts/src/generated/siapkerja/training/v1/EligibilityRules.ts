// Original file: proto/siapkerja/training/v1/training.proto


export interface EligibilityRules {
  'minAge'?: (number);
  'maxAge'?: (number);
  'minEducation'?: (string);
  'sex'?: (number);
  'residenceRegionCodes'?: (string)[];
  'jobSeekerRequired'?: (boolean);
}

export interface EligibilityRules__Output {
  'minAge': (number);
  'maxAge': (number);
  'minEducation': (string);
  'sex': (number);
  'residenceRegionCodes': (string)[];
  'jobSeekerRequired': (boolean);
}
