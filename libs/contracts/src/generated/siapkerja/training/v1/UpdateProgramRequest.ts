// Original file: proto/siapkerja/training/v1/training.proto

import type { Program as _siapkerja_training_v1_Program, Program__Output as _siapkerja_training_v1_Program__Output } from '../../../siapkerja/training/v1/Program';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask';

export interface UpdateProgramRequest {
  'program'?: (_siapkerja_training_v1_Program | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateProgramRequest__Output {
  'program': (_siapkerja_training_v1_Program__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
