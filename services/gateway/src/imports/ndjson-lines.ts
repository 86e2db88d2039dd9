/** One line of an upload as the gateway holds it: at most `maxLineBytes` of it, and its full length. */
export interface UploadLine {
  line: number;
  data: Buffer;
  size: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits an NDJSON byte stream into lines without ever holding more than one chunk of lines: each line keeps at most
 * `maxLineBytes + 1` bytes (enough to tell it is too long; the integration service rejects it by its receipt), a line's
 * full size is counted, a trailing CR is dropped (CRLF), empty lines are skipped but numbered. Yields batches of lines
 * of at most `chunkLines` lines or about `chunkBytes` bytes, so the caller can send each batch and wait for its answer
 * before more of the body is read (backpressure).
 */
export async function* ndjsonChunks(
  body: AsyncIterable<Buffer>,
  opts: { maxLineBytes: number; chunkLines: number; chunkBytes: number; onBytes?: (total: number) => void },
): AsyncGenerator<UploadLine[]> {
  let lineNo = 0;
  let parts: Buffer[] = [];
  let held = 0;
  let size = 0;
  let batch: UploadLine[] = [];
  let batchBytes = 0;
  let total = 0;
  const keep = opts.maxLineBytes + 1;

  const endLine = (): void => {
    lineNo++;
    let data = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    if (size <= keep && data.length && data[data.length - 1] === CR) {
      data = data.subarray(0, data.length - 1);
      size--;
    }
    // a copy: the line must not pin the whole chunk of the socket it was read from
    if (data.length) {
      batch.push({ line: lineNo, data: Buffer.from(data), size });
      batchBytes += data.length;
    }
    parts = [];
    held = 0;
    size = 0;
  };

  for await (const chunk of body) {
    total += chunk.length;
    opts.onBytes?.(total);
    let start = 0;
    while (start < chunk.length) {
      const lf = chunk.indexOf(LF, start);
      const end = lf === -1 ? chunk.length : lf;
      const piece = chunk.subarray(start, end);
      size += piece.length;
      if (held < keep) {
        const take = piece.subarray(0, keep - held);
        parts.push(take);
        held += take.length;
      }
      if (lf === -1) break;
      endLine();
      start = lf + 1;
      if (batch.length >= opts.chunkLines || batchBytes >= opts.chunkBytes) {
        yield batch;
        batch = [];
        batchBytes = 0;
      }
    }
  }
  if (size > 0 || held > 0) endLine();
  if (batch.length) yield batch;
}
