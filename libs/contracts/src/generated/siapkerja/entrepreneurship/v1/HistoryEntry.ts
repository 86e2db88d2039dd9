// Original file: proto/siapkerja/entrepreneurship/v1/proposals.proto


export interface HistoryEntry {
  'action'?: (string);
  'fromState'?: (string);
  'toState'?: (string);
  'actor'?: (string);
  'note'?: (string);
  'time'?: (string);
}

export interface HistoryEntry__Output {
  'action': (string);
  'fromState': (string);
  'toState': (string);
  'actor': (string);
  'note': (string);
  'time': (string);
}
