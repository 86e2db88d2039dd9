import { maskAddress, maskBirthDate, maskEmail, maskName, maskNik, maskPersonalFields, maskPhone, mayViewPersonalData } from './index';

describe('privacy masking', () => {
  it('masks a NIK to province + regency and serial', () => {
    expect(maskNik('3273014507900001')).toBe('3273********0001');
    expect(maskNik('1234')).toBe('****');
    expect(maskNik(undefined)).toBe('');
  });

  it('masks phones to the first and last four digits with a fixed number of stars', () => {
    expect(maskPhone('081234565678')).toBe('0812****5678');
    expect(maskPhone('0812345656789')).toBe('0812****6789');
    expect(maskPhone('0812-3456-5678')).toBe('0812****5678');
    expect(maskPhone('12345')).toBe('***45');
    expect(maskPhone('')).toBe('');
    expect(maskPhone(null)).toBe('');
  });

  it('masks e-mail, birth date (year only) and address (region only)', () => {
    expect(maskEmail('siti.rahayu@example.id')).toBe('s***@example.id');
    expect(maskEmail('nope')).toBe('***');
    expect(maskBirthDate('1990-07-05')).toBe('1990');
    expect(maskBirthDate('05-07-1990')).toBe('');
    expect(maskAddress({ line: 'Jl. Diponegoro 52, RT 01/RW 02', regionCode: '33.73.01.1001', postalCode: '50711' })).toEqual({
      line: '',
      regionCode: '33.73',
      postalCode: '',
    });
    expect(maskAddress({ line: 'Jl. X', regionCode: '33.73.01.1001' }, '33.73')).toEqual({ line: '', regionCode: '33.73', postalCode: '' });
  });

  it('masks a name to the initial of each word with a fixed number of stars', () => {
    expect(maskName('Siti Nur Rahayu')).toBe('S*** N*** R***');
    expect(maskName('  budi   santoso ')).toBe('B*** S***');
    expect(maskName('Ni Luh Putu Ayu Kartika')).toBe('N*** L*** P*** A***');
    expect(maskName('Ñoman')).toBe('Ñ***');
    expect(maskName('')).toBe('');
    expect(maskName(undefined)).toBe('');
  });

  it('masks every personal field of a record and keeps the rest', () => {
    const record = {
      id: 'x',
      name: 'Siti',
      nik: '3373014507900001',
      phone: '081234565678',
      email: 'siti@example.id',
      birthDate: '1990-07-05',
      address: { line: 'Jl. A', regionCode: '33.73.01.1001', postalCode: '50711' },
    };
    const masked = maskPersonalFields(record);
    expect(masked).toEqual({
      id: 'x',
      name: 'Siti',
      nik: '3373********0001',
      phone: '0812****5678',
      email: 's***@example.id',
      birthDate: '1990',
      address: { line: '', regionCode: '33.73', postalCode: '' },
    });
    expect(JSON.stringify(masked)).not.toContain('3373014507900001');
    expect(JSON.stringify(masked)).not.toContain('Jl. A');
  });

  it('lets the person, officers of the region and the ministry see the data; nobody else', () => {
    const subject = { personId: 'p_abc', regionCode: '33.74' };
    expect(mayViewPersonalData({ roles: ['MINISTRY_ADMIN'] }, subject)).toBe(true);
    expect(mayViewPersonalData({ roles: ['JOB_SEEKER'], personId: 'p_abc' }, subject)).toBe(true);
    expect(mayViewPersonalData({ roles: ['JOB_SEEKER'], personId: 'p_other' }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['JOB_SEEKER'] }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['DISNAKER_REGENCY'], regionCode: '33.74' }, subject)).toBe(true);
    expect(mayViewPersonalData({ roles: ['DISNAKER_REGENCY'], regionCode: '33.73' }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['DISNAKER_PROVINCE'], regionCode: '33' }, subject)).toBe(true);
    expect(mayViewPersonalData({ roles: ['DISNAKER_PROVINCE'], regionCode: '32' }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['DISNAKER_PROVINCE'] }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['PARTNER'], regionCode: '33' }, subject)).toBe(false);
    expect(mayViewPersonalData({ roles: ['EMPLOYER'] }, subject)).toBe(false);
    expect(mayViewPersonalData(undefined, subject)).toBe(false);
  });
});
