// Original file: proto/siapkerja/jobs/v1/applications.proto


export interface ScreeningNote {
  'rule'?: (string);
  'message'?: (string);
}

export interface ScreeningNote__Output {
  'rule': (string);
  'message': (string);
}
