// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface ChecklistItem {
  'code'?: (string);
  'passed'?: (boolean);
  'note'?: (string);
}

export interface ChecklistItem__Output {
  'code': (string);
  'passed': (boolean);
  'note': (string);
}
