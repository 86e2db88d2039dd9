import { DomainError } from '@siapkerja/errors';
import { statedPurpose } from './access-log';

const officer = { sub: 'o', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.73' };
const partner = { sub: 'p', roles: ['PARTNER' as const], clientId: 'p' };

const violation = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return { kind: (e as DomainError).kind, violations: (e as DomainError).violations };
  }
  throw new Error('no error');
};

describe('statedPurpose (X-Purpose forwarded in the caller)', () => {
  it('accepts a listed purpose in any case and trims it', () => {
    expect(statedPurpose({ ...officer, purpose: ' placement_service ' })).toBe('PLACEMENT_SERVICE');
    expect(statedPurpose({ ...partner, purpose: 'CERTIFICATION' })).toBe('CERTIFICATION');
  });

  it('refuses an unknown purpose, naming the header', () => {
    const v = violation(() => statedPurpose({ ...partner, purpose: 'MARKETING' }));
    expect(v.kind).toBe('INVALID_ARGUMENT');
    expect(v.violations).toEqual([
      { field: 'X-Purpose', description: expect.stringMatching(/^X-Purpose must be one of PLACEMENT_SERVICE/) },
    ]);
  });

  it('requires a purpose of officers and of required reads, not of others', () => {
    expect(violation(() => statedPurpose(officer)).violations[0].description).toMatch(/X-Purpose header is required/);
    expect(violation(() => statedPurpose({ ...partner, purpose: '  ' }, { required: true })).kind).toBe('INVALID_ARGUMENT');
    expect(statedPurpose(partner)).toBeUndefined();
    expect(statedPurpose(undefined)).toBeUndefined();
  });
});
