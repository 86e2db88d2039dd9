// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { EmployerType as _siapkerja_jobs_v1_EmployerType, EmployerType__Output as _siapkerja_jobs_v1_EmployerType__Output } from '../../../siapkerja/jobs/v1/EmployerType';

export interface Employer {
  'id'?: (string);
  'nib'?: (string);
  'legalName'?: (string);
  'employerType'?: (_siapkerja_jobs_v1_EmployerType);
  'kbliCodes'?: (string)[];
  'regionCode'?: (string);
  'address'?: (string);
  'createTime'?: (string);
  'updateTime'?: (string);
}

export interface Employer__Output {
  'id': (string);
  'nib': (string);
  'legalName': (string);
  'employerType': (_siapkerja_jobs_v1_EmployerType__Output);
  'kbliCodes': (string)[];
  'regionCode': (string);
  'address': (string);
  'createTime': (string);
  'updateTime': (string);
}
