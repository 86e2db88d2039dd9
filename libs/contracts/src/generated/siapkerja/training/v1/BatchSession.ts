// Original file: proto/siapkerja/training/v1/batches.proto


export interface BatchSession {
  'number'?: (number);
  'date'?: (string);
  'topic'?: (string);
}

export interface BatchSession__Output {
  'number': (number);
  'date': (string);
  'topic': (string);
}
