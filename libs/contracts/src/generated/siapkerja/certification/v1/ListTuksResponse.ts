// Original file: proto/siapkerja/certification/v1/lsps.proto

import type { Tuk as _siapkerja_certification_v1_Tuk, Tuk__Output as _siapkerja_certification_v1_Tuk__Output } from '../../../siapkerja/certification/v1/Tuk';

export interface ListTuksResponse {
  'tuks'?: (_siapkerja_certification_v1_Tuk)[];
  'nextPageToken'?: (string);
}

export interface ListTuksResponse__Output {
  'tuks': (_siapkerja_certification_v1_Tuk__Output)[];
  'nextPageToken': (string);
}
