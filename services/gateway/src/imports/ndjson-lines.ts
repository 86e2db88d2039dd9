/** A chunk of an upload's lines as one block (integrationV1.AppendImportLinesRequest's bulk form). */
export interface UploadBlock {
  /** the number of the block's first line (1-based, counting every line of the upload, blank ones too) */
  firstLine: number;
  /** the number of its last line */
  lastLine: number;
  /** the lines' bytes, each followed by LF (a line without one at the end of the body gets it) */
  block: Buffer;
  /** the lines cut at maxLineBytes + 1 bytes: number and full size */
  cut: { line: number; size: number }[];
}

const LF = 0x0a;
const NEWLINE = Buffer.from('\n');

/**
 * Cuts an NDJSON byte stream into blocks of whole lines without ever holding more than one block: each line keeps at most
 * `maxLineBytes + 1` bytes (enough to tell it is too long; the integration service rejects it by its receipt) and its full
 * size is reported. Yields blocks of at most `chunkLines` lines or about `chunkBytes` bytes, so the caller can send each
 * and wait for its answer before more of the body is read (backpressure). The lines are not copied one by one: a block
 * is the kept ranges of the network chunks, joined once. CR and blank lines are left to the reader (they are numbered).
 */
export async function* ndjsonBlocks(
  body: AsyncIterable<Buffer>,
  opts: { maxLineBytes: number; chunkLines: number; chunkBytes: number; onBytes?: (total: number) => void },
): AsyncGenerator<UploadBlock> {
  const keep = opts.maxLineBytes + 1;
  let parts: Buffer[] = [];
  let held = 0; // bytes in parts
  let firstLine = 1;
  let lineNo = 0; // lines ended so far
  let size = 0; // full size of the line being read
  let cut: UploadBlock['cut'] = [];
  let total = 0;

  const take = (): UploadBlock => {
    const out = { firstLine, lastLine: lineNo, block: Buffer.concat(parts, held), cut };
    parts = [];
    held = 0;
    cut = [];
    firstLine = lineNo + 1;
    return out;
  };
  const keepRange = (chunk: Buffer, from: number, to: number) => {
    if (to > from) {
      parts.push(chunk.subarray(from, to));
      held += to - from;
    }
  };

  for await (const chunk of body) {
    total += chunk.length;
    opts.onBytes?.(total);
    let kept = 0; // start of the range of this chunk not yet kept
    let start = 0;
    while (start < chunk.length) {
      const lf = chunk.indexOf(LF, start);
      const end = lf === -1 ? chunk.length : lf;
      const before = size;
      size += end - start;
      if (size > keep && before <= keep) {
        // the line grows past what is kept: keep its first bytes, skip the rest (up to its LF)
        keepRange(chunk, kept, start + (keep - before));
        kept = end;
      } else if (before > keep) kept = end;
      if (lf === -1) break;
      lineNo++;
      if (size > keep) cut.push({ line: lineNo, size });
      size = 0;
      start = lf + 1;
      if (lineNo - firstLine + 1 >= opts.chunkLines || held + (start - kept) >= opts.chunkBytes) {
        keepRange(chunk, kept, start);
        kept = start;
        yield take();
      }
    }
    keepRange(chunk, kept, chunk.length);
  }
  if (size > 0) {
    // the last line has no LF
    lineNo++;
    if (size > keep) cut.push({ line: lineNo, size });
    parts.push(NEWLINE);
    held += 1;
  }
  if (held > 0) yield take();
}
