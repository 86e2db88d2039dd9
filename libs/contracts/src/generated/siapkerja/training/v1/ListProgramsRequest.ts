// Original file: proto/siapkerja/training/v1/training.proto

import type { ProgramMode as _siapkerja_training_v1_ProgramMode, ProgramMode__Output as _siapkerja_training_v1_ProgramMode__Output } from '../../../siapkerja/training/v1/ProgramMode';
import type { ProgramState as _siapkerja_training_v1_ProgramState, ProgramState__Output as _siapkerja_training_v1_ProgramState__Output } from '../../../siapkerja/training/v1/ProgramState';

export interface ListProgramsRequest {
  'competencyUnits'?: (string)[];
  'regionCode'?: (string);
  'pageSize'?: (number);
  'pageToken'?: (string);
  'kbjiCode'?: (string);
  'mode'?: (_siapkerja_training_v1_ProgramMode);
  'hasOpenBatch'?: (boolean);
  'query'?: (string);
  'providerId'?: (string);
  'state'?: (_siapkerja_training_v1_ProgramState);
}

export interface ListProgramsRequest__Output {
  'competencyUnits': (string)[];
  'regionCode': (string);
  'pageSize': (number);
  'pageToken': (string);
  'kbjiCode': (string);
  'mode': (_siapkerja_training_v1_ProgramMode__Output);
  'hasOpenBatch': (boolean);
  'query': (string);
  'providerId': (string);
  'state': (_siapkerja_training_v1_ProgramState__Output);
}
