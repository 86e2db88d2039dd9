import type { FieldViolation } from '@siapkerja/errors';

/** `08…` / `62…` / `+62…` to `+62…`; undefined when it is not a phone number. */
export function normalizePhone(raw: string): string | undefined {
  const s = raw.replace(/[\s().-]/g, '');
  const e164 = s.startsWith('+') ? s : s.startsWith('0') ? `+62${s.slice(1)}` : s.startsWith('62') ? `+${s}` : undefined;
  return e164 && /^\+[1-9]\d{7,14}$/.test(e164) ? e164 : undefined;
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
