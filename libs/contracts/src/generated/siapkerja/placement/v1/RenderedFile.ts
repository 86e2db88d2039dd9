// Original file: proto/siapkerja/placement/v1/placement.proto


export interface RenderedFile {
  'body'?: (Buffer | Uint8Array | string);
  'contentType'?: (string);
  'filename'?: (string);
}

export interface RenderedFile__Output {
  'body': (Buffer);
  'contentType': (string);
  'filename': (string);
}
