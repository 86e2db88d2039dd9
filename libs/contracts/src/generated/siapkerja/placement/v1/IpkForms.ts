// Original file: proto/siapkerja/placement/v1/placement.proto

import type { IpkForm as _siapkerja_placement_v1_IpkForm, IpkForm__Output as _siapkerja_placement_v1_IpkForm__Output } from '../../../siapkerja/placement/v1/IpkForm';
import type { RenderedFile as _siapkerja_placement_v1_RenderedFile, RenderedFile__Output as _siapkerja_placement_v1_RenderedFile__Output } from '../../../siapkerja/placement/v1/RenderedFile';

export interface IpkForms {
  'forms'?: (_siapkerja_placement_v1_IpkForm)[];
  'file'?: (_siapkerja_placement_v1_RenderedFile | null);
}

export interface IpkForms__Output {
  'forms': (_siapkerja_placement_v1_IpkForm__Output)[];
  'file': (_siapkerja_placement_v1_RenderedFile__Output | null);
}
