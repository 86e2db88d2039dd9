import { NIK_REGEX, isNik, maskNik, resolveBirthYear, validateNik, type NikResult, type ValidNik } from './index';

const TODAY = new Date('2025-06-15T00:00:00Z');

function ok(r: NikResult): ValidNik {
  if (!r.valid) throw new Error(`expected valid NIK, got: ${r.reason}`);
  return r;
}
function reasonOf(r: NikResult): string {
  if (r.valid) throw new Error('expected invalid NIK');
  return r.reason;
}

describe('validateNik', () => {
  it('accepts the domain example (woman, Kota Bandung, born 5 July 1990)', () => {
    const r = ok(validateNik('3273014507900001', { today: TODAY }));
    expect(r).toEqual({
      valid: true,
      nik: '3273014507900001',
      provinceCode: '32',
      regencyCode: '32.73',
      districtCode: '32.73.01',
      birthDate: '1990-07-05',
      sex: 2,
      serial: '0001',
      regencyKnown: true,
      districtKnown: true,
    });
  });

  it('accepts a man (day not shifted) from Kota Salatiga', () => {
    const r = ok(validateNik('3373041203850002', { today: TODAY }));
    expect(r.sex).toBe(1);
    expect(r.birthDate).toBe('1985-03-12');
    expect(r.regencyCode).toBe('33.73');
    expect(r.districtCode).toBe('33.73.04');
  });

  it('accepts women days 41 and 71 (day 1 and 31)', () => {
    expect(ok(validateNik('3373044101000001', { today: TODAY })).birthDate).toBe('2000-01-01');
    expect(ok(validateNik('3373047101990001', { today: TODAY })).birthDate).toBe('1999-01-31');
  });

  it('resolves the century: yy > current yy => 19yy, else 20yy', () => {
    expect(ok(validateNik('3373040101050001', { today: TODAY })).birthDate).toBe('2005-01-01');
    expect(ok(validateNik('3373040101250001', { today: TODAY })).birthDate).toBe('2025-01-01');
    expect(ok(validateNik('3373040101260001', { today: TODAY })).birthDate).toBe('1926-01-01');
    expect(ok(validateNik('3373040101990001', { today: TODAY })).birthDate).toBe('1999-01-01');
    expect(resolveBirthYear(25, 6, 15, TODAY)).toBe(2025);
    expect(resolveBirthYear(26, 1, 1, TODAY)).toBe(1926);
  });

  it('falls back to 19yy when 20yy would be a future birth date', () => {
    // 1 December of the current two-digit year, today is 15 June 2025
    expect(ok(validateNik('3373040112250001', { today: TODAY })).birthDate).toBe('1925-12-01');
    expect(resolveBirthYear(25, 6, 16, TODAY)).toBe(1925);
  });

  it('uses the current date by default', () => {
    expect(isNik('3273014507900001')).toBe(true);
  });

  it('rejects 30 February (men and women) and 29 February outside leap years', () => {
    expect(reasonOf(validateNik('3273013002900001', { today: TODAY }))).toMatch(/not a real calendar date/);
    expect(reasonOf(validateNik('3273017002900001', { today: TODAY }))).toMatch(/not a real calendar date/);
    expect(reasonOf(validateNik('3273012902010001', { today: TODAY }))).toMatch(/29-02-2001/);
    expect(ok(validateNik('3273012902000001', { today: TODAY })).birthDate).toBe('2000-02-29');
    expect(ok(validateNik('3273016902960001', { today: TODAY })).birthDate).toBe('1996-02-29');
    expect(reasonOf(validateNik('3273013104900001', { today: TODAY }))).toMatch(/not a real calendar date/);
  });

  it('rejects impossible day and month fields', () => {
    for (const day of ['00', '32', '40', '72', '99']) {
      expect(reasonOf(validateNik(`327301${day}07900001`))).toMatch(/birth day/);
    }
    for (const month of ['00', '13', '20']) {
      expect(reasonOf(validateNik(`32730115${month}900001`))).toMatch(/birth month/);
    }
  });

  it('rejects serial 0000', () => {
    expect(reasonOf(validateNik('3273014507900000'))).toMatch(/serial.*0000/);
    expect(NIK_REGEX.test('3273014507900000')).toBe(false);
  });

  it('rejects unknown provinces', () => {
    expect(reasonOf(validateNik('2073014507900001'))).toMatch(/province code 20 is not a known province/);
    expect(reasonOf(validateNik('9973014507900001'))).toMatch(/province code 99/);
    expect(reasonOf(validateNik('0173014507900001'))).toMatch(/must not start with 0/);
  });

  it('accepts a known province even if the encoded regency is not (or no longer) in the data', () => {
    const r = ok(validateNik('3399014507900001', { today: TODAY }));
    expect(r.regencyKnown).toBe(false);
    expect(r.districtKnown).toBe(false);
  });

  it('rejects malformed input', () => {
    expect(reasonOf(validateNik('327301450790001'))).toMatch(/16 digits/);
    expect(reasonOf(validateNik('32730145079000011'))).toMatch(/16 digits/);
    expect(reasonOf(validateNik('32730145079O0001'))).toMatch(/16 digits/);
    expect(reasonOf(validateNik(' 3273014507900001'))).toMatch(/16 digits/);
    expect(reasonOf(validateNik(3273014507900001))).toMatch(/must be a string/);
    expect(reasonOf(validateNik(undefined))).toMatch(/must be a string/);
    expect(reasonOf(validateNik(null))).toMatch(/must be a string/);
  });

  it('checks agreement with a stated birth date', () => {
    expect(ok(validateNik('3273014507900001', { birthDate: '1990-07-05', today: TODAY })).birthDate).toBe('1990-07-05');
    expect(reasonOf(validateNik('3273014507900001', { birthDate: '1990-07-06' }))).toMatch(
      /does not match the stated birth date 1990-07-06/,
    );
    expect(reasonOf(validateNik('3273014507900001', { birthDate: '1990-08-05' }))).toMatch(/does not match/);
    expect(reasonOf(validateNik('3273014507900001', { birthDate: '1991-07-05' }))).toMatch(/does not match/);
    expect(reasonOf(validateNik('3273014507900001', { birthDate: '05-07-1990' }))).toMatch(/not a real YYYY-MM-DD date/);
    expect(reasonOf(validateNik('3273014507900001', { birthDate: '1990-02-30' }))).toMatch(/not a real YYYY-MM-DD date/);
  });

  it('takes the century from the stated birth date when it agrees', () => {
    // 1 Jan 1925 is 100 years old on TODAY; the century rule alone would give 2025
    expect(ok(validateNik('3373040101250001', { birthDate: '1925-01-01', today: TODAY })).birthDate).toBe('1925-01-01');
    // 29 Feb 1900 does not exist even though 2000-02-29 does
    expect(reasonOf(validateNik('3273012902000001', { birthDate: '1900-02-29', today: TODAY }))).toMatch(/not a real/);
  });

  it('rejects a birth date in the future', () => {
    expect(reasonOf(validateNik('3373040101300001', { birthDate: '2030-01-01', today: TODAY }))).toMatch(/in the future/);
  });

  it('checks agreement with a stated sex', () => {
    expect(ok(validateNik('3273014507900001', { sex: 2 })).sex).toBe(2);
    expect(reasonOf(validateNik('3273014507900001', { sex: 1 }))).toMatch(/encodes sex FEMALE.*stated sex is MALE/);
    expect(reasonOf(validateNik('3373041203850002', { sex: 2 }))).toMatch(/encodes sex MALE.*stated sex is FEMALE/);
    expect(reasonOf(validateNik('3373041203850002', { sex: 3 as never }))).toMatch(/must be 1 \(male\) or 2 \(female\)/);
  });

  it('checks birth date and sex together', () => {
    expect(validateNik('3273014507900001', { birthDate: '1990-07-05', sex: 2, today: TODAY }).valid).toBe(true);
    expect(validateNik('3273014507900001', { birthDate: '1990-07-05', sex: 1, today: TODAY }).valid).toBe(false);
  });
});

describe('maskNik', () => {
  it('hides district and birth date', () => {
    expect(maskNik('3273014507900001')).toBe('3273********0001');
    expect(maskNik('123')).toBe('***');
    expect(maskNik(42)).toBe('');
  });
});
