import { hasScope, type Caller } from '@siapkerja/authz';
import type { jobsV1 } from '@siapkerja/contracts';
import { maskBirthDate, maskEmail, maskNik, maskPhone, mayViewPersonalData } from '@siapkerja/privacy';

/** Roles that register and read any job seeker (their region for officers): everyone else acts for himself only. */
const REGISTRARS = ['PARTNER', 'EMPLOYER', 'DISNAKER_REGENCY', 'DISNAKER_PROVINCE', 'MINISTRY_ADMIN'] as const;

type Subject = { personId: string; regionCode: string };

const isSelf = (caller: Caller, subject: Subject) => !!caller.personId && caller.personId === subject.personId;

/** A person acting for himself only: a JOB_SEEKER without any role that registers others. */
export function actsForHimselfOnly(caller: Caller | undefined): boolean {
  return !!caller && caller.roles.includes('JOB_SEEKER') && !caller.roles.some((r) => (REGISTRARS as readonly string[]).includes(r));
}

/**
 * Whether the caller's token lacks jobs:write and he is no person (JOB_SEEKER) acting for himself: without that scope only
 * a person registers (himself, see mayRegister) or reports (his own registration); anyone else is refused first.
 */
export function lacksWriteScope(caller: Caller | undefined): boolean {
  return !!caller && !hasScope(caller, 'jobs:write') && !caller.roles.includes('JOB_SEEKER');
}

/**
 * Who registers the job seeker with person id `personId` (the keyed hash of the NIK given): the platform itself (no caller),
 * a partner, an employer, a Disnaker officer (its region is checked apart) or the ministry; a person registers himself
 * only, with the NIK of his own verified account (the gateway forwards the account's person id). Anyone else: no one.
 */
export function mayRegister(caller: Caller | undefined, personId: string): boolean {
  if (!caller) return true;
  if (actsForHimselfOnly(caller)) return isSelf(caller, { personId, regionCode: '' });
  return caller.roles.some((r) => (REGISTRARS as readonly string[]).includes(r));
}

/** A person acting for himself reads his own registration only; everyone else is judged by region and masking. */
export function mayRead(caller: Caller | undefined, subject: Subject): boolean {
  return !caller || !actsForHimselfOnly(caller) || isSelf(caller, subject);
}

/** Who records a six-monthly report: the platform, the person himself, a Disnaker officer (of the region) or the ministry. */
export function mayReport(caller: Caller | undefined, subject: Subject): boolean {
  if (!caller) return true;
  if (isSelf(caller, subject)) return true;
  return caller.roles.some((r) => r === 'DISNAKER_REGENCY' || r === 'DISNAKER_PROVINCE' || r === 'MINISTRY_ADMIN');
}

/**
 * Whether the caller reads the seeker's personal data in clear: the platform itself, the person himself, a Disnaker
 * officer of the seeker's region and the ministry; everyone else (partners, employers, other people, officers elsewhere)
 * gets the masked view.
 */
export function mayUnmask(caller: Caller | undefined, subject: Subject): boolean {
  if (!caller) return true;
  return isSelf(caller, subject) || mayViewPersonalData({ roles: caller.roles, regionCode: caller.regionCode }, subject);
}

/**
 * The job seeker as the caller may see him: in full, or with NIK, phone and e-mail masked, the birth date reduced to its
 * year, the address to the regency, religion and the removal reason left out (`personalDataMasked`).
 */
export function jobSeekerView(s: jobsV1.JobSeeker, caller: Caller | undefined): jobsV1.JobSeeker {
  if (mayUnmask(caller, { personId: s.personId ?? '', regionCode: s.regionCode ?? '' })) return { ...s, personalDataMasked: false };
  return {
    ...s,
    nik: maskNik(s.nik),
    phone: maskPhone(s.phone),
    email: maskEmail(s.email),
    birthDate: maskBirthDate(s.birthDate),
    address: { line: '', regionCode: s.regionCode ?? '', postalCode: '' },
    religion: 'RELIGION_UNSPECIFIED',
    removalReason: '',
    personalDataMasked: true,
  };
}
