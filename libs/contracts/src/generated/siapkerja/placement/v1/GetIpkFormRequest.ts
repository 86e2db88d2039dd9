// Original file: proto/siapkerja/placement/v1/placement.proto


export interface GetIpkFormRequest {
  'regionCode'?: (string);
  'month'?: (string);
  'form'?: (string);
}

export interface GetIpkFormRequest__Output {
  'regionCode': (string);
  'month': (string);
  'form': (string);
}
