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
