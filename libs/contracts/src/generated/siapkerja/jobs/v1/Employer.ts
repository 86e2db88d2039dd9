// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { EmployerType as _siapkerja_jobs_v1_EmployerType, EmployerType__Output as _siapkerja_jobs_v1_EmployerType__Output } from '../../../siapkerja/jobs/v1/EmployerType';
import type { VerificationStatus as _siapkerja_jobs_v1_VerificationStatus, VerificationStatus__Output as _siapkerja_jobs_v1_VerificationStatus__Output } from '../../../siapkerja/jobs/v1/VerificationStatus';

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
  'contactName'?: (string);
  'contactPhone'?: (string);
  'contactEmail'?: (string);
  'verificationStatus'?: (_siapkerja_jobs_v1_VerificationStatus);
  'verificationNote'?: (string);
  'verifyTime'?: (string);
  'ownerClientId'?: (string);
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
  'contactName': (string);
  'contactPhone': (string);
  'contactEmail': (string);
  'verificationStatus': (_siapkerja_jobs_v1_VerificationStatus__Output);
  'verificationNote': (string);
  'verifyTime': (string);
  'ownerClientId': (string);
}
