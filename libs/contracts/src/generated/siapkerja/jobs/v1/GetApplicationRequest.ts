// Original file: proto/siapkerja/jobs/v1/applications.proto


export interface GetApplicationRequest {
  'id'?: (string);
}

export interface GetApplicationRequest__Output {
  'id': (string);
}
