// Original file: proto/siapkerja/identity/v1/identity.proto

import type { SandboxVerificationCode as _siapkerja_identity_v1_SandboxVerificationCode, SandboxVerificationCode__Output as _siapkerja_identity_v1_SandboxVerificationCode__Output } from '../../../siapkerja/identity/v1/SandboxVerificationCode';

export interface ListSandboxVerificationCodesResponse {
  'codes'?: (_siapkerja_identity_v1_SandboxVerificationCode)[];
}

export interface ListSandboxVerificationCodesResponse__Output {
  'codes': (_siapkerja_identity_v1_SandboxVerificationCode__Output)[];
}
