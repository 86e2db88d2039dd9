import { ndjsonBlocks, type UploadBlock } from './ndjson-lines';

async function collect(parts: (string | Buffer)[], opts = { maxLineBytes: 8, chunkLines: 2, chunkBytes: 1000 }) {
  async function* body() {
    for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
  }
  const out: (Omit<UploadBlock, 'block'> & { text: string })[] = [];
  for await (const b of ndjsonBlocks(body(), opts))
    out.push({ firstLine: b.firstLine, lastLine: b.lastLine, text: b.block.toString(), cut: b.cut });
  return out;
}

describe('ndjsonBlocks', () => {
  it('cuts the body into blocks of whole lines across network chunks, numbering every line (blank ones too)', async () => {
    expect(await collect(['{"a"', ':1}\r\n\n{"b":2}\n{"c"', ':3}'])).toEqual([
      { firstLine: 1, lastLine: 2, text: '{"a":1}\r\n\n', cut: [] },
      { firstLine: 3, lastLine: 4, text: '{"b":2}\n{"c":3}\n', cut: [] },
    ]);
  });

  it('keeps at most maxLineBytes + 1 bytes of a long line (across chunks) and reports its whole size', async () => {
    expect(await collect(['0123456789', 'abcdef\nok\n', 'x'.repeat(20)])).toEqual([
      { firstLine: 1, lastLine: 2, text: '012345678\nok\n', cut: [{ line: 1, size: 16 }] },
      { firstLine: 3, lastLine: 3, text: 'x'.repeat(9) + '\n', cut: [{ line: 3, size: 20 }] },
    ]);
    expect(await collect(['abc\n0123456789abc\r\nde\n'], { maxLineBytes: 8, chunkLines: 10, chunkBytes: 1000 })).toEqual([
      { firstLine: 1, lastLine: 3, text: 'abc\n012345678\nde\n', cut: [{ line: 2, size: 14 }] },
    ]);
  });

  it('makes blocks by bytes too, and reports the bytes read so far (the caller stops a body too large)', async () => {
    const seen: number[] = [];
    const blocks = [];
    for await (const b of ndjsonBlocks(
      (async function* () {
        yield Buffer.from('aaaa\nbbbb\ncccc\n');
      })(),
      { maxLineBytes: 100, chunkLines: 100, chunkBytes: 8, onBytes: (t) => seen.push(t) },
    ))
      blocks.push(b.block.toString());
    expect(blocks).toEqual(['aaaa\nbbbb\n', 'cccc\n']);
    expect(seen).toEqual([15]);
  });

  it('reads a body of one byte per network chunk the same as in one chunk', async () => {
    const text = '{"k":1}\r\n\n' + 'z'.repeat(30) + '\n{"k":2}';
    const whole = await collect([text], { maxLineBytes: 10, chunkLines: 2, chunkBytes: 1000 });
    expect(
      await collect(
        [...text].map((c) => c),
        { maxLineBytes: 10, chunkLines: 2, chunkBytes: 1000 },
      ),
    ).toEqual(whole);
    expect(whole.map((b) => b.text).join('')).toBe('{"k":1}\r\n\n' + 'z'.repeat(11) + '\n{"k":2}\n');
    expect(whole.flatMap((b) => b.cut)).toEqual([{ line: 3, size: 30 }]);
  });
});
