// Original file: proto/siapkerja/jobs/v1/jobs.proto

import type { VacancyState as _siapkerja_jobs_v1_VacancyState, VacancyState__Output as _siapkerja_jobs_v1_VacancyState__Output } from '../../../siapkerja/jobs/v1/VacancyState';
import type { SexRequirement as _siapkerja_jobs_v1_SexRequirement, SexRequirement__Output as _siapkerja_jobs_v1_SexRequirement__Output } from '../../../siapkerja/jobs/v1/SexRequirement';
import type { EducationLevel as _siapkerja_jobs_v1_EducationLevel, EducationLevel__Output as _siapkerja_jobs_v1_EducationLevel__Output } from '../../../siapkerja/jobs/v1/EducationLevel';
import type { EmploymentType as _siapkerja_jobs_v1_EmploymentType, EmploymentType__Output as _siapkerja_jobs_v1_EmploymentType__Output } from '../../../siapkerja/jobs/v1/EmploymentType';
import type { Long } from '@grpc/proto-loader';

export interface Vacancy {
  'id'?: (string);
  'employerId'?: (string);
  'positionName'?: (string);
  'kbjiCode'?: (string);
  'regionCode'?: (string);
  'numberNeeded'?: (number);
  'validFrom'?: (string);
  'validUntil'?: (string);
  'description'?: (string);
  'state'?: (_siapkerja_jobs_v1_VacancyState);
  'createTime'?: (string);
  'updateTime'?: (string);
  'kbliCode'?: (string);
  'ageMin'?: (number);
  'ageMax'?: (number);
  'sexRequirement'?: (_siapkerja_jobs_v1_SexRequirement);
  'minEducation'?: (_siapkerja_jobs_v1_EducationLevel);
  'skills'?: (string)[];
  'skkniUnits'?: (string)[];
  'experienceMonthsMin'?: (number);
  'wageMin'?: (number | string | Long);
  'wageMax'?: (number | string | Long);
  'wageHidden'?: (boolean);
  'latitude'?: (number | string);
  'longitude'?: (number | string);
  'employmentType'?: (_siapkerja_jobs_v1_EmploymentType);
  'overseas'?: (boolean);
  'destinationCountry'?: (string);
  'numberHired'?: (number);
  'publishTime'?: (string);
  'endTime'?: (string);
  '_latitude'?: "latitude";
  '_longitude'?: "longitude";
}

export interface Vacancy__Output {
  'id': (string);
  'employerId': (string);
  'positionName': (string);
  'kbjiCode': (string);
  'regionCode': (string);
  'numberNeeded': (number);
  'validFrom': (string);
  'validUntil': (string);
  'description': (string);
  'state': (_siapkerja_jobs_v1_VacancyState__Output);
  'createTime': (string);
  'updateTime': (string);
  'kbliCode': (string);
  'ageMin': (number);
  'ageMax': (number);
  'sexRequirement': (_siapkerja_jobs_v1_SexRequirement__Output);
  'minEducation': (_siapkerja_jobs_v1_EducationLevel__Output);
  'skills': (string)[];
  'skkniUnits': (string)[];
  'experienceMonthsMin': (number);
  'wageMin': (string);
  'wageMax': (string);
  'wageHidden': (boolean);
  'latitude'?: (number);
  'longitude'?: (number);
  'employmentType': (_siapkerja_jobs_v1_EmploymentType__Output);
  'overseas': (boolean);
  'destinationCountry': (string);
  'numberHired': (number);
  'publishTime': (string);
  'endTime': (string);
  '_latitude'?: "latitude";
  '_longitude'?: "longitude";
}
