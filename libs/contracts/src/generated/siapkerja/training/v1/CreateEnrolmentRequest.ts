// Original file: proto/siapkerja/training/v1/enrolments.proto


export interface CreateEnrolmentRequest {
  'batchId'?: (string);
  'nik'?: (string);
  'name'?: (string);
  'birthDate'?: (string);
  'requestId'?: (string);
  'educationLevel'?: (string);
}

export interface CreateEnrolmentRequest__Output {
  'batchId': (string);
  'nik': (string);
  'name': (string);
  'birthDate': (string);
  'requestId': (string);
  'educationLevel': (string);
}
