import { scopesForRoles } from '../clients/scopes';
import { normalizePhone, PHONE_RULE, phoneLookupKey, passwordViolations, regionViolations } from './accounts.rules';

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

  it('takes as a phone only an Indonesian mobile number (08 and 8 to 11 digits) or a number of another country in E.164', () => {
    // Indonesian mobile numbers, however written: 08 and 8 to 11 more digits (10 to 13 in all), 628... or +628...
    expect(normalizePhone('0812-3456-78')).toBe('+62812345678');
    expect(normalizePhone('081234567890')).toBe('+6281234567890');
    expect(normalizePhone('0812 3456 78901')).toBe('+62812345678901');
    expect(normalizePhone('6281234567890')).toBe('+6281234567890');
    expect(normalizePhone('+62 (812) 3456.7890')).toBe('+6281234567890');
    // too short or too long to exist, landlines (no SMS), a trunk 0 after +62, the 00 prefix: refused
    for (const bad of [
      '0812345',
      '081234567',
      '08123456789012',
      '+62812345',
      '+628123456789012',
      '0211234567',
      '+62211234567',
      '+6208123456789',
      '0062812345678',
      '8123456789',
      '',
    ])
      expect({ bad, phone: normalizePhone(bad) }).toEqual({ bad, phone: undefined });
    // numbers of other countries (Indonesian migrant workers abroad) stay accepted in E.164
    expect(normalizePhone('+852 9123 4567')).toBe('+85291234567');
    expect(normalizePhone('+60123456789')).toBe('+60123456789');
    expect(normalizePhone('+1234567')).toBeUndefined();
    expect(normalizePhone('+0812345678')).toBeUndefined();
    // the refusal is ASCII and names the accepted forms
    expect(PHONE_RULE).toMatch(/^[\x20-\x7e]+$/);
    expect(PHONE_RULE).toMatch(/08 and 8 to 11 more digits.*\+628.*\+<country code>/);
  });

  it('looks a phone login up in the wider form stored before the mobile rule (nobody is locked out)', () => {
    expect(phoneLookupKey('0812345')).toBe('+62812345');
    expect(phoneLookupKey('021-1234567')).toBe('+62211234567');
    expect(phoneLookupKey('0812-3456-7890')).toBe(normalizePhone('0812-3456-7890'));
    expect(phoneLookupKey('+852 9123 4567')).toBe('+85291234567');
    expect(phoneLookupKey('abc')).toBeUndefined();
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
