// Original file: proto/siapkerja/jobs/v1/matching.proto


export interface MatchComponent {
  'name'?: (string);
  'weight'?: (number | string);
  'score'?: (number | string);
  'reason'?: (string);
}

export interface MatchComponent__Output {
  'name': (string);
  'weight': (number);
  'score': (number);
  'reason': (string);
}
