import { findUnstorableString, jsonMayHoldUnstorable, problem, type FieldViolation } from '@siapkerja/errors';
import {
  IMPORT_KIND_DEPENDENCIES,
  IMPORT_KIND_OWNERS,
  IMPORT_KINDS,
  isImportKind,
  type ImportKind,
  type ImportOwner,
} from './import-kinds';

/** A record's key: the uploader's own id of it, 1 to 200 characters. */
export const MAX_KEY_LENGTH = 200;

/** One line of an upload as received (integrationV1.ImportLine). */
export interface RawLine {
  line: number;
  data: Buffer;
  size: number;
}

/** The answer for one line (integrationV1.ImportLineReceipt with a numeric line). */
export interface LineReceipt {
  line: number;
  kind: string;
  key: string;
  accepted: boolean;
  resourceId: string;
  problemJson: string;
}

/** A line that is a record: routed to its owner's ApplyImportBatch. */
export interface ParsedRecord {
  line: number;
  kind: ImportKind;
  key: string;
  owner: ImportOwner;
  json: string;
  /** what the record touches (IMPORT_KIND_DEPENDENCIES; the record's own kind and key first); undefined: not known */
  deps?: string[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function rejectedReceipt(
  line: number,
  status: number,
  code: string,
  detail: string,
  errors: FieldViolation[],
  kind = '',
  key = '',
): LineReceipt {
  return { line, kind, key, accepted: false, resourceId: '', problemJson: JSON.stringify(problem(status, detail, { code, errors })) };
}

/**
 * Reads one line: a record to route, a rejected receipt naming the rule it breaks (too long, not UTF-8, malformed JSON,
 * not an object, a string PostgreSQL cannot store, kind or key missing, an unknown kind, a kind the uploader's token may
 * not import), or undefined for a blank line (skipped, as NDJSON allows).
 */
export function parseLine(raw: RawLine, allowedKinds: ReadonlySet<string>, maxLineBytes: number): ParsedRecord | LineReceipt | undefined {
  const bad = (detail: string, errors: FieldViolation[], code = 'INVALID_RECORD', kind = '', key = '') =>
    rejectedReceipt(raw.line, 400, code, detail, errors, kind, key);
  if (raw.size > maxLineBytes || raw.size > raw.data.length)
    return bad(
      `The line is ${raw.size} bytes long`,
      [{ field: 'line', description: `must be at most ${maxLineBytes} bytes` }],
      'LINE_TOO_LONG',
    );
  let text: string;
  try {
    text = utf8.decode(raw.data);
  } catch {
    return bad('The line is not valid UTF-8', [{ field: 'line', description: 'must be UTF-8 text' }], 'MALFORMED_LINE');
  }
  if (!text.trim()) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return bad(`Malformed JSON: ${(e as Error).message}`, [{ field: 'line', description: 'must be one JSON object' }], 'MALFORMED_JSON');
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return bad('The line is not a JSON object', [{ field: 'line', description: 'must be one JSON object' }], 'MALFORMED_JSON');
  const rec = value as Record<string, unknown>;
  const kind = typeof rec.kind === 'string' ? rec.kind : '';
  const key = typeof rec.key === 'string' ? rec.key : '';
  const unstorable = jsonMayHoldUnstorable(text) ? findUnstorableString(rec) : undefined;
  if (unstorable)
    return bad(
      'The record has a string that cannot be stored or holds a control character',
      [unstorable],
      'INVALID_RECORD',
      safe(kind),
      safe(key),
    );
  const errors: FieldViolation[] = [];
  if (!kind) errors.push({ field: 'kind', description: `is required: one of ${IMPORT_KINDS.join(', ')}` });
  else if (!isImportKind(kind))
    errors.push({
      field: 'kind',
      description: `unknown kind ${JSON.stringify(kind.slice(0, MAX_KEY_LENGTH))}: one of ${IMPORT_KINDS.join(', ')}`,
    });
  if (!key || key.length > MAX_KEY_LENGTH || CONTROL_CHARACTER.test(key))
    errors.push({
      field: 'key',
      description: `is required: a string of 1 to ${MAX_KEY_LENGTH} characters without control characters (your id of the record)`,
    });
  if (errors.length) return bad('The record has invalid fields', errors, 'INVALID_RECORD', echoed(kind), echoed(key));
  if (!allowedKinds.has(kind))
    return rejectedReceipt(
      raw.line,
      403,
      'PERMISSION_DENIED',
      `The uploader's token may not import ${kind} records`,
      [{ field: 'kind', description: `needs the scope for ${kind} records` }],
      kind,
      key,
    );
  const touches = IMPORT_KIND_DEPENDENCIES[kind as ImportKind]?.(rec, key);
  return {
    line: raw.line,
    kind: kind as ImportKind,
    key,
    owner: IMPORT_KIND_OWNERS[kind as ImportKind],
    json: text,
    deps: touches && [`record:${kind}:${key}`, ...touches],
  };
}

/** kind and key echoed in a receipt only when storable themselves. */
const safe = (s: string) => (findUnstorableString(s) ? '' : s.slice(0, MAX_KEY_LENGTH));

/**
 * C0 and C1 control characters (CR and LF included): a record's key is its uploader's id of it, kept in receipts and in
 * the owners' source keys; an id with line breaks or terminal escapes in it is refused, never stored.
 */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** kind or key of an invalid record echoed in its receipt: at most 200 characters, none if it holds a control character. */
const echoed = (s: string) => (CONTROL_CHARACTER.test(s) ? '' : s.slice(0, MAX_KEY_LENGTH));

export const isReceipt = (x: ParsedRecord | LineReceipt): x is LineReceipt => 'accepted' in x;

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a block (AppendImportLinesRequest.block): each ends at a line feed (the last may lack it), a trailing CR is
 * dropped unless the line was cut, empty lines are numbered but not answered; a cut line's size is its full size from
 * `cut`. The lines' data are views of the block (not copies). `lastLine` is the block's last line number (blank or not).
 */
export function linesOfBlock(block: Buffer, firstLine: number, cut: ReadonlyMap<number, number>): { lines: RawLine[]; lastLine: number } {
  const lines: RawLine[] = [];
  let line = firstLine;
  let start = 0;
  while (start < block.length) {
    let lf = block.indexOf(LF, start);
    if (lf === -1) lf = block.length;
    const full = cut.get(line);
    const end = full === undefined && lf > start && block[lf - 1] === CR ? lf - 1 : lf;
    if (end > start || full !== undefined) lines.push({ line, data: block.subarray(start, end), size: full ?? end - start });
    line++;
    start = lf + 1;
  }
  return { lines, lastLine: line - 1 };
}

/** A receipt as the REST API answers it: one NDJSON line (ImportReceipt: line, kind, key, accepted, resourceId or problem). */
export function receiptLine(r: LineReceipt): string {
  const head = `{"line":${r.line},"kind":${JSON.stringify(r.kind)},"key":${JSON.stringify(r.key)},"accepted":${r.accepted}`;
  return r.accepted ? `${head},"resourceId":${JSON.stringify(r.resourceId)}}\n` : `${head},"problem":${r.problemJson || '{}'}}\n`;
}
