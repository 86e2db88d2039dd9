import { hasScope, type Caller } from '@siapkerja/authz';
import type { ServiceKey } from '@siapkerja/contracts';

/**
 * Which service owns (and applies, in its ApplyImportBatch) each kind of bulk-import record. A new kind plugs in here;
 * its owner must implement ApplyImportBatch (a service answering UNIMPLEMENTED gets its records rejected, naming why).
 */
export const IMPORT_KIND_OWNERS = {
  enrolment: 'training',
  attendance: 'training',
  completion: 'training',
  placement: 'placement',
  'job-seeker': 'jobs',
  vacancy: 'jobs',
} as const satisfies Record<string, ServiceKey>;

export type ImportKind = keyof typeof IMPORT_KIND_OWNERS;
export type ImportOwner = (typeof IMPORT_KIND_OWNERS)[ImportKind];
export const IMPORT_KINDS = Object.keys(IMPORT_KIND_OWNERS) as ImportKind[];
export const IMPORT_OWNERS = [...new Set(Object.values(IMPORT_KIND_OWNERS))] as ImportOwner[];
export const isImportKind = (k: string): k is ImportKind => Object.prototype.hasOwnProperty.call(IMPORT_KIND_OWNERS, k);

/** The scopes that let a token import each kind (any one of them); the owning service then authorizes every record. */
export const IMPORT_KIND_SCOPES: Record<ImportKind, string[]> = {
  enrolment: ['training:write'],
  attendance: ['training:write'],
  completion: ['training:write'],
  placement: ['jobs:write', 'training:write'],
  'job-seeker': ['jobs:write'],
  vacancy: ['jobs:write'],
};

/** The kinds the caller may import: those a scope of its token allows (the token's scopes travel in the caller). */
export const importKindsOf = (caller: Caller | undefined): ImportKind[] =>
  IMPORT_KINDS.filter((k) => IMPORT_KIND_SCOPES[k].some((s) => hasScope(caller, s)));

/**
 * What a record of each kind touches, so that chunks of one upload that touch nothing in common may be applied side by side
 * (ImportOrder): names of the record itself, and of the enrolment, training batch or person it creates or changes. A kind
 * not listed here (or a record whose dependencies cannot be named from its own fields) is applied after everything
 * before it in the upload.
 */
export const IMPORT_KIND_DEPENDENCIES: Partial<Record<ImportKind, (rec: Record<string, unknown>, key: string) => string[] | undefined>> = {
  // a new enrolment: its key (later records name it), the batch whose seats and selection it enters, and the person
  enrolment: (r, key) =>
    typeof r.batchId === 'string' && typeof r.nik === 'string' ? [`enrolment:${key}`, `batch:${r.batchId}`, `person:${r.nik}`] : undefined,
  // attendance and outcomes change one enrolment, named by the key of its enrolment record (an enrolment named by its id
  // could be the one an earlier record's key names: such records keep the upload's order)
  attendance: (r) => (typeof r.enrolmentKey === 'string' && r.enrolmentId === undefined ? [`enrolment:${r.enrolmentKey}`] : undefined),
  completion: (r) => (typeof r.enrolmentKey === 'string' && r.enrolmentId === undefined ? [`enrolment:${r.enrolmentKey}`] : undefined),
  // a placement changes one person's placements (their order decides which of two becomes the placement); the IPK
  // cells many records share are counted under row locks in a fixed order, so records of other persons go side by side
  placement: (r) => (typeof r.nik === 'string' ? [`person:${r.nik}`] : undefined),
};
