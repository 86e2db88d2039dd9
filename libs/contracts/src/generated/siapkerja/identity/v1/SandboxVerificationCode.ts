// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SandboxVerificationCode {
  'purpose'?: (string);
  'code'?: (string);
  'channel'?: (string);
  'sentTo'?: (string);
  'sendTime'?: (string);
}

export interface SandboxVerificationCode__Output {
  'purpose': (string);
  'code': (string);
  'channel': (string);
  'sentTo': (string);
  'sendTime': (string);
}
