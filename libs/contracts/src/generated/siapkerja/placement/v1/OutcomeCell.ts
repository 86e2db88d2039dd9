// Original file: proto/siapkerja/placement/v1/placement.proto


export interface OutcomeCell {
  'value'?: (number | string);
  'status'?: (string);
  '_value'?: "value";
}

export interface OutcomeCell__Output {
  'value'?: (number);
  'status': (string);
  '_value'?: "value";
}
