import { isRegionBound, regionWithin, type Caller } from '@siapkerja/authz';
import { isRegionCode, parseYmd } from '@siapkerja/codes';
import { isOneLine, ONE_LINE, Violations } from '@siapkerja/errors';
import { ACCREDITATION_GRADES, PROVIDER_KINDS } from './provider.entity';

export interface ProviderInput {
  kind: string;
  name: string;
  regionCode: string;
  accreditationGrade: string;
  accreditationValidUntil: string;
  contactEmail: string;
  contactPhone: string;
  contactWebsite: string;
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;
const PHONE = /^\+?[0-9]{6,15}$/;

/** The violations of a provider's fields (all named at once). */
export function providerViolations(p: ProviderInput): Violations {
  const v = new Violations();
  v.check((PROVIDER_KINDS as readonly string[]).includes(p.kind), 'kind', `must be one of ${PROVIDER_KINDS.join(', ')}`);
  const name = (p.name ?? '').trim();
  v.check(name.length >= 1 && name.length <= 200, 'name', 'is required (at most 200 characters)');
  v.check(isOneLine(name), 'name', ONE_LINE);
  v.check(
    isRegionCode(p.regionCode, 'province') || isRegionCode(p.regionCode, 'regency'),
    'regionCode',
    'must be an existing province (NN) or regency (NN.NN) code',
  );
  accreditationViolations(v, p.accreditationGrade, p.accreditationValidUntil);
  v.check(!p.contactEmail || EMAIL.test(p.contactEmail), 'contact.email', 'must be an e-mail address');
  v.check(!p.contactPhone || PHONE.test(p.contactPhone), 'contact.phone', 'must be a phone number of 6-15 digits');
  v.check(
    !p.contactWebsite || (/^https:\/\/\S+$/.test(p.contactWebsite) && p.contactWebsite.length <= 300),
    'contact.website',
    'must be an https URL (at most 300 characters)',
  );
  return v;
}

export function accreditationViolations(v: Violations, grade: string, validUntil: string): void {
  v.check(!grade || (ACCREDITATION_GRADES as readonly string[]).includes(grade), 'accreditation.grade', 'must be A, B, C or empty');
  v.check(!!grade === !!validUntil, 'accreditation.validUntil', 'is given with a grade, and only with one');
  v.check(!validUntil || !!parseYmd(validUntil), 'accreditation.validUntil', 'must be a date YYYY-MM-DD');
}

/** Who registers and verifies providers: the ministry anywhere, a Disnaker officer inside his region. */
export function mayAdministerProvider(regionCode: string, caller: Caller | undefined): boolean {
  if (!caller) return true;
  if (caller.roles.includes('MINISTRY_ADMIN')) return true;
  return isRegionBound(caller) && regionWithin(regionCode, caller.regionCode);
}
