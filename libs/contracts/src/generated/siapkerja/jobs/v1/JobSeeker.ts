// Original file: proto/siapkerja/jobs/v1/job_seekers.proto

import type { Sex as _siapkerja_jobs_v1_Sex, Sex__Output as _siapkerja_jobs_v1_Sex__Output } from '../../../siapkerja/jobs/v1/Sex';
import type { MaritalStatus as _siapkerja_jobs_v1_MaritalStatus, MaritalStatus__Output as _siapkerja_jobs_v1_MaritalStatus__Output } from '../../../siapkerja/jobs/v1/MaritalStatus';
import type { Religion as _siapkerja_jobs_v1_Religion, Religion__Output as _siapkerja_jobs_v1_Religion__Output } from '../../../siapkerja/jobs/v1/Religion';
import type { JobSeekerAddress as _siapkerja_jobs_v1_JobSeekerAddress, JobSeekerAddress__Output as _siapkerja_jobs_v1_JobSeekerAddress__Output } from '../../../siapkerja/jobs/v1/JobSeekerAddress';
import type { JobSeekerEducation as _siapkerja_jobs_v1_JobSeekerEducation, JobSeekerEducation__Output as _siapkerja_jobs_v1_JobSeekerEducation__Output } from '../../../siapkerja/jobs/v1/JobSeekerEducation';
import type { JobSeekerExperience as _siapkerja_jobs_v1_JobSeekerExperience, JobSeekerExperience__Output as _siapkerja_jobs_v1_JobSeekerExperience__Output } from '../../../siapkerja/jobs/v1/JobSeekerExperience';
import type { JobSeekerState as _siapkerja_jobs_v1_JobSeekerState, JobSeekerState__Output as _siapkerja_jobs_v1_JobSeekerState__Output } from '../../../siapkerja/jobs/v1/JobSeekerState';
import type { Ak1Card as _siapkerja_jobs_v1_Ak1Card, Ak1Card__Output as _siapkerja_jobs_v1_Ak1Card__Output } from '../../../siapkerja/jobs/v1/Ak1Card';
import type { Long } from '@grpc/proto-loader';

export interface JobSeeker {
  'id'?: (string);
  'personId'?: (string);
  'nik'?: (string);
  'name'?: (string);
  'birthPlace'?: (string);
  'birthDate'?: (string);
  'sex'?: (_siapkerja_jobs_v1_Sex);
  'maritalStatus'?: (_siapkerja_jobs_v1_MaritalStatus);
  'religion'?: (_siapkerja_jobs_v1_Religion);
  'address'?: (_siapkerja_jobs_v1_JobSeekerAddress | null);
  'regionCode'?: (string);
  'phone'?: (string);
  'email'?: (string);
  'education'?: (_siapkerja_jobs_v1_JobSeekerEducation)[];
  'educationLevel'?: (string);
  'skills'?: (string)[];
  'skkniUnits'?: (string)[];
  'languages'?: (string)[];
  'experience'?: (_siapkerja_jobs_v1_JobSeekerExperience)[];
  'wantedKbjiCodes'?: (string)[];
  'expectedWage'?: (number | string | Long);
  'state'?: (_siapkerja_jobs_v1_JobSeekerState);
  'card'?: (_siapkerja_jobs_v1_Ak1Card | null);
  'removalReason'?: (string);
  'endTime'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
  'personalDataMasked'?: (boolean);
}

export interface JobSeeker__Output {
  'id': (string);
  'personId': (string);
  'nik': (string);
  'name': (string);
  'birthPlace': (string);
  'birthDate': (string);
  'sex': (_siapkerja_jobs_v1_Sex__Output);
  'maritalStatus': (_siapkerja_jobs_v1_MaritalStatus__Output);
  'religion': (_siapkerja_jobs_v1_Religion__Output);
  'address': (_siapkerja_jobs_v1_JobSeekerAddress__Output | null);
  'regionCode': (string);
  'phone': (string);
  'email': (string);
  'education': (_siapkerja_jobs_v1_JobSeekerEducation__Output)[];
  'educationLevel': (string);
  'skills': (string)[];
  'skkniUnits': (string)[];
  'languages': (string)[];
  'experience': (_siapkerja_jobs_v1_JobSeekerExperience__Output)[];
  'wantedKbjiCodes': (string)[];
  'expectedWage': (string);
  'state': (_siapkerja_jobs_v1_JobSeekerState__Output);
  'card': (_siapkerja_jobs_v1_Ak1Card__Output | null);
  'removalReason': (string);
  'endTime': (string);
  'createTime': (string);
  'updateTime': (string);
  'personalDataMasked': (boolean);
}
