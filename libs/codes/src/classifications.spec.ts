import {
  getKbjiMajorGroup,
  getKbjiSubMajorGroup,
  getKbliCategory,
  getKbliMainGroup,
  isKbji,
  isKbli,
  isSkkniUnit,
  kbjiMajorGroup,
  kbliCategory,
  kbliMainGroup,
  listKbjiMajorGroups,
  listKbjiSubMajorGroups,
  listKbliCategories,
  listKbliMainGroups,
  validateKbji,
  validateKbli,
  validateSkkniUnit,
} from './index';

describe('KBJI 2014', () => {
  it('ships major groups 0-9 and the 43 ISCO-08 sub-major groups', () => {
    expect(listKbjiMajorGroups().map((g) => g.code)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const subs = listKbjiSubMajorGroups();
    expect(subs).toHaveLength(43);
    expect(listKbjiSubMajorGroups('0').map((g) => g.code)).toEqual(['01', '02', '03']);
    expect(listKbjiSubMajorGroups('2').map((g) => g.code)).toEqual(['21', '22', '23', '24', '25', '26']);
    for (const g of listKbjiMajorGroups()) {
      expect(g.name.length).toBeGreaterThan(0);
      for (const s of g.subMajorGroups) expect(s.code[0]).toBe(g.code);
    }
  });

  it('validates the domain example 2514.00', () => {
    expect(validateKbji('2514.00')).toEqual({
      valid: true,
      code: '2514.00',
      level: 'occupation',
      majorGroup: '2',
      majorGroupName: 'Profesional',
      subMajorGroup: '25',
      subMajorGroupName: 'Profesional Teknologi Informasi dan Komunikasi',
      minorGroup: '251',
      unitGroup: '2514',
      suffix: '00',
    });
  });

  it('accepts 1 to 4 digits', () => {
    expect(validateKbji('2')).toMatchObject({ valid: true, level: 'majorGroup', majorGroup: '2' });
    expect(validateKbji('25')).toMatchObject({ valid: true, level: 'subMajorGroup', subMajorGroup: '25' });
    expect(validateKbji('251')).toMatchObject({ valid: true, level: 'minorGroup', minorGroup: '251' });
    expect(validateKbji('2514')).toMatchObject({ valid: true, level: 'unitGroup', unitGroup: '2514' });
    expect(isKbji('0')).toBe(true);
    expect(isKbji('0110')).toBe(true);
    expect(isKbji('9629.01')).toBe(true);
  });

  it('rejects unknown sub-major groups and bad shapes', () => {
    expect(validateKbji('27')).toMatchObject({ valid: false, reason: expect.stringMatching(/sub-major group 27/) });
    expect(validateKbji('04')).toMatchObject({ valid: false });
    expect(validateKbji('1599')).toMatchObject({ valid: false });
    for (const bad of ['', '25140', '2514.0', '2514.000', '25.01', '2514.', 'A514', ' 2514', 2514, null]) {
      expect(isKbji(bad)).toBe(false);
    }
  });

  it('gives the major group', () => {
    expect(kbjiMajorGroup('2514.00')).toBe('2');
    expect(kbjiMajorGroup('0310')).toBe('0');
    expect(kbjiMajorGroup('2714')).toBeUndefined();
    expect(kbjiMajorGroup('x')).toBeUndefined();
    expect(getKbjiMajorGroup('8322')?.name).toBe('Operator dan Perakit Mesin');
    expect(getKbjiSubMajorGroup('8322')?.code).toBe('83');
    expect(getKbjiSubMajorGroup('8')).toBeUndefined();
  });
});

describe('KBLI 2020', () => {
  it('ships 21 categories A-U and 88 main groups', () => {
    const cats = listKbliCategories();
    expect(cats.map((c) => c.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    expect(listKbliMainGroups()).toHaveLength(88);
    const range = (c: string) => listKbliMainGroups(c).map((g) => g.code);
    expect(range('A')).toEqual(['01', '02', '03']);
    expect(range('B')).toEqual(['05', '06', '07', '08', '09']);
    expect(range('C')).toEqual(Array.from({ length: 24 }, (_, i) => String(10 + i)));
    expect(range('D')).toEqual(['35']);
    expect(range('J')).toEqual(['58', '59', '60', '61', '62', '63']);
    expect(range('U')).toEqual(['99']);
    // main groups are unique and in ascending order across categories
    const all = cats.flatMap((c) => c.mainGroups.map((g) => g.code));
    expect(all).toEqual([...new Set(all)].sort());
  });

  it('validates the domain example 62019', () => {
    expect(validateKbli('62019')).toEqual({
      valid: true,
      system: 'KBLI',
      version: '2020',
      code: '62019',
      level: 'class',
      category: 'J',
      categoryName: 'Informasi dan Komunikasi',
      mainGroup: '62',
      mainGroupName: 'Aktivitas Pemrograman, Konsultasi Komputer dan Kegiatan YBDI',
    });
    expect(validateKbli('62019', { system: 'KBLI', version: '2020' }).valid).toBe(true);
  });

  it('accepts 2 to 5 digits and an agreeing category prefix', () => {
    expect(validateKbli('62')).toMatchObject({ valid: true, level: 'mainGroup' });
    expect(validateKbli('620')).toMatchObject({ valid: true, level: 'group' });
    expect(validateKbli('6201')).toMatchObject({ valid: true, level: 'subGroup' });
    expect(validateKbli('01111')).toMatchObject({ valid: true, category: 'A', code: '01111' });
    expect(validateKbli('J62019')).toMatchObject({ valid: true, code: '62019', category: 'J' });
    expect(validateKbli('J.62019')).toMatchObject({ valid: true, code: '62019' });
    expect(validateKbli('C 10110')).toMatchObject({ valid: true, category: 'C' });
    expect(isKbli('99000')).toBe(true);
  });

  it('rejects disagreeing category letters, unknown main groups and bad shapes', () => {
    expect(validateKbli('C62019')).toMatchObject({ valid: false, reason: expect.stringMatching(/belongs to category J, not C/) });
    for (const gap of ['04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89', '00']) {
      expect(validateKbli(`${gap}100`)).toMatchObject({ valid: false, reason: expect.stringMatching(/main group/) });
    }
    for (const bad of ['6', '620190', 'V62019', 'j62019', '62 019', '', 62019, undefined]) {
      expect(isKbli(bad)).toBe(false);
    }
  });

  it('rejects other systems and versions', () => {
    expect(validateKbli('62019', { version: '2025' })).toMatchObject({
      valid: false,
      reason: expect.stringMatching(/version "2025" is not supported/),
    });
    expect(validateKbli('62019', { system: 'ISIC' })).toMatchObject({ valid: false, reason: expect.stringMatching(/not supported/) });
  });

  it('returns the category letter and main group', () => {
    expect(kbliCategory('62019')).toBe('J');
    expect(kbliCategory('47111')).toBe('G');
    expect(kbliCategory('10')).toBe('C');
    expect(kbliCategory('33')).toBe('C');
    expect(kbliCategory('35')).toBe('D');
    expect(kbliCategory('97000')).toBe('T');
    expect(kbliCategory('34')).toBeUndefined();
    expect(kbliMainGroup('62019')).toBe('62');
    expect(getKbliMainGroup('85')?.name).toBe('Pendidikan');
    expect(getKbliCategory('F')?.mainGroups.map((g) => g.code)).toEqual(['41', '42', '43']);
    expect(getKbliCategory('Z')).toBeUndefined();
  });
});

describe('SKKNI unit', () => {
  it('accepts the current format', () => {
    expect(validateSkkniUnit('J.620100.001.01')).toEqual({
      valid: true,
      code: 'J.620100.001.01',
      format: 'current',
      sector: 'J',
      subSector: '620100',
      unitNumber: '001',
      version: '01',
    });
    expect(isSkkniUnit('M.702090.001.02')).toBe(true);
  });

  it('accepts the legacy format', () => {
    expect(validateSkkniUnit('TIK.PR02.001.01')).toMatchObject({ valid: true, format: 'legacy', sector: 'TIK', subSector: 'PR02' });
    expect(isSkkniUnit('KK.0101.001.01')).toBe(true);
    expect(isSkkniUnit('PAR.UM01.001.01')).toBe(true);
  });

  it('rejects other shapes', () => {
    for (const bad of [
      'J.62010.001.01',
      'V.620100.001.01',
      'j.620100.001.01',
      'J.620100.01.01',
      'J.620100.001.1',
      'J620100.001.01',
      'TIKXX.PR02.001.01',
      'T.PR02.001.01',
      'TIK.pr02.001.01',
      '',
      1,
    ]) {
      expect(validateSkkniUnit(bad)).toMatchObject({ valid: false });
    }
  });
});
