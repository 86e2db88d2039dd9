import { DomainError, findUnstorableString, GRPC_TO_HTTP, invalid, problem, toGrpcError, type FieldViolation } from '@siapkerja/errors';

export const IMPORT_KINDS = ['enrolment', 'attendance', 'completion'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const MAX_RECORDS = 5000;

/** The longest key of a record (IMPORTS-CONTRACT.md): the receipt of a record is kept under it. */
export const MAX_KEY = 200;

/** Whether a record's receipt is kept (and looked up) under its kind and key: a kind of training's and a key of 1-200 characters. */
export function isReceiptKey(r: { kind: string; key: string }): boolean {
  return (IMPORT_KINDS as readonly string[]).includes(r.kind) && !!r.key && r.key.length <= MAX_KEY;
}

/** A record's line: a whole number from 0 that JavaScript and the receipts' bigint column both hold exactly. */
export function isLineNumber(line: number): boolean {
  return Number.isSafeInteger(line) && line >= 0;
}

/** A record's fields, read from its JSON line with the type each must have; every wrong field is named. */
export class RecordFields {
  private readonly violations: FieldViolation[] = [];
  constructor(private readonly o: Record<string, unknown>) {}

  string(name: string, opts: { optional?: boolean; max?: number } = {}): string {
    const v = this.o[name];
    if (v === undefined || v === null || v === '') {
      if (!opts.optional) this.violations.push({ field: name, description: 'is required' });
      return '';
    }
    if (typeof v !== 'string') {
      this.violations.push({ field: name, description: 'must be a string' });
      return '';
    }
    if (v.length > (opts.max ?? 1000)) this.violations.push({ field: name, description: `at most ${opts.max ?? 1000} characters` });
    return v;
  }

  int(name: string, opts: { optional?: boolean } = {}): number | null {
    const v = this.o[name];
    if (v === undefined || v === null) {
      if (!opts.optional) this.violations.push({ field: name, description: 'is required' });
      return null;
    }
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.violations.push({ field: name, description: 'must be an integer' });
      return null;
    }
    return v;
  }

  bool(name: string): boolean {
    const v = this.o[name];
    if (typeof v !== 'boolean') this.violations.push({ field: name, description: 'must be true or false' });
    return v === true;
  }

  /** Exactly one of the two fields (e.g. enrolmentId or enrolmentKey). */
  oneOf(a: string, b: string): { field: string; value: string } {
    const va = this.string(a, { optional: true, max: 200 });
    const vb = this.string(b, { optional: true, max: 200 });
    if (!!va === !!vb) this.violations.push({ field: a, description: `give exactly one of ${a} and ${b}` });
    return va ? { field: a, value: va } : { field: b, value: vb };
  }

  /** Names a field as wrong for a reason found outside the readers above. */
  refuse(field: string, description: string): void {
    this.violations.push({ field, description });
  }

  /** Whether a field read so far is wrong. */
  get invalid(): boolean {
    return this.violations.length > 0;
  }

  throwIfAny(): void {
    if (this.violations.length) throw invalid(this.violations, 'The record has invalid fields');
  }
}

/** The JSON object of a record line, or INVALID_ARGUMENT naming what is wrong with it (a malformed line rejects that line only). */
export function parseRecord(json: string, kind: string, key: string): Record<string, unknown> {
  if (!(IMPORT_KINDS as readonly string[]).includes(kind))
    throw invalid([{ field: 'kind', description: `must be one of ${IMPORT_KINDS.join(', ')} (training's kinds)` }]);
  if (!key || key.length > MAX_KEY) throw invalid([{ field: 'key', description: `is required (1-${MAX_KEY} characters)` }]);
  let o: unknown;
  try {
    o = JSON.parse(json);
  } catch {
    throw invalid([{ field: 'json', description: 'the line is not valid JSON' }]);
  }
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw invalid([{ field: 'json', description: 'the line must be a JSON object' }]);
  const bad = findUnstorableString(o);
  if (bad) throw invalid([bad]);
  return o as Record<string, unknown>;
}

/** The RFC 9457 problem (JSON) of a refused record: status, code (as the jobs service's receipts), detail and the fields or rules named. */
export function problemJsonOf(err: DomainError): string {
  const status = GRPC_TO_HTTP[toGrpcError(err).code];
  return JSON.stringify(problem(status, err.message, { code: err.kind, ...(err.violations.length ? { errors: err.violations } : {}) }));
}
