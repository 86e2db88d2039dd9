import {
  EDUCATION_LEVELS,
  IPK_AGE_BANDS,
  SEX,
  ageOn,
  todayWib,
  wibMidnightIso,
  wibMonthOf,
  compareEducation,
  educationRank,
  ipkAgeBand,
  ipkAgeBandOn,
  isEducationLevel,
  isNib,
  isRfc3339Timestamp,
  isNpwp,
  isSex,
  meetsMinimumEducation,
  parseYmd,
  sexName,
  toSex,
  validateNib,
  validateNpwp,
} from './index';

describe('NIB', () => {
  it('is 13 digits', () => {
    expect(validateNib('9120001234567')).toEqual({ valid: true, nib: '9120001234567' });
    for (const bad of ['912000123456', '91200012345678', '912000123456X', '', 9120001234567, null]) {
      expect(isNib(bad)).toBe(false);
    }
    expect(validateNib('123')).toEqual({ valid: false, reason: 'NIB must be exactly 13 digits' });
  });
});

describe('NPWP', () => {
  it('is 16 digits', () => {
    expect(validateNpwp('3273014507900001')).toEqual({ valid: true, npwp: '3273014507900001', format: 'NPWP16' });
    expect(isNpwp('327301450790000')).toBe(false);
    expect(isNpwp('32730145079000011')).toBe(false);
    expect(isNpwp(3273014507900001)).toBe(false);
  });

  it('accepts the legacy 15-digit NPWP only when asked', () => {
    expect(validateNpwp('01.234.567.8-901.000')).toMatchObject({ valid: false, reason: expect.stringMatching(/legacy/) });
    expect(validateNpwp('01.234.567.8-901.000', { allowLegacy: true })).toEqual({
      valid: true,
      npwp: '012345678901000',
      format: 'LEGACY15',
    });
    expect(validateNpwp('012345678901000', { allowLegacy: true })).toMatchObject({ valid: true, format: 'LEGACY15' });
  });
});

describe('education levels', () => {
  it('are ordered NONE..S3 with SMA and SMK apart', () => {
    expect([...EDUCATION_LEVELS]).toEqual(['NONE', 'SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3']);
    expect(educationRank('NONE')).toBe(0);
    expect(educationRank('SMA')).toBe(3);
    expect(educationRank('SMK')).toBe(4);
    expect(educationRank('S3')).toBe(11);
    expect(educationRank('SLTA')).toBe(-1);
    expect(isEducationLevel('D4')).toBe(true);
    expect(isEducationLevel('d4')).toBe(false);
    expect(compareEducation('S1', 'D3')).toBeGreaterThan(0);
    expect(['S2', 'SD', 'SMK', 'SMA'].sort(compareEducation)).toEqual(['SD', 'SMA', 'SMK', 'S2']);
  });

  it('checks minimum education', () => {
    expect(meetsMinimumEducation('S1', 'SMA')).toBe(true);
    expect(meetsMinimumEducation('SMK', 'SMA')).toBe(true);
    expect(meetsMinimumEducation('SMA', 'SMK')).toBe(false);
    expect(meetsMinimumEducation('SMA', 'SMA')).toBe(true);
    expect(meetsMinimumEducation('SMP', 'SMA')).toBe(false);
    expect(meetsMinimumEducation('XX', 'NONE')).toBe(false);
  });
});

describe('sex', () => {
  it('codes 1 male, 2 female', () => {
    expect(SEX).toEqual({ MALE: 1, FEMALE: 2 });
    expect(isSex(1)).toBe(true);
    expect(isSex(2)).toBe(true);
    expect(isSex(0)).toBe(false);
    expect(isSex('1')).toBe(false);
    expect(toSex('female')).toBe(2);
    expect(toSex('1')).toBe(1);
    expect(toSex('L')).toBeUndefined();
    expect(sexName(2)).toBe('FEMALE');
  });
});

describe('IPK age bands', () => {
  it('maps ages to 15-19, 20-29, 30-44, 45-54, 55+', () => {
    expect([...IPK_AGE_BANDS]).toEqual(['15-19', '20-29', '30-44', '45-54', '55+']);
    const cases: Array<[number, string | undefined]> = [
      [14, undefined],
      [15, '15-19'],
      [19, '15-19'],
      [20, '20-29'],
      [29, '20-29'],
      [30, '30-44'],
      [44, '30-44'],
      [45, '45-54'],
      [54, '45-54'],
      [55, '55+'],
      [90, '55+'],
    ];
    for (const [age, band] of cases) expect(ipkAgeBand(age)).toBe(band);
    expect(ipkAgeBand(20.5)).toBeUndefined();
    expect(ipkAgeBand(Number.NaN)).toBeUndefined();
    expect(ipkAgeBand('20')).toBeUndefined();
  });

  it('computes the band on a reference date', () => {
    expect(ageOn('1990-07-05', '2025-07-04')).toBe(34);
    expect(ageOn('1990-07-05', '2025-07-05')).toBe(35);
    expect(ageOn('2000-02-29', '2019-02-28')).toBe(18);
    expect(ageOn('2000-02-29', new Date('2019-03-01T00:00:00Z'))).toBe(19);
    expect(ageOn('2030-01-01', '2025-01-01')).toBeUndefined();
    expect(ageOn('1990-13-01', '2025-01-01')).toBeUndefined();
    expect(ipkAgeBandOn('1981-01-01', '2025-12-31')).toBe('30-44');
    expect(ipkAgeBandOn('1981-01-01', '2026-01-01')).toBe('45-54');
    expect(ipkAgeBandOn('2015-01-01', '2025-01-01')).toBeUndefined();
  });

  it('parses strict YYYY-MM-DD dates', () => {
    expect(parseYmd('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseYmd('2023-02-29')).toBeUndefined();
    expect(parseYmd('2024-2-29')).toBeUndefined();
    // the years PostgreSQL's date holds: 0001-9999 (the year 0000 was parsed, then a 500 when stored)
    expect(parseYmd('0001-01-01')).toEqual({ year: 1, month: 1, day: 1 });
    expect(parseYmd('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
    expect(parseYmd('0000-01-01')).toBeUndefined();
    expect(parseYmd('0000-02-29')).toBeUndefined();
  });

  it('gives today in WIB (UTC+7): the date turns at 17:00 UTC', () => {
    expect(todayWib(new Date('2026-10-31T16:59:59Z'))).toBe('2026-10-31');
    expect(todayWib(new Date('2026-10-31T17:00:00Z'))).toBe('2026-11-01');
  });

  it('gives the instant a WIB date begins and the WIB month of an instant, the same when asked again (memoised)', () => {
    for (let i = 0; i < 2; i++) {
      expect(wibMidnightIso('2026-11-01')).toBe('2026-10-31T17:00:00.000Z');
      expect(wibMonthOf('2026-10-31T16:59:59.999Z')).toBe('2026-10');
      expect(wibMonthOf('2026-10-31T17:00:00.000Z')).toBe('2026-11');
      expect(wibMonthOf('2026-11-01T00:00:00+07:00')).toBe('2026-11');
      expect(wibMonthOf('not a time')).toBe('');
    }
    // more distinct inputs than it keeps: still right
    for (let d = 0; d < 5000; d++) expect(wibMonthOf(new Date(Date.UTC(2020, 0, 1) + d * 3600_000).toISOString())).toMatch(/^202\d-\d\d$/);
    expect(wibMonthOf('2026-10-31T17:00:00.000Z')).toBe('2026-11');
  });
});

describe('RFC 3339 timestamps', () => {
  it('takes a real instant, seconds and fraction optional, Z or an offset', () => {
    for (const t of ['2026-12-01T00:00Z', '2026-12-01T23:59:59Z', '2026-02-28T23:59:59.5+07:00', '2028-02-29T10:00-03:30'])
      expect({ t, ok: isRfc3339Timestamp(t) }).toEqual({ t, ok: true });
  });
  it('refuses a field out of range, a date alone and other forms', () => {
    for (const t of [
      '2026-02-30T10:00Z',
      '2026-02-29T10:00Z',
      '2026-04-31T00:00:00+07:00',
      '2026-01-01T24:00Z',
      '2026-01-01T10:60:00Z',
      '2026-01-01T10:00:60Z',
      '2026-01-01T10:00+25:00',
      '2026-12-01',
      '2026-12-01 10:00:00Z',
      '2026-12-01T10:00',
      '0000-01-01T00:00Z',
      'abc 2026',
    ])
      expect({ t, ok: isRfc3339Timestamp(t) }).toEqual({ t, ok: false });
  });
});
