import { PersonIdentity, isPersonId } from './index';

describe('PersonIdentity', () => {
  const secret = 's'.repeat(40);
  it('is stable across instances with the same secret and differs with another', () => {
    const a = new PersonIdentity(secret).personId('3273014507900001');
    expect(new PersonIdentity(secret).personId('3273 0145 0790 0001')).toBe(a);
    expect(new PersonIdentity('t'.repeat(40)).personId('3273014507900001')).not.toBe(a);
    expect(isPersonId(a)).toBe(true);
    expect(a).not.toContain('3273014507900001');
  });
  it('rejects weak secrets and malformed NIKs', () => {
    expect(() => new PersonIdentity('short')).toThrow(/32/);
    expect(() => new PersonIdentity(secret).personId('123')).toThrow(/16 digits/);
  });
  it('matches in constant time', () => {
    const id = new PersonIdentity(secret);
    expect(id.matches('3273014507900001', id.personId('3273014507900001'))).toBe(true);
    expect(id.matches('3273014507900002', id.personId('3273014507900001'))).toBe(false);
  });
});
