import { ndjsonChunks } from './ndjson-lines';

async function collect(parts: (string | Buffer)[], opts = { maxLineBytes: 8, chunkLines: 2, chunkBytes: 1000 }) {
  async function* body() {
    for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
  }
  const out: { line: number; text: string; size: number }[][] = [];
  for await (const chunk of ndjsonChunks(body(), opts))
    out.push(chunk.map((l) => ({ line: l.line, text: l.data.toString(), size: l.size })));
  return out;
}

describe('ndjsonChunks', () => {
  it('splits lines across network chunks, numbers them, drops CR and blank lines, batches by line count', async () => {
    expect(await collect(['{"a"', ':1}\r\n\n{"b":2}\n{"c"', ':3}'])).toEqual([
      [
        { line: 1, text: '{"a":1}', size: 7 },
        { line: 3, text: '{"b":2}', size: 7 },
      ],
      [{ line: 4, text: '{"c":3}', size: 7 }],
    ]);
  });

  it('holds at most maxLineBytes + 1 of a long line but counts its whole size', async () => {
    const [[first, second]] = await collect(['0123456789', 'abcdef\nok\n']);
    expect(first).toEqual({ line: 1, text: '012345678', size: 16 });
    expect(second).toEqual({ line: 2, text: 'ok', size: 2 });
  });

  it('batches by bytes too, and reports the bytes read so far (the caller stops a body too large)', async () => {
    const seen: number[] = [];
    const chunks = [];
    for await (const c of ndjsonChunks(
      (async function* () {
        yield Buffer.from('aaaa\nbbbb\ncccc\n');
      })(),
      { maxLineBytes: 100, chunkLines: 100, chunkBytes: 8, onBytes: (t) => seen.push(t) },
    ))
      chunks.push(c.length);
    expect(chunks).toEqual([2, 1]);
    expect(seen).toEqual([15]);
  });
});
