import { createHmac, timingSafeEqual } from 'node:crypto';
import { forbidden, Violations } from '@siapkerja/errors';
import { currentContext } from '@siapkerja/logging';

/** gRPC metadata key carrying the authenticated caller from the gateway to the services. */
export const CALLER_METADATA_KEY = 'x-caller';

/** The shape of a person id (libs/identity: keyed hash of the NIK) as callers and requests carry it. */
export const PERSON_ID_RE = /^[A-Za-z0-9_-]{16,128}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const ROLES = [
  'JOB_SEEKER',
  'EMPLOYER',
  'TRAINING_PROVIDER',
  'LSP',
  'BNSP',
  'DISNAKER_REGENCY',
  'DISNAKER_PROVINCE',
  'MINISTRY_ADMIN',
  'PARTNER',
  'TKM_MENTOR',
] as const;
export type Role = (typeof ROLES)[number];

/** The roles an account or API client may be given (identity grants them). */
export const GRANTABLE_ROLES = [
  'JOB_SEEKER',
  'EMPLOYER',
  'TRAINING_PROVIDER',
  'LSP',
  'BNSP',
  'TKM_MENTOR',
  'DISNAKER_REGENCY',
  'DISNAKER_PROVINCE',
  'MINISTRY_ADMIN',
  'PARTNER',
] as const satisfies readonly Role[];
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

/** API areas; each has `<area>:read` and `<area>:write` (which roles carry which is identity's). */
export const AREAS = ['jobs', 'training', 'certification', 'entrepreneurship', 'reports', 'feed', 'webhooks', 'admin'] as const;
export type Area = (typeof AREAS)[number];
export const ALL_SCOPES: string[] = AREAS.flatMap((a) => [`${a}:read`, `${a}:write`]);

export const OFFICER_ROLES: Role[] = ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE'];

/** A Disnaker officer (regency or province), bound to a region. */
export function isOfficer(roles: readonly string[]): boolean {
  return roles.some((r) => (OFFICER_ROLES as string[]).includes(r));
}

/** Who is calling, as the gateway authenticated it. */
export interface Caller {
  sub: string;
  roles: Role[];
  /** officers: the Kemendagri province (NN) or regency (NN.NN) they are bound to */
  regionCode?: string;
  /** training providers, LSPs and partners acting for one: the organization (uuid) whose records it manages */
  organizationId?: string;
  /** partners: the OAuth2 client id, owner of the records it creates */
  clientId?: string;
  /** people: the person id (libs/identity) of the account, when the gateway resolved it (a seeker acting for himself) */
  personId?: string;
  /** the scopes of the caller's token (`jobs:write`, ...): services decide scope-dependent rules with them */
  scopes?: string[];
  /** the purpose stated for reading unmasked personal data (the X-Purpose header, unchecked: libs/privacy checks it) */
  purpose?: string;
}

/** Longest stated purpose forwarded (the gateway cuts a longer X-Purpose to it: still not a purpose, so refused by name). */
export const MAX_PURPOSE_LENGTH = 128;

const SCOPE_RE = /^[a-z][a-z0-9_-]{0,30}:[a-z][a-z0-9_-]{0,30}$|^[a-z]{1,32}$/;

/** Whether the caller's token carries `scope` (false for a caller without scopes, e.g. another service). */
export function hasScope(caller: Caller | undefined, scope: string): boolean {
  return !!caller?.scopes?.includes(scope);
}

/** Parses the caller metadata; anything malformed is treated as no caller. */
export function parseCaller(raw: unknown): Caller | undefined {
  if (typeof raw !== 'string' || raw.length > 4096) return undefined;
  try {
    const v = JSON.parse(raw) as Partial<Caller>;
    if (typeof v.sub !== 'string' || !Array.isArray(v.roles)) return undefined;
    const roles = v.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
    const regionCode = typeof v.regionCode === 'string' && /^\d{2}(\.\d{2})?$/.test(v.regionCode) ? v.regionCode : undefined;
    return {
      sub: v.sub,
      roles,
      ...(regionCode ? { regionCode } : {}),
      ...(typeof v.clientId === 'string' ? { clientId: v.clientId } : {}),
      ...(typeof v.organizationId === 'string' && UUID_RE.test(v.organizationId) ? { organizationId: v.organizationId } : {}),
      ...(typeof v.personId === 'string' && PERSON_ID_RE.test(v.personId) ? { personId: v.personId } : {}),
      ...(Array.isArray(v.scopes)
        ? { scopes: v.scopes.filter((s): s is string => typeof s === 'string' && SCOPE_RE.test(s)).slice(0, 64) }
        : {}),
      ...(typeof v.purpose === 'string' && v.purpose.length <= MAX_PURPOSE_LENGTH ? { purpose: v.purpose } : {}),
    };
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
 * An officer (Disnaker regency or province) may read or write only inside the region his credential is bound to; an officer
 * whose credential names no region sees nothing, and a record or query without a region is outside every officer's region.
 * Callers who are not officers (ministry, partners, people) are not region-bound: their own rules apply elsewhere.
 * `what` names the checked value in the refusal ("regionCode 33.74 is outside the caller's region 33.73").
 */
export function assertRegionAllowed(
  regionCode: string | null | undefined,
  caller: Caller | undefined = currentCaller(),
  what = 'Region',
): void {
  if (!caller || !isOfficer(caller.roles)) return;
  if (!caller.regionCode) throw forbidden('This officer credential is not bound to a region');
  if (!regionCode || !regionWithin(regionCode, caller.regionCode)) {
    throw forbidden(`${what} ${regionCode || '(none)'} is outside the caller's region ${caller.regionCode}`);
  }
}

/** gRPC metadata key of the gateway's signature over the caller (see {@link signCaller}). */
export const CALLER_SIGNATURE_KEY = 'x-caller-sig';
/** A signed caller is accepted this long after signing (clock skew included): a captured one cannot be replayed later. */
export const CALLER_SIGNATURE_TTL_MS = 120_000;

function callerMac(secret: string, ts: string, callerJson: string): string {
  return createHmac('sha256', secret).update(`${ts}.${callerJson}`).digest('base64url');
}

/**
 * Signs the caller metadata with the secret shared by the gateway and the services (CALLER_SIGNING_SECRET):
 * `v1.<unix ms>.<HMAC-SHA256(secret, "<unix ms>.<caller json>")>`. With the secret set, a service accepts only
 * signed callers, so nothing that reaches its port can claim to be an officer or the ministry.
 */
export function signCaller(callerJson: string, secret: string, now: number = Date.now()): string {
  const ts = String(now);
  return `v1.${ts}.${callerMac(secret, ts, callerJson)}`;
}

/** Is `signature` a fresh signature of `callerJson` under `secret`? */
export function verifyCallerSignature(callerJson: string, signature: unknown, secret: string, now: number = Date.now()): boolean {
  if (typeof signature !== 'string') return false;
  const m = /^v1\.(\d{13})\.([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!m) return false;
  const age = now - Number(m[1]);
  if (age > CALLER_SIGNATURE_TTL_MS || age < -CALLER_SIGNATURE_TTL_MS) return false;
  const expected = Buffer.from(callerMac(secret, m[1], callerJson));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Most callers a CallerSigner or CallerVerifier remembers (then it starts over). */
const REMEMBERED_CALLERS = 10_000;

/**
 * {@link signCaller} for a client that calls many times: the signature of an identical caller is reused for up to
 * `reuseMs` (1 s; a signature is accepted for CALLER_SIGNATURE_TTL_MS), so a stream of calls costs one HMAC per caller a
 * second instead of one per call.
 */
export class CallerSigner {
  private readonly recent = new Map<string, { at: number; signature: string }>();

  constructor(
    private readonly secret: string,
    private readonly reuseMs = 1000,
  ) {}

  sign(callerJson: string, now: number = Date.now()): string {
    const hit = this.recent.get(callerJson);
    if (hit && now >= hit.at && now - hit.at < this.reuseMs) return hit.signature;
    if (this.recent.size >= REMEMBERED_CALLERS) this.recent.clear();
    const signature = signCaller(callerJson, this.secret, now);
    this.recent.set(callerJson, { at: now, signature });
    return signature;
  }
}

/**
 * {@link verifyCallerSignature} for a server: a signature it already verified for the very same caller is accepted again
 * without another HMAC, as long as it is still fresh (its age is checked every time); anything else is verified in full.
 */
export class CallerVerifier {
  private readonly verified = new Map<string, string>();

  constructor(private readonly secret: string) {}

  verify(callerJson: string, signature: unknown, now: number = Date.now()): boolean {
    if (typeof signature !== 'string') return false;
    if (this.verified.get(signature) === callerJson) {
      const age = now - Number(signature.slice(3, 16));
      return age <= CALLER_SIGNATURE_TTL_MS && age >= -CALLER_SIGNATURE_TTL_MS;
    }
    if (!verifyCallerSignature(callerJson, signature, this.secret, now)) return false;
    if (this.verified.size >= REMEMBERED_CALLERS) this.verified.clear();
    this.verified.set(signature, callerJson);
    return true;
  }
}

/** The caller a service presents when it calls another service on its own behalf (no person, no role). */
export function serviceCaller(service: string): string {
  return JSON.stringify({ sub: `service:${service}`, roles: [] });
}

/** Only the person himself (the gateway forwards his account's person id) or the ministry reads a person's whole record. */
export function mayExportPersonData(personId: string, caller: Caller | undefined): boolean {
  if (!caller) return false;
  if (caller.roles.includes('MINISTRY_ADMIN')) return true;
  return !!caller.personId && caller.personId === personId;
}

/**
 * Guards every service's ExportPersonData (UU 27/2022 right of access): a malformed person id is INVALID_ARGUMENT, anyone
 * but the person or the ministry PERMISSION_DENIED, before anything is read, so the answer tells a stranger nothing.
 */
export function assertMayExportPersonData(personId: string, caller: Caller | undefined = currentCaller()): void {
  new Violations()
    .check(PERSON_ID_RE.test(personId ?? ''), 'personId', 'must be a person id (16-128 characters of A-Z, a-z, 0-9, _ and -)')
    .throwIfAny();
  if (!mayExportPersonData(personId, caller)) throw forbidden("Only the person himself or the ministry exports a person's data");
}
export { addressBlock, canonicalIp, clientIp } from './client-address';
