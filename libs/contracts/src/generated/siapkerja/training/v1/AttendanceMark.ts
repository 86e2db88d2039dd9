// Original file: proto/siapkerja/training/v1/outcomes.proto


export interface AttendanceMark {
  'enrolmentId'?: (string);
  'present'?: (boolean);
}

export interface AttendanceMark__Output {
  'enrolmentId': (string);
  'present': (boolean);
}
