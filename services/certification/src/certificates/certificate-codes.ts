import { randomBytes } from 'node:crypto';
import { daysInMonth, formatYmd, parseYmd } from '@siapkerja/codes';

/** BNSP competency certificates are valid this many years unless the issuer states otherwise. */
export const DEFAULT_VALIDITY_YEARS = 3;
/** An explicit validity may not exceed this many years. */
export const MAX_VALIDITY_YEARS = 10;

/**
 * Last day of validity of a certificate issued on `issueDate` and valid `years` years: the day before the anniversary
 * (issued 2026-11-01, valid three years: until 2029-10-31); 29 February is followed by 28 February in common years.
 */
export function validUntilAfter(issueDate: string, years: number = DEFAULT_VALIDITY_YEARS): string {
  const d = parseYmd(issueDate);
  if (!d) throw new Error(`not a date: ${issueDate}`);
  const year = d.year + years;
  const anniversary = new Date(`${formatYmd({ year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) })}T00:00:00Z`);
  anniversary.setUTCDate(anniversary.getUTCDate() - 1);
  return anniversary.toISOString().slice(0, 10);
}

/** A certificate number as printed, in its stored form: trimmed, inner spaces collapsed, upper case. */
export function normalizeCertificateNumber(raw: string | undefined | null): string {
  return (raw ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
}

export const CERTIFICATE_NUMBER_RE = /^[A-Z0-9][A-Z0-9 ./_-]{0,63}$/;

/** Crockford base 32: no I, L, O, U (nothing to misread when typed from paper). */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const VERIFICATION_CODE_LENGTH = 20;

/** A fresh verification code: 20 Crockford base-32 characters, 100 random bits (unguessable, short enough to type). */
export function newVerificationCode(): string {
  const bytes = randomBytes(VERIFICATION_CODE_LENGTH);
  return [...bytes].map((b) => CROCKFORD[b & 31]).join('');
}

/** The code as printed: four groups of five (`7K3QD-...`). */
export function formatVerificationCode(code: string): string {
  return code.match(/.{1,5}/g)?.join('-') ?? code;
}

/**
 * A code as typed, to its stored form: case, spaces and dashes ignored, and the letters Crockford reads as digits (I, L -> 1,
 * O -> 0). Undefined when it cannot be a code.
 */
export function normalizeVerificationCode(raw: string | undefined | null): string | undefined {
  const s = (raw ?? '').toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return s.length === VERIFICATION_CODE_LENGTH && [...s].every((ch) => CROCKFORD.includes(ch)) ? s : undefined;
}
