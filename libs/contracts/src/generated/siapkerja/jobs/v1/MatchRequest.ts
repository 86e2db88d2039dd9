// Original file: proto/siapkerja/jobs/v1/matching.proto


export interface MatchRequest {
  'jobSeekerId'?: (string);
  'vacancyId'?: (string);
  'limit'?: (number);
}

export interface MatchRequest__Output {
  'jobSeekerId': (string);
  'vacancyId': (string);
  'limit': (number);
}
