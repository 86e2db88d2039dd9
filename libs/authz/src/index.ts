import { forbidden } from '@siapkerja/errors';
import { currentContext } from '@siapkerja/logging';

/** gRPC metadata key carrying the authenticated caller from the gateway to the services. */
export const CALLER_METADATA_KEY = 'x-caller';

export const ROLES = [
  'JOB_SEEKER', 'EMPLOYER', 'TRAINING_PROVIDER', 'LSP', 'BNSP', 'DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN', 'PARTNER', 'TKM_MENTOR',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is calling, as the gateway authenticated it. */
export interface Caller {
  sub: string;
  roles: Role[];
  /** officers: the Kemendagri province (NN) or regency (NN.NN) they are bound to */
  regionCode?: string;
  /** partners: the OAuth2 client id, owner of the records it creates */
  clientId?: string;
}

/** Parses the caller metadata; anything malformed is treated as no caller. */
export function parseCaller(raw: unknown): Caller | undefined {
  if (typeof raw !== 'string' || raw.length > 4096) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<Caller>;
    if (typeof v.sub !== 'string' || !Array.isArray(v.roles)) return undefined;
    const roles = v.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
    const regionCode = typeof v.regionCode === 'string' && /^\d{2}(\.\d{2})?$/.test(v.regionCode) ? v.regionCode : undefined;
    return { sub: v.sub, roles, ...(regionCode ? { regionCode } : {}), ...(typeof v.clientId === 'string' ? { clientId: v.clientId } : {}) };
  } catch {
    return undefined;
  }
}

export function currentCaller(): Caller | undefined {
  return currentContext()?.caller as Caller | undefined;
}

/** Is `regionCode` (NN, NN.NN or deeper) inside `scope` (NN or NN.NN)? */
export function regionWithin(regionCode: string, scope: string): boolean {
  return regionCode === scope || regionCode.startsWith(`${scope}.`);
}

/** True when the caller is bound to a region (a Disnaker officer). */
export function isRegionBound(caller: Caller | undefined): caller is Caller & { regionCode: string } {
  return !!caller?.regionCode && caller.roles.some((r) => r === 'DISNAKER_REGENCY' || r === 'DISNAKER_PROVINCE');
}

/**
 * Defence in depth: a region-bound caller may act only inside its region. Callers that are not
 * region-bound (ministry, partners, people) are checked by their own rules elsewhere.
 */
export function assertRegionAllowed(regionCode: string, caller: Caller | undefined = currentCaller()): void {
  if (!isRegionBound(caller)) return;
  if (!regionWithin(regionCode, caller.regionCode)) {
    throw forbidden(`Region ${regionCode || '(national)'} is outside the caller's region ${caller.regionCode}`);
  }
}
