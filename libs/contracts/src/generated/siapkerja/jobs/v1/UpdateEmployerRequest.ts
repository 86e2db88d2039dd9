// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { Employer as _siapkerja_jobs_v1_Employer, Employer__Output as _siapkerja_jobs_v1_Employer__Output } from '../../../siapkerja/jobs/v1/Employer';
import type { FieldMask as _google_protobuf_FieldMask, FieldMask__Output as _google_protobuf_FieldMask__Output } from '../../../google/protobuf/FieldMask';

export interface UpdateEmployerRequest {
  'employer'?: (_siapkerja_jobs_v1_Employer | null);
  'updateMask'?: (_google_protobuf_FieldMask | null);
}

export interface UpdateEmployerRequest__Output {
  'employer': (_siapkerja_jobs_v1_Employer__Output | null);
  'updateMask': (_google_protobuf_FieldMask__Output | null);
}
