import type { entrepreneurshipV1 } from '@siapkerja/contracts';
import { asCaller, uniqueSuffix } from '@siapkerja/testing';

/** The callers the TKM integration tests act as (the gateway's caller metadata, unsigned as the services take it in tests). */
export const ministry = asCaller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
export const partnerA = asCaller({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
export const partnerB = asCaller({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
export const officer3373 = asCaller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
export const officer3374 = asCaller({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
export const province33 = asCaller({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' });
/** the mentor the tests register with the fake identity as an active TKM_MENTOR account */
export const mentor = asCaller({ sub: 'acc-mentor-1', roles: ['TKM_MENTOR'] });

/** A TKM Pemula 2026 program paid per group (2 to 10 job seekers of 18 to 60 living in the group's regency), coded `prefix...`. */
export const programBody = (prefix: string, over: Partial<entrepreneurshipV1.Program> = {}): entrepreneurshipV1.Program => ({
  code: `${prefix}${uniqueSuffix()
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase()
    .slice(0, 20)}`,
  name: 'TKM Pemula 2026',
  year: 2026,
  fundingBasis: 'PER_GROUP',
  amount: '10000000',
  minMembers: 2,
  maxMembers: 10,
  minAge: 18,
  maxAge: 60,
  eligibleStatuses: ['JOB_SEEKER'],
  residenceRule: 'GROUP_REGENCY',
  ...over,
});
