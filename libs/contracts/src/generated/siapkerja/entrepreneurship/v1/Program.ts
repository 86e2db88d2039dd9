// Original file: proto/siapkerja/entrepreneurship/v1/programs.proto

import type { ProgramQuota as _siapkerja_entrepreneurship_v1_ProgramQuota, ProgramQuota__Output as _siapkerja_entrepreneurship_v1_ProgramQuota__Output } from '../../../siapkerja/entrepreneurship/v1/ProgramQuota';
import type { Long } from '@grpc/proto-loader';

export interface Program {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'year'?: (number);
  'fundingBasis'?: (string);
  'amount'?: (number | string | Long);
  'workDays'?: (number);
  'minMembers'?: (number);
  'maxMembers'?: (number);
  'minAge'?: (number);
  'maxAge'?: (number);
  'eligibleStatuses'?: (string)[];
  'residenceRule'?: (string);
  'requiresTraining'?: (boolean);
  'trainingProgramIds'?: (string)[];
  'quotas'?: (_siapkerja_entrepreneurship_v1_ProgramQuota)[];
  'createTime'?: (string);
}

export interface Program__Output {
  'id': (string);
  'code': (string);
  'name': (string);
  'year': (number);
  'fundingBasis': (string);
  'amount': (string);
  'workDays': (number);
  'minMembers': (number);
  'maxMembers': (number);
  'minAge': (number);
  'maxAge': (number);
  'eligibleStatuses': (string)[];
  'residenceRule': (string);
  'requiresTraining': (boolean);
  'trainingProgramIds': (string)[];
  'quotas': (_siapkerja_entrepreneurship_v1_ProgramQuota__Output)[];
  'createTime': (string);
}
