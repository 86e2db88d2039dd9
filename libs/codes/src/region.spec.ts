import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  configureRegionData,
  countRegions,
  districtOf,
  getRegion,
  isRegionCode,
  isRegionLevelLoaded,
  listDistricts,
  listProvinces,
  listRegencies,
  listVillages,
  canonicalRegionCode,
  normalizeRegionCode,
  provinceOf,
  regencyKind,
  regencyOf,
  regionLevel,
  regionLevelByFormat,
} from './index';

describe('canonicalRegionCode', () => {
  it('writes a code as the code list does, and answers anything else as given', () => {
    expect(canonicalRegionCode(' 33.73\n')).toBe('33.73');
    expect(canonicalRegionCode('3373')).toBe('33.73');
    expect(canonicalRegionCode(' 33\t')).toBe('33');
    expect(canonicalRegionCode('337304')).toBe('33.73.04');
    expect(canonicalRegionCode('33.7')).toBe('33.7');
    expect(canonicalRegionCode('')).toBe('');
    expect(canonicalRegionCode(null)).toBeNull();
    expect(canonicalRegionCode(undefined)).toBeUndefined();
  });
});

describe('normalizeRegionCode', () => {
  it('keeps dotted codes and adds dots to undotted ones', () => {
    expect(normalizeRegionCode('33')).toBe('33');
    expect(normalizeRegionCode('33.73')).toBe('33.73');
    expect(normalizeRegionCode('3373')).toBe('33.73');
    expect(normalizeRegionCode('337304')).toBe('33.73.04');
    expect(normalizeRegionCode('3373041001')).toBe('33.73.04.1001');
    expect(normalizeRegionCode('33.73.04.1001')).toBe('33.73.04.1001');
    expect(normalizeRegionCode(' 3373 ')).toBe('33.73');
  });

  it('rejects anything else', () => {
    for (const bad of ['', '3', '333', '33.7', '33.73.4', '33.7304', '3373.04', '33-73', 'ab', '33.73.04.100', '33737', 3373, null]) {
      expect(normalizeRegionCode(bad)).toBeUndefined();
    }
  });

  it('tells the level by shape', () => {
    expect(regionLevelByFormat('99')).toBe('province');
    expect(regionLevelByFormat('9999')).toBe('regency');
    expect(regionLevelByFormat('99.99.99')).toBe('district');
    expect(regionLevelByFormat('9999999999')).toBe('village');
    expect(regionLevelByFormat('999')).toBeUndefined();
  });
});

describe('region data (idn-area-data)', () => {
  beforeAll(() => configureRegionData());

  it('loads the village CSV only when a village code is asked', () => {
    expect(isRegionLevelLoaded('village')).toBe(false);
    expect(isRegionLevelLoaded('province')).toBe(false);
    getRegion('31');
    getRegion('33.73');
    getRegion('33.73.04');
    listRegencies('33');
    expect(isRegionLevelLoaded('province')).toBe(true);
    expect(isRegionLevelLoaded('regency')).toBe(true);
    expect(isRegionLevelLoaded('district')).toBe(true);
    expect(isRegionLevelLoaded('village')).toBe(false);
    expect(getRegion('33.73.04.1001')?.name).toBe('Kecandran');
    expect(isRegionLevelLoaded('village')).toBe(true);
  });

  it('holds the expected number of provinces and regencies', () => {
    const counts = {
      provinces: countRegions('province'),
      regencies: countRegions('regency'),
      districts: countRegions('district'),
      villages: countRegions('village'),
    };
    if (counts.provinces !== 38 || counts.regencies !== 514) {
      console.log('idn-area-data counts differ from domain.md (38 provinces, 514 regencies):', counts);
    }
    // idn-area-data 3.1.2
    expect(counts).toEqual({ provinces: 38, regencies: 514, districts: 7277, villages: 83763 });
    expect(listProvinces()).toHaveLength(38);
  });

  it('finds real provinces and regencies', () => {
    expect(getRegion('31')).toEqual({ code: '31', name: 'DKI JAKARTA', level: 'province', parentCode: null });
    expect(getRegion('33.73')).toEqual({ code: '33.73', name: 'KOTA SALATIGA', level: 'regency', parentCode: '33' });
    expect(getRegion('3373')).toEqual(getRegion('33.73'));
    expect(getRegion('32.73')).toMatchObject({ name: 'KOTA BANDUNG', level: 'regency', parentCode: '32' });
    expect(getRegion('33.73.04')).toEqual({ code: '33.73.04', name: 'Sidomukti', level: 'district', parentCode: '33.73' });
    expect(getRegion('3373041001')).toEqual({
      code: '33.73.04.1001',
      name: 'Kecandran',
      level: 'village',
      parentCode: '33.73.04',
    });
    expect(getRegion('96')?.name).toBe('PAPUA BARAT DAYA');
  });

  it('returns frozen records', () => {
    const r = getRegion('31')!;
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('answers isRegionCode and regionLevel by existence', () => {
    expect(isRegionCode('33')).toBe(true);
    expect(isRegionCode('33.73')).toBe(true);
    expect(isRegionCode('3373', 'regency')).toBe(true);
    expect(isRegionCode('33.73', 'province')).toBe(false);
    expect(isRegionCode('33.73.04.1001', 'village')).toBe(true);
    expect(isRegionCode('20')).toBe(false);
    expect(isRegionCode('33.70')).toBe(false);
    expect(isRegionCode('33.73.99')).toBe(false);
    expect(isRegionCode('33.73.04.9999')).toBe(false);
    expect(isRegionCode('33.7')).toBe(false);
    expect(isRegionCode(undefined)).toBe(false);
    expect(regionLevel('31')).toBe('province');
    expect(regionLevel('3273')).toBe('regency');
    expect(regionLevel('32.73.01')).toBe('district');
    expect(regionLevel('33.73.04.1001')).toBe('village');
    expect(regionLevel('33.99')).toBeUndefined();
  });

  it('walks up the hierarchy', () => {
    expect(provinceOf('33.73.04.1001')?.name).toBe('JAWA TENGAH');
    expect(provinceOf('3273')?.name).toBe('JAWA BARAT');
    expect(provinceOf('31')?.code).toBe('31');
    expect(provinceOf('33.99')?.code).toBe('33');
    expect(provinceOf('20.01')).toBeUndefined();
    expect(provinceOf('x')).toBeUndefined();
    expect(regencyOf('33.73.04')?.name).toBe('KOTA SALATIGA');
    expect(regencyOf('3273011001')?.name).toBe('KOTA BANDUNG');
    expect(regencyOf('33')).toBeUndefined();
    expect(districtOf('33.73.04.1001')?.name).toBe('Sidomukti');
    expect(districtOf('33.73')).toBeUndefined();
  });

  it('lists children in code order', () => {
    const jakarta = listRegencies('31');
    expect(jakarta.map((r) => r.code)).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
    expect(listRegencies('33')).toHaveLength(35);
    expect(listRegencies('33').some((r) => r.code === '33.73' && r.name === 'KOTA SALATIGA')).toBe(true);
    expect(listRegencies('20')).toEqual([]);
    expect(listRegencies('33.73')).toEqual([]);
    expect(listDistricts('3373').map((d) => d.code)).toContain('33.73.04');
    expect(listVillages('33.73.04').map((v) => v.code)).toContain('33.73.04.1001');
    const provinces = listProvinces();
    expect(provinces[0].code).toBe('11');
    expect(provinces.map((p) => p.code)).toEqual([...provinces.map((p) => p.code)].sort());
    // lists are copies
    jakarta.pop();
    expect(listRegencies('31')).toHaveLength(6);
  });

  it('tells kabupaten from kota by number', () => {
    expect(regencyKind('33.73')).toBe('KOTA');
    expect(regencyKind('33.01')).toBe('KABUPATEN');
    expect(regencyKind('33.70')).toBeUndefined();
    expect(regencyKind('33')).toBeUndefined();
    for (const r of listProvinces().flatMap((p) => listRegencies(p.code))) {
      expect(r.name.startsWith(regencyKind(r.code)!)).toBe(true);
    }
  });
});

describe('configureRegionData', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codes-region-'));
    fs.writeFileSync(path.join(dir, 'provinces.csv'), 'code,name\r\n11,ACEH\r\n');
    fs.writeFileSync(path.join(dir, 'regencies.csv'), 'code,province_code,name\n1101,11,"KABUPATEN ACEH SELATAN"\n');
    fs.writeFileSync(path.join(dir, 'districts.csv'), 'code,regency_code,name\n110101,1101,Bakongan\n');
    fs.writeFileSync(path.join(dir, 'villages.csv'), 'code,district_code,name\n1101012001,110101,"Keude, ""Bakongan"""\n');
    configureRegionData({ dataDir: dir });
  });
  afterAll(() => {
    configureRegionData();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reads CSVs with undotted codes, CRLF and quoted names', () => {
    expect(listProvinces()).toEqual([{ code: '11', name: 'ACEH', level: 'province', parentCode: null }]);
    expect(getRegion('11.01')?.name).toBe('KABUPATEN ACEH SELATAN');
    expect(getRegion('1101')?.parentCode).toBe('11');
    expect(listDistricts('11.01')).toEqual([{ code: '11.01.01', name: 'Bakongan', level: 'district', parentCode: '11.01' }]);
    expect(getRegion('11.01.01.2001')?.name).toBe('Keude, "Bakongan"');
    expect(getRegion('33')).toBeUndefined();
  });
});
