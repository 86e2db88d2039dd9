import { maskEmail, maskPhone } from '@siapkerja/privacy';
import type { EmployerAccess } from './employer-access';

interface Contact {
  contactName: string;
  contactPhone: string;
  contactEmail: string;
}

/**
 * The contact person of an employer is personal data: in clear for whoever acts for the employer (the platform, the
 * ministry, officers of its region, the partner client that registered it, its member accounts: employer-access.ts);
 * masked for everyone else reading the public catalogue (the name's initial, the phone's ends, the e-mail's domain).
 */
export function contactView<T extends Contact>(employer: T, access: EmployerAccess | undefined): T {
  if (access) return employer;
  return {
    ...employer,
    contactName: employer.contactName ? `${employer.contactName[0]}***` : '',
    contactPhone: maskPhone(employer.contactPhone),
    contactEmail: maskEmail(employer.contactEmail),
  };
}
