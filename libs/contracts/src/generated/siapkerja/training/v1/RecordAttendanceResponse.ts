// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface RecordAttendanceResponse {
  'recorded'?: (number);
}

export interface RecordAttendanceResponse__Output {
  'recorded': (number);
}
