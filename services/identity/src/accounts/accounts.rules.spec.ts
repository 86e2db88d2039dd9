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
});
