import { plainToInstance } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, validateSync } from 'class-validator';
import { DecimalNumber, IsKbji, IsKbli, IsNib, IsNik, IsNpwp, IsRegionCode, IsSkkniUnit } from './index';

class PersonDto {
  @IsNik({ birthDateProperty: 'birthDate', sexProperty: 'sex' })
  nik!: unknown;

  birthDate?: unknown;
  sex?: unknown;
}

class PlainNikDto {
  @IsNik()
  nik!: unknown;
}

class EmployerDto {
  @IsNib()
  nib!: unknown;

  @IsNpwp()
  npwp!: unknown;

  @IsRegionCode()
  anyRegion!: unknown;

  @IsRegionCode({ level: 'regency' })
  regency!: unknown;

  @IsRegionCode({ level: 'village' }, { message: 'pick a village' })
  village!: unknown;

  @IsKbji()
  occupation!: unknown;

  @IsKbli()
  industry!: unknown;

  @IsSkkniUnit({ each: true })
  units!: unknown;
}

function make<T extends object>(cls: new () => T, props: Record<string, unknown>): T {
  return Object.assign(new cls(), props);
}

function messages(obj: object): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const e of validateSync(obj)) out[e.property] = Object.values(e.constraints ?? {});
  return out;
}

const goodEmployer = {
  nib: '9120001234567',
  npwp: '3273014507900001',
  anyRegion: '33',
  regency: '33.73',
  village: '3373041001',
  occupation: '2514.00',
  industry: '62019',
  units: ['J.620100.001.01', 'TIK.PR02.001.01'],
};

describe('class-validator decorators', () => {
  it('accept valid values', () => {
    expect(messages(make(EmployerDto, goodEmployer))).toEqual({});
    expect(messages(make(PersonDto, { nik: '3273014507900001', birthDate: '1990-07-05', sex: 2 }))).toEqual({});
    expect(messages(make(PersonDto, { nik: '3273014507900001' }))).toEqual({});
    expect(messages(make(PlainNikDto, { nik: '3273014507900001' }))).toEqual({});
  });

  it('report the field, the expected format and the reason', () => {
    const m = messages(
      make(EmployerDto, {
        nib: '123',
        npwp: '12',
        anyRegion: '20',
        regency: '33',
        village: '33.73.04.9999',
        occupation: '2714',
        industry: 'C62019',
        units: ['J.620100.001.01', 'bad'],
      }),
    );
    expect(m.nib).toEqual(['nib must be a valid NIB (13 digits) (NIB must be exactly 13 digits)']);
    expect(m.npwp[0]).toMatch(/^npwp must be a valid NPWP \(16 digits\)/);
    expect(m.anyRegion[0]).toMatch(/^anyRegion must be an existing Kemendagri region code .* \(20 is not in the region data\)$/);
    expect(m.regency[0]).toMatch(/^regency must be an existing Kemendagri regency code \(regency NN\.NN\) \(33 is a province code\)$/);
    expect(m.village).toEqual(['pick a village']);
    expect(m.occupation[0]).toMatch(/^occupation must be a valid KBJI 2014 code .*sub-major group 27/);
    expect(m.industry[0]).toMatch(/^industry must be a valid KBLI 2020 code .*belongs to category J, not C/);
    expect(m.units[0]).toMatch(/^each value in units must be a valid SKKNI unit code .*\(SKKNI unit code must look like/);
  });

  it('check the NIK against sibling birth date and sex', () => {
    const wrongSex = messages(make(PersonDto, { nik: '3273014507900001', birthDate: '1990-07-05', sex: 1 }));
    expect(wrongSex.nik[0]).toMatch(/^nik must be a valid NIK: 16 digits.*\(NIK encodes sex FEMALE/);
    const wrongDate = messages(make(PersonDto, { nik: '3273014507900001', birthDate: new Date('1990-07-06T00:00:00Z'), sex: 'FEMALE' }));
    expect(wrongDate.nik[0]).toMatch(/does not match the stated birth date 1990-07-06/);
    // unusable sibling values are left to their own validators
    expect(messages(make(PersonDto, { nik: '3273014507900001', birthDate: 'yesterday', sex: 'X' }))).toEqual({});
  });

  it('reject bad NIKs and non-strings', () => {
    expect(messages(make(PlainNikDto, { nik: '3273014507900000' })).nik[0]).toMatch(/serial number must not be 0000/);
    expect(messages(make(PlainNikDto, { nik: 3273014507900001 })).nik[0]).toMatch(/must be a string/);
    expect(messages(make(PlainNikDto, {})).nik[0]).toMatch(/^nik must be a valid NIK/);
  });
});

class PageQuery {
  @IsOptional()
  @DecimalNumber()
  @IsInt()
  pageSize?: number;

  @IsOptional()
  @DecimalNumber()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  ratio?: number;
}

describe('DecimalNumber: a query number is the decimal text sent', () => {
  const read = (q: Record<string, string>) => {
    const o = plainToInstance(PageQuery, q);
    return { o, fields: validateSync(o).map((e) => e.property) };
  };
  it('reads plain decimals', () => {
    expect(read({ pageSize: '16', ratio: '-2.5' })).toEqual({
      o: Object.assign(new PageQuery(), { pageSize: 16, ratio: -2.5 }),
      fields: [],
    });
    expect(read({ pageSize: '007' }).o.pageSize).toBe(7);
  });
  it("refuses what Number() would read as another number ('0x10' was 16, '1e3' 1000, '' 0), naming the field", () => {
    for (const text of ['0x10', '1e3', '0b1', ' 7 ', '', '+5', '1.', 'Infinity', '12abc', '1'.repeat(20)])
      expect({ text, fields: read({ pageSize: text }).fields }).toEqual({ text, fields: ['pageSize'] });
  });
});
