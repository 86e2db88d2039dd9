// Original file: proto/siapkerja/certification/v1/credentials.proto


export interface IssuerDocuments {
  'did'?: (string);
  'didDocumentJson'?: (string);
  'jwksJson'?: (string);
}

export interface IssuerDocuments__Output {
  'did': (string);
  'didDocumentJson': (string);
  'jwksJson': (string);
}
