// Original file: proto/siapkerja/training/v1/enrolments.proto


export interface GetEnrolmentRequest {
  'id'?: (string);
}

export interface GetEnrolmentRequest__Output {
  'id': (string);
}
