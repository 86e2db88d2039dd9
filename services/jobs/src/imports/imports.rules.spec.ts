import type { Caller } from '@siapkerja/authz';
import { DomainError, forbidden, invalid } from '@siapkerja/errors';
import { mayImport, recordFields, rejectionProblem } from './imports.rules';

describe('jobs import rules', () => {
  it('lets Disnaker systems and the ministry import job seekers; partners and employers vacancies only', () => {
    const officer: Caller = { sub: 'o', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' };
    const partner: Caller = { sub: 'p', roles: ['PARTNER'], clientId: 'p' };
    const seeker: Caller = { sub: 's', roles: ['JOB_SEEKER'] };
    expect([mayImport(officer, 'job-seeker'), mayImport(officer, 'vacancy')]).toEqual([true, true]);
    expect([mayImport(partner, 'job-seeker'), mayImport(partner, 'vacancy')]).toEqual([false, true]);
    expect([mayImport(seeker, 'job-seeker'), mayImport(seeker, 'vacancy')]).toEqual([false, false]);
  });

  it('reads the record fields without kind and key, refusing anything but one JSON object', () => {
    expect(recordFields('{"kind":"vacancy","key":"k","positionName":"Juru Las"}')).toEqual({ positionName: 'Juru Las' });
    expect(() => recordFields('[1]')).toThrow(DomainError);
    expect(() => recordFields('{')).toThrow(/not valid JSON/);
  });

  it('turns what a use case threw into a problem naming the field, never a 500', () => {
    expect(JSON.parse(rejectionProblem(invalid([{ field: 'nik', description: 'must be 16 digits' }])))).toMatchObject({
      status: 400,
      code: 'INVALID_ARGUMENT',
      errors: [{ field: 'nik', description: 'must be 16 digits' }],
    });
    expect(JSON.parse(rejectionProblem(forbidden('outside the region')))).toMatchObject({ status: 403, detail: 'outside the region' });
    expect(JSON.parse(rejectionProblem(new TypeError('x.trim is not a function')))).toMatchObject({
      status: 400,
      errors: [{ field: 'line' }],
    });
  });
});
