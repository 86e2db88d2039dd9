// Original file: proto/siapkerja/identity/v1/identity.proto


export interface SignUpRequest {
  'nik'?: (string);
  'name'?: (string);
  'motherMaidenName'?: (string);
  'birthDate'?: (string);
  'sex'?: (number);
  'phone'?: (string);
  'email'?: (string);
  'password'?: (string);
}

export interface SignUpRequest__Output {
  'nik': (string);
  'name': (string);
  'motherMaidenName': (string);
  'birthDate': (string);
  'sex': (number);
  'phone': (string);
  'email': (string);
  'password': (string);
}
