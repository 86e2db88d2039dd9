import { int } from '@siapkerja/config';

/** Environment variables of bulk uploads (merged into the gateway's config spec); documented in the README. */
export const importsConfigSpec = {
  /** largest upload body, in bytes (a larger Content-Length is 413 at once; a body growing past it is cut there) */
  IMPORT_MAX_BYTES: int({ default: 1024 * 1024 * 1024, min: 1024, max: 64 * 1024 * 1024 * 1024 }),
  /** longest line, in bytes: a longer line is rejected by its receipt (only its first bytes are held) */
  IMPORT_MAX_LINE_BYTES: int({ default: 65536, min: 256, max: 1_048_576 }),
  /** lines sent to the integration service per call (the placement service applies up to 5,000 records in one batch) */
  IMPORT_CHUNK_LINES: int({ default: 5000, min: 1, max: 5000 }),
  /** bytes of lines sent per call (a chunk is sent when either bound is reached) */
  IMPORT_CHUNK_BYTES: int({ default: 2 * 1024 * 1024, min: 1024, max: 6 * 1024 * 1024 }),
  /**
   * chunks of one upload sent before the oldest one's answer: parsing, transfer and answers overlap with applying (the
   * integration service still applies the chunks in upload order); 1 sends the next chunk only after the answer
   */
  IMPORT_CHUNKS_IN_FLIGHT: int({ default: 4, min: 1, max: 8 }),
  /** an upload declaring a larger Content-Length is kept as an import job (as with Prefer: respond-async) */
  IMPORT_ASYNC_ABOVE_BYTES: int({ default: 256 * 1024 * 1024, min: 1024, max: 64 * 1024 * 1024 * 1024 }),
  /**
   * Node's request timeout of the gateway's HTTP server (the whole request, body included, must arrive within it): raised
   * from Node's 5 minutes so a large upload is not cut (a synchronous upload is received at the rate it is applied)
   */
  HTTP_REQUEST_TIMEOUT_MS: int({ default: 30 * 60 * 1000, min: 10_000, max: 24 * 3600 * 1000 }),
  /** deadline of one chunk's call (the owning services apply its records meanwhile) */
  IMPORT_GRPC_DEADLINE_MS: int({ default: 120_000, min: 100, max: 600_000 }),
};

export interface ImportsConfig {
  IMPORT_MAX_BYTES: number;
  IMPORT_MAX_LINE_BYTES: number;
  IMPORT_CHUNK_LINES: number;
  IMPORT_CHUNK_BYTES: number;
  IMPORT_CHUNKS_IN_FLIGHT: number;
  IMPORT_ASYNC_ABOVE_BYTES: number;
  IMPORT_GRPC_DEADLINE_MS: number;
  HTTP_REQUEST_TIMEOUT_MS: number;
}
