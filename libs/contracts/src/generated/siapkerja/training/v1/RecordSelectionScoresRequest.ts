// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface RecordSelectionScoresRequest {
  'enrolmentId'?: (string);
  'screeningScore'?: (number);
  'selectionScore'?: (number);
  '_screeningScore'?: "screeningScore";
  '_selectionScore'?: "selectionScore";
}

export interface RecordSelectionScoresRequest__Output {
  'enrolmentId': (string);
  'screeningScore'?: (number);
  'selectionScore'?: (number);
  '_screeningScore'?: "screeningScore";
  '_selectionScore'?: "selectionScore";
}
