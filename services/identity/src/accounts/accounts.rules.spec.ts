import { scopesForRoles } from '../clients/scopes';
import { normalizePhone, passwordViolations, regionViolations } from './accounts.rules';

describe('account rules', () => {
  it('checks passwords, phone numbers and officer regions', () => {
    expect(passwordViolations('abcdefghij1', {})).toEqual([]);
    expect(passwordViolations('abcdefghij', {}).map((v) => v.description)).toEqual(['password must contain letters and digits']);
    expect(passwordViolations('kopi-1234567', { name: 'Siti Rahayu' }).length).toBe(0);
    expect(passwordViolations('rahayu-1234567', { name: 'Siti Rahayu' }).length).toBe(1);
    expect(normalizePhone('0812-3456-7890')).toBe('+6281234567890');
    expect(normalizePhone('12')).toBeUndefined();
    expect(regionViolations(['DISNAKER_REGENCY'], '33.73')).toEqual([]);
    expect(regionViolations(['DISNAKER_REGENCY'], '33').map((v) => v.field)).toEqual(['regionCode']);
    expect(regionViolations(['PARTNER'], '33').map((v) => v.field)).toEqual(['regionCode']);
  });

  it('gives each role its scopes', () => {
    expect(scopesForRoles(['JOB_SEEKER'])).not.toContain('jobs:write');
    // a person applies for his own assessment (certification) and leads his TKM group (entrepreneurship)
    expect(scopesForRoles(['JOB_SEEKER'])).toEqual([
      'jobs:read',
      'training:read',
      'certification:read',
      'certification:write',
      'entrepreneurship:read',
      'entrepreneurship:write',
    ]);
    expect(scopesForRoles(['MINISTRY_ADMIN'])).toContain('admin:write');
    // Disnaker officers run their region's AK/1 register, BLK and TKM programs, and only read certification
    for (const officer of ['DISNAKER_REGENCY', 'DISNAKER_PROVINCE']) {
      expect(scopesForRoles([officer])).toEqual(
        expect.arrayContaining(['jobs:write', 'training:write', 'entrepreneurship:write', 'certification:read', 'reports:read']),
      );
      expect(scopesForRoles([officer])).not.toContain('certification:write');
      expect(scopesForRoles([officer])).not.toContain('admin:read');
    }
  });
});
