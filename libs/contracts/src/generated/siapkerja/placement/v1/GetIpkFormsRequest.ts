// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetIpkFormsRequest {
  'regionCode'?: (string);
  'month'?: (string);
  'form'?: (string);
  'format'?: (string);
}

export interface GetIpkFormsRequest__Output {
  'regionCode': (string);
  'month': (string);
  'form': (string);
  'format': (string);
}
