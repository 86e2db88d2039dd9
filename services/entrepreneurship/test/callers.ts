import { asCaller } from '@siapkerja/testing';

/** The callers the TKM integration tests act as (the gateway's caller metadata, unsigned as the services take it in tests). */
export const ministry = asCaller({ sub: 'min', roles: ['MINISTRY_ADMIN'] });
export const partnerA = asCaller({ sub: 'client:pa', roles: ['PARTNER'], clientId: 'pa' });
export const partnerB = asCaller({ sub: 'client:pb', roles: ['PARTNER'], clientId: 'pb' });
export const officer3373 = asCaller({ sub: 'off-3373', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' });
export const officer3374 = asCaller({ sub: 'off-3374', roles: ['DISNAKER_REGENCY'], regionCode: '33.74' });
export const province33 = asCaller({ sub: 'off-33', roles: ['DISNAKER_PROVINCE'], regionCode: '33' });
/** the mentor the tests register with the fake identity as an active TKM_MENTOR account */
export const mentor = asCaller({ sub: 'acc-mentor-1', roles: ['TKM_MENTOR'] });
