import { status as GrpcStatus } from '@grpc/grpc-js';
import type { Caller } from '@siapkerja/authz';
import { DomainError, GRPC_TO_HTTP, problem, toGrpcError, type FieldViolation } from '@siapkerja/errors';

/** The kinds of bulk-import records the jobs service owns. */
export const JOBS_IMPORT_KINDS = ['job-seeker', 'vacancy'] as const;
export type JobsImportKind = (typeof JOBS_IMPORT_KINDS)[number];
export const isJobsImportKind = (k: string): k is JobsImportKind => (JOBS_IMPORT_KINDS as readonly string[]).includes(k);

/** A record's key: the uploader's own id of it, 1 to 200 characters (as integration checks it on upload). */
export const MAX_IMPORT_KEY_LENGTH = 200;

/**
 * Why a record's key cannot be one, or undefined: it names the record for good (receipts by (caller, kind, key)), so an
 * empty one would make every keyless record of a batch a replay of the first, and one past the limit cannot be indexed.
 */
export function importKeyViolation(key: string): FieldViolation | undefined {
  return !key || key.length > MAX_IMPORT_KEY_LENGTH || /[\t\n\r]/.test(key)
    ? {
        field: 'key',
        description: `is required: a string of 1 to ${MAX_IMPORT_KEY_LENGTH} characters without tabs or line breaks (your id of the record)`,
      }
    : undefined;
}

/** Most records one ApplyImportBatch call takes. */
export const MAX_IMPORT_BATCH = 1000;

const OFFICERS = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN'];
/** Who may import each kind at all (each record is then authorized like the single-record use case). */
const IMPORTERS: Record<JobsImportKind, readonly string[]> = {
  // AK/1 registrations come from Disnaker systems (their region) and the ministry
  'job-seeker': OFFICERS,
  // vacancies: Disnaker systems (their region), the ministry, and partners/employers for the employers they act for
  vacancy: [...OFFICERS, 'PARTNER', 'EMPLOYER'],
};

export function mayImport(caller: Caller | undefined, kind: JobsImportKind): boolean {
  return !caller || caller.roles.some((r) => IMPORTERS[kind].includes(r));
}

/** The fields of a record: the line's JSON object without kind and key. Refuses anything but an object. */
export function recordFields(json: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw new DomainError('INVALID_ARGUMENT', `The record is not valid JSON: ${(e as Error).message}`, [
      { field: 'line', description: 'must be one JSON object' },
    ]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new DomainError('INVALID_ARGUMENT', 'The record must be a JSON object', [
      { field: 'line', description: 'must be one JSON object' },
    ]);
  const { kind: _kind, key: _key, ...fields } = parsed as Record<string, unknown>;
  return fields;
}

/**
 * The RFC 9457 problem (as JSON) of a rejected record, from what the single-record use case threw: a DomainError keeps
 * its status and field violations; anything else (a wrong type reaching a rule, e.g. a number where text is expected) is
 * a 400 naming the record, never a 500.
 */
export function rejectionProblem(err: unknown): string {
  if (err instanceof DomainError) {
    const g = toGrpcError(err);
    const violations: FieldViolation[] = err.violations;
    return JSON.stringify(
      problem(GRPC_TO_HTTP[g.code] ?? 400, err.message, { code: GrpcStatus[g.code], ...(violations.length ? { errors: violations } : {}) }),
    );
  }
  return JSON.stringify(
    problem(400, 'The record has fields of the wrong type', {
      code: 'INVALID_ARGUMENT',
      errors: [{ field: 'line', description: 'a field has the wrong JSON type (e.g. a number where text is expected)' }],
    }),
  );
}
