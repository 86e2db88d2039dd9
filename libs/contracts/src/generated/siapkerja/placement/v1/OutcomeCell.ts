// Original file: proto/siapkerja/placement/v1/placement.proto


export interface OutcomeCell {
  'value'?: (number | string);
  'status'?: (string);
}

export interface OutcomeCell__Output {
  'value': (number);
  'status': (string);
}
