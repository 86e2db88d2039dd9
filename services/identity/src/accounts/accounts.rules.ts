import { GRANTABLE_ROLES } from '@siapkerja/authz';
import type { FieldViolation } from '@siapkerja/errors';

/** A phone as written, without the separators people put in it (spaces, brackets, dots, dashes), in E.164 (`+…`) when it can be. */
function asE164(raw: string): string | undefined {
  const s = raw.replace(/[\s().-]/g, '');
  return s.startsWith('+') ? s : s.startsWith('0') ? `+62${s.slice(1)}` : s.startsWith('62') ? `+${s}` : undefined;
}

/** E.164: a country code (not 0) and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/;
/** An Indonesian mobile number: 08 and 8 to 11 more digits, +628 and 8 to 11 more digits in E.164. */
const INDONESIAN_MOBILE = /^\+628\d{8,11}$/;

/** Why a phone is refused (ASCII only: it travels in gRPC metadata and problem+json). */
export const PHONE_RULE =
  'must be an Indonesian mobile number (08 and 8 to 11 more digits, or the same written 628... or +628...) ' +
  'or a number of another country written +<country code><number>';

/**
 * A phone that can receive the verification SMS, to `+62…` (`08…`, `628…` or `+628…`: an Indonesian mobile number, 08
 * and 8 to 11 more digits) or kept as the `+…` E.164 number of another country (Indonesian workers abroad); undefined
 * when it is neither. Indonesian numbers that are not mobile numbers (landlines, too short or too long) are refused:
 * codes go out by SMS.
 */
export function normalizePhone(raw: string): string | undefined {
  const e164 = asE164(raw);
  if (!e164 || !E164.test(e164)) return undefined;
  if (e164.startsWith('+62') && !INDONESIAN_MOBILE.test(e164)) return undefined;
  return e164;
}

/**
 * The stored phone a login written as a phone can match: the form {@link normalizePhone} stores, and also the wider form
 * stored before the mobile rule (any `+` and 8 to 15 digits, e.g. `+62812345` or a landline), so an account whose phone was stored then still logs in,
 * verifies and resets its password by it. Only for looking up: a phone to store goes through {@link normalizePhone}.
 */
export function phoneLookupKey(raw: string): string | undefined {
  const e164 = asE164(raw);
  return e164 && E164.test(e164) ? e164 : undefined;
}

/**
 * An e-mail address as stored and looked up: trimmed and lower-cased, at most 254 characters, one `@` with a local part
 * and a domain holding a dot, no spaces; undefined otherwise (a blank or huge address was stored, or failed as INTERNAL).
 */
export function normalizeEmail(raw: string): string | undefined {
  const e = raw.trim().toLowerCase();
  return e.length <= 254 && /^[^\s@]{1,64}@[^\s@]+\.[^\s@.]+$/.test(e) ? e : undefined;
}

/** Roles that are not libs/authz GRANTABLE_ROLES (stored, they went into tokens as they were). */
export function roleViolations(roles: string[], field = 'roles'): FieldViolation[] {
  const unknown = roles.filter((r) => !(GRANTABLE_ROLES as readonly string[]).includes(r));
  return unknown.length ? [{ field, description: `${field} must be among ${GRANTABLE_ROLES.join(', ')}` }] : [];
}

/** Password rules: 10-128 characters, letters and digits, not containing the NIK or the name. */
export function passwordViolations(password: string, context: { nik?: string; name?: string }, field = 'password'): FieldViolation[] {
  const out: string[] = [];
  if (password.length < 10) out.push('must be at least 10 characters');
  if (password.length > 128) out.push('must be at most 128 characters');
  if (!/\p{L}/u.test(password) || !/\d/.test(password)) out.push('must contain letters and digits');
  const lower = password.toLowerCase().replace(/\s+/g, '');
  if (context.nik && lower.includes(context.nik)) out.push('must not contain the NIK');
  if (context.name) {
    const name = context.name.toLowerCase();
    const parts = [name.replace(/\s+/g, ''), ...name.split(/[\s.,'-]+/).filter((p) => p.length >= 4)];
    if (parts.some((p) => p.length >= 3 && lower.includes(p))) out.push('must not contain the name');
  }
  return out.map((d) => ({ field, description: `${field} ${d}` }));
}

export const maskEmail = (e: string) => e.replace(/^(.)[^@]*(@.*)$/, '$1***$2');
export const maskPhone = (p: string) => `${p.slice(0, 4)}****${p.slice(-3)}`;

/** Officers are bound to a region of their level; nobody else carries one. */
export function regionViolations(roles: string[], regionCode: string | null | undefined): FieldViolation[] {
  const v: FieldViolation[] = [];
  if (roles.includes('DISNAKER_PROVINCE') && !(regionCode && /^\d{2}$/.test(regionCode)))
    v.push({ field: 'regionCode', description: 'regionCode must be a province code (NN) for DISNAKER_PROVINCE' });
  else if (roles.includes('DISNAKER_REGENCY') && !(regionCode && /^\d{2}\.\d{2}$/.test(regionCode)))
    v.push({ field: 'regionCode', description: 'regionCode must be a regency code (NN.NN) for DISNAKER_REGENCY' });
  else if (regionCode && !roles.some((r) => r === 'DISNAKER_PROVINCE' || r === 'DISNAKER_REGENCY'))
    v.push({ field: 'regionCode', description: 'regionCode is only for DISNAKER_PROVINCE / DISNAKER_REGENCY' });
  if (roles.includes('DISNAKER_PROVINCE') && roles.includes('DISNAKER_REGENCY'))
    v.push({ field: 'roles', description: 'roles must not hold both officer levels' });
  return v;
}

/** The roles that act for an organization (a training provider or an LSP) and may be bound to one. */
export const ORGANIZATION_ROLES = ['TRAINING_PROVIDER', 'LSP', 'PARTNER'];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An organization binding is a uuid, and only for the roles that act for an organization. */
export function organizationViolations(roles: string[], organizationId: string | null | undefined): FieldViolation[] {
  if (!organizationId) return [];
  if (!UUID_RE.test(organizationId)) return [{ field: 'organizationId', description: 'organizationId must be a uuid' }];
  if (!roles.some((r) => ORGANIZATION_ROLES.includes(r)))
    return [{ field: 'organizationId', description: `organizationId is only for ${ORGANIZATION_ROLES.join(' / ')}` }];
  return [];
}
