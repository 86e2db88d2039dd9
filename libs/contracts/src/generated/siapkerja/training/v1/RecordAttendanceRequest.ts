// Original file: proto/siapkerja/training/v1/outcomes.proto

import type { AttendanceMark as _siapkerja_training_v1_AttendanceMark, AttendanceMark__Output as _siapkerja_training_v1_AttendanceMark__Output } from '../../../siapkerja/training/v1/AttendanceMark';

export interface RecordAttendanceRequest {
  'batchId'?: (string);
  'sessionNumber'?: (number);
  'marks'?: (_siapkerja_training_v1_AttendanceMark)[];
}

export interface RecordAttendanceRequest__Output {
  'batchId': (string);
  'sessionNumber': (number);
  'marks': (_siapkerja_training_v1_AttendanceMark__Output)[];
}
