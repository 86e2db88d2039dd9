import { linesOfBlock, parseLine, isReceipt, receiptLine, type LineReceipt } from './imports.rules';
import { IMPORT_KINDS } from './import-kinds';

const all = new Set<string>(IMPORT_KINDS);
const line = (text: string | Buffer, n = 1, size?: number) => {
  const data = Buffer.isBuffer(text) ? text : Buffer.from(text);
  return { line: n, data, size: size ?? data.length };
};
const rejected = (r: ReturnType<typeof parseLine>) => {
  expect(r && isReceipt(r)).toBe(true);
  const receipt = r as LineReceipt;
  return { ...receipt, problem: JSON.parse(receipt.problemJson) };
};

describe('parseLine', () => {
  it('routes a record to its owner with the line as sent', () => {
    const text = '{"kind":"job-seeker","key":"AK1-1","nik":"3373010101900001"}';
    expect(parseLine(line(text, 7), all, 65536)).toEqual({ line: 7, kind: 'job-seeker', key: 'AK1-1', owner: 'jobs', json: text });
    expect(parseLine(line('{"kind":"completion","key":"c-1"}'), all, 65536)).toMatchObject({ owner: 'training' });
    expect(parseLine(line('{"kind":"placement","key":"p-1"}'), all, 65536)).toMatchObject({ owner: 'placement' });
  });

  it('names what a training record touches, so chunks sharing nothing may be applied side by side', () => {
    const deps = (text: string) => (parseLine(line(text), all, 65536) as { deps?: string[] }).deps;
    expect(deps('{"kind":"enrolment","key":"e-1","batchId":"b-1","nik":"3373010101900001"}')).toEqual([
      'record:enrolment:e-1',
      'enrolment:e-1',
      'batch:b-1',
      'person:3373010101900001',
    ]);
    expect(deps('{"kind":"attendance","key":"a-1","enrolmentKey":"e-1","sessionNumber":1}')).toEqual([
      'record:attendance:a-1',
      'enrolment:e-1',
    ]);
    expect(deps('{"kind":"completion","key":"c-1","enrolmentKey":"e-1"}')).toEqual(['record:completion:c-1', 'enrolment:e-1']);
    // not known from the record itself (an enrolment named by id, a kind without dependencies): kept in upload order
    expect(deps('{"kind":"completion","key":"c-1","enrolmentId":"0b6f4a4e-8a8a-4c1e-9a52-4f1f8a9e2b11"}')).toBeUndefined();
    expect(deps('{"kind":"enrolment","key":"e-1"}')).toBeUndefined();
    expect(deps('{"kind":"placement","key":"p-1","nik":"3373010101900001"}')).toEqual(['record:placement:p-1', 'person:3373010101900001']);
    expect(deps('{"kind":"placement","key":"p-1"}')).toBeUndefined();
    expect(deps('{"kind":"job-seeker","key":"js-1","nik":"3373010101900001"}')).toBeUndefined();
  });

  it('skips blank lines', () => {
    expect(parseLine(line('   \t'), all, 65536)).toBeUndefined();
  });

  it.each([
    ['{"kind":"job-seeker","key":', 'MALFORMED_JSON', 'line'],
    ['[1,2]', 'MALFORMED_JSON', 'line'],
    ['"text"', 'MALFORMED_JSON', 'line'],
    ['{"key":"k"}', 'INVALID_RECORD', 'kind'],
    ['{"kind":"cuti","key":"k"}', 'INVALID_RECORD', 'kind'],
    ['{"kind":"vacancy"}', 'INVALID_RECORD', 'key'],
    ['{"kind":"vacancy","key":""}', 'INVALID_RECORD', 'key'],
    [`{"kind":"vacancy","key":"${'k'.repeat(201)}"}`, 'INVALID_RECORD', 'key'],
    ['{"kind":"vacancy","key":5}', 'INVALID_RECORD', 'key'],
    ['{"kind":"vacancy","key":"k","positionName":"Juru\\u0000Las"}', 'INVALID_RECORD', 'positionName'],
    ['{"kind":"vacancy","key":"k","skills":["\\ud800"]}', 'INVALID_RECORD', 'skills[0]'],
  ])('rejects %s naming the rule (%s, field %s)', (text, code, field) => {
    const r = rejected(parseLine(line(text), all, 65536));
    expect(r.accepted).toBe(false);
    expect(r.problem).toMatchObject({ status: 400, code });
    expect(r.problem.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['CR LF', 'AK1-1\r\n'],
    ['a C0 control character', 'AK1\u00011'],
    ['DEL', 'AK1-1\u007f'],
    ['a C1 control character', 'AK1-\u00851'],
  ])('rejects a key holding %s, naming key, and echoes no key or kind longer than 200 characters', (_what, key) => {
    const r = rejected(parseLine(line(JSON.stringify({ kind: 'placement', key })), all, 65536));
    expect(r).toMatchObject({ accepted: false, key: '', problem: { status: 400, code: 'INVALID_RECORD' } });
    expect(r.problem.errors).toEqual([expect.objectContaining({ field: 'key', description: expect.stringMatching(/control character/) })]);
    const long = rejected(parseLine(line(JSON.stringify({ kind: 'x'.repeat(10_000), key })), all, 65536));
    expect(long.kind.length).toBeLessThanOrEqual(200);
    expect(long.problemJson.length).toBeLessThan(2000);
  });

  it('rejects bytes that are not UTF-8, and a line longer than the limit (also when cut by the gateway)', () => {
    expect(rejected(parseLine(line(Buffer.from([0x7b, 0xff, 0x7d])), all, 65536)).problem.code).toBe('MALFORMED_LINE');
    expect(rejected(parseLine(line('{"kind":"vacancy","key":"k"}'), all, 10)).problem.code).toBe('LINE_TOO_LONG');
    expect(rejected(parseLine(line('{"kind":"vac', 1, 90_000), all, 65536)).problem).toMatchObject({
      code: 'LINE_TOO_LONG',
      detail: 'The line is 90000 bytes long',
    });
  });

  it('rejects a kind the token may not import, 403, keeping kind and key in the receipt', () => {
    const r = rejected(parseLine(line('{"kind":"completion","key":"c-9"}'), new Set(['job-seeker']), 65536));
    expect(r).toMatchObject({ kind: 'completion', key: 'c-9', problem: { status: 403, code: 'PERMISSION_DENIED' } });
  });

  it('reads a block of lines: numbered from firstLine (blank lines numbered, not answered), CR dropped, cut lines with their full size', () => {
    const block = Buffer.from('{"a":1}\r\n\n  \n0123456789\r\n{"b":2}');
    const { lines, lastLine } = linesOfBlock(block, 41, new Map([[44, 90_000]]));
    expect(lines.map((l) => ({ line: l.line, text: l.data.toString(), size: l.size }))).toEqual([
      { line: 41, text: '{"a":1}', size: 7 },
      { line: 43, text: '  ', size: 2 },
      { line: 44, text: '0123456789\r', size: 90_000 },
      { line: 45, text: '{"b":2}', size: 7 },
    ]);
    expect(lastLine).toBe(45);
    expect(linesOfBlock(Buffer.from('\n\n'), 7, new Map())).toEqual({ lines: [], lastLine: 8 });
    // views of the block, not copies
    expect(lines[0].data.buffer).toBe(block.buffer);
  });

  it('renders a receipt as the NDJSON line of the REST API, the same as JSON.stringify of the receipt object', () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'x "y" \u2028', code: 'INVALID_RECORD' };
    const accepted: LineReceipt = { line: 3, kind: 'placement', key: 'k"\\1', accepted: true, resourceId: 'r-1', problemJson: '' };
    const refused: LineReceipt = { line: 9, kind: '', key: '', accepted: false, resourceId: '', problemJson: JSON.stringify(problem) };
    expect(JSON.parse(receiptLine(accepted))).toEqual({ line: 3, kind: 'placement', key: 'k"\\1', accepted: true, resourceId: 'r-1' });
    expect(receiptLine(refused)).toBe(`${JSON.stringify({ line: 9, kind: '', key: '', accepted: false, problem })}\n`);
    expect(receiptLine({ ...refused, problemJson: '' })).toBe('{"line":9,"kind":"","key":"","accepted":false,"problem":{}}\n');
  });
});
