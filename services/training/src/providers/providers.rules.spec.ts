import { mayAdministerProvider, providerViolations } from './providers.rules';

describe('provider rules', () => {
  const ok = {
    kind: 'BLK_UPTD',
    name: 'BLK Kota Salatiga',
    regionCode: '33.73',
    accreditationGrade: 'A',
    accreditationValidUntil: '2028-12-31',
    contactEmail: 'blk@salatiga.go.id',
    contactPhone: '0298321000',
    contactWebsite: 'https://blk.salatiga.go.id',
  };
  const fields = (v: ReturnType<typeof providerViolations>) => {
    try {
      v.throwIfAny();
      return [];
    } catch (e) {
      return (e as { violations: { field: string }[] }).violations.map((x) => x.field);
    }
  };

  it('names every bad field of a provider', () => {
    expect(fields(providerViolations(ok))).toEqual([]);
    expect(
      fields(
        providerViolations({
          ...ok,
          kind: 'SEKOLAH',
          name: ' ',
          regionCode: '99',
          accreditationGrade: 'Z',
          contactEmail: 'x',
          contactPhone: '12',
          contactWebsite: 'http://x',
        }),
      ),
    ).toEqual(['kind', 'name', 'regionCode', 'accreditation.grade', 'contact.email', 'contact.phone', 'contact.website']);
    expect(fields(providerViolations({ ...ok, accreditationValidUntil: '' }))).toEqual(['accreditation.validUntil']);
  });

  it('lets the ministry anywhere and an officer inside his region register and verify providers', () => {
    expect(mayAdministerProvider('33.73', { sub: 'm', roles: ['MINISTRY_ADMIN'] })).toBe(true);
    expect(mayAdministerProvider('33.73', { sub: 'o', roles: ['DISNAKER_PROVINCE'], regionCode: '33' })).toBe(true);
    expect(mayAdministerProvider('33', { sub: 'o', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' })).toBe(false);
    expect(mayAdministerProvider('33.74', { sub: 'o', roles: ['DISNAKER_REGENCY'], regionCode: '33.73' })).toBe(false);
    expect(
      mayAdministerProvider('33.73', { sub: 'p', roles: ['TRAINING_PROVIDER'], organizationId: '00000000-0000-4000-8000-000000000000' }),
    ).toBe(false);
  });
});
