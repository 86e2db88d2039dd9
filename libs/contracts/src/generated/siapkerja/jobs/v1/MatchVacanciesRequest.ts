// Original file: proto/siapkerja/jobs/v1/matching.proto


export interface MatchVacanciesRequest {
  'jobSeekerId'?: (string);
  'limit'?: (number);
}

export interface MatchVacanciesRequest__Output {
  'jobSeekerId': (string);
  'limit': (number);
}
