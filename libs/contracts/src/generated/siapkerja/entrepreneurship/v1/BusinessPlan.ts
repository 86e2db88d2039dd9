// Original file: proto/siapkerja/entrepreneurship/v1/entrepreneurship.proto


export interface BusinessPlan {
  'kbliCode'?: (string);
  'description'?: (string);
  'locationRegionCode'?: (string);
}

export interface BusinessPlan__Output {
  'kbliCode': (string);
  'description': (string);
  'locationRegionCode': (string);
}
