// Original file: proto/siapkerja/jobs/v1/matching.proto


export interface MatchJobSeekersRequest {
  'vacancyId'?: (string);
  'limit'?: (number);
}

export interface MatchJobSeekersRequest__Output {
  'vacancyId': (string);
  'limit': (number);
}
