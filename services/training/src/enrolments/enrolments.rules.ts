import type { Caller } from '@siapkerja/authz';
import type { trainingV1 } from '@siapkerja/contracts';
import { maskBirthDate, maskNik, mayViewPersonalData } from '@siapkerja/privacy';

type Subject = { personId: string; regionCode: string };

/**
 * Whether the caller reads an enrolment's personal data (NIK, birth date) in clear: the platform itself (no caller), the
 * person himself (the gateway forwards the person id of his account), a Disnaker officer of the enrolment's region and the
 * ministry; everyone else (the registering partner, the program's owner, officers elsewhere) gets the masked view.
 */
export function mayUnmaskEnrolment(caller: Caller | undefined, subject: Subject): boolean {
  if (!caller) return true;
  if (!!caller.personId && caller.personId === subject.personId) return true;
  return mayViewPersonalData({ roles: caller.roles, regionCode: caller.regionCode }, subject);
}

/** The enrolment as the caller may see it: in full, or with NIK masked and the birth date reduced to its year (`personalDataMasked`). */
export function enrolmentView(e: trainingV1.Enrolment, caller: Caller | undefined): trainingV1.Enrolment {
  if (mayUnmaskEnrolment(caller, { personId: e.personId ?? '', regionCode: e.regionCode ?? '' }))
    return { ...e, personalDataMasked: false };
  return { ...e, nik: maskNik(e.nik), birthDate: maskBirthDate(e.birthDate), personalDataMasked: true };
}
