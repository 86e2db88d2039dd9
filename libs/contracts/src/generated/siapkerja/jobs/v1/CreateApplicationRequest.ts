// Original file: proto/siapkerja/jobs/v1/applications.proto


export interface CreateApplicationRequest {
  'vacancyId'?: (string);
  'jobSeekerId'?: (string);
  'coverLetter'?: (string);
  'requestId'?: (string);
}

export interface CreateApplicationRequest__Output {
  'vacancyId': (string);
  'jobSeekerId': (string);
  'coverLetter': (string);
  'requestId': (string);
}
