import { FieldValidationException } from '../platform/problem.filter';
import { getMetadataStorage } from 'class-validator';
import { AccessLogEntryDto, ConsentDto, ConsentPurposeParamDto, GiveConsentDto } from '../generated/identity.views';
import { ACCESS_PURPOSES, CONSENT_PURPOSES, PURPOSE_HEADER, resolvePurpose } from './purposes';

const req = (value?: string) => ({ header: (name: string) => (name.toLowerCase() === 'x-purpose' ? value : undefined) }) as never;
const officer = { roles: ['DISNAKER_REGENCY'] };
const partner = { roles: ['PARTNER'] };

function violation(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FieldValidationException);
    return (e as FieldValidationException).violations;
  }
  throw new Error('expected a 400');
}

describe('X-Purpose', () => {
  it('accepts an enumerated purpose (any case) from anyone', () => {
    expect(resolvePurpose(req('AK1_ISSUANCE'), officer)).toBe('AK1_ISSUANCE');
    expect(resolvePurpose(req(' placement_service '), partner)).toBe('PLACEMENT_SERVICE');
  });

  it('refuses an unknown purpose with a violation naming the header', () => {
    const v = violation(() => resolvePurpose(req('MARKETING'), partner));
    expect(v).toEqual([{ field: PURPOSE_HEADER, description: expect.stringContaining('must be one of PLACEMENT_SERVICE') }]);
  });

  it('requires it from officers (and where the route says so), and leaves it optional for others', () => {
    expect(violation(() => resolvePurpose(req(undefined), officer))[0]).toMatchObject({
      field: 'X-Purpose',
      description: expect.stringContaining('required'),
    });
    expect(violation(() => resolvePurpose(req(''), { roles: ['DISNAKER_PROVINCE'] }))[0].field).toBe('X-Purpose');
    expect(violation(() => resolvePurpose(req(undefined), partner, { required: true }))[0].field).toBe('X-Purpose');
    expect(resolvePurpose(req(undefined), partner)).toBeUndefined();
    expect(resolvePurpose(req(undefined), undefined)).toBeUndefined();
  });
});

describe('consent purposes in proto/ (the generated inputs and views)', () => {
  it('are CONSENT_PURPOSES, and the access log documents ACCESS_PURPOSES', () => {
    const isIn = (cls: object) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(cls as never, '', true, false)
        .find((m) => m.propertyName === 'purpose' && m.name === 'isIn')?.constraints[0];
    expect(isIn(GiveConsentDto)).toEqual([...CONSENT_PURPOSES]);
    expect(isIn(ConsentPurposeParamDto)).toEqual([...CONSENT_PURPOSES]);
    const documented = (cls: new () => unknown) =>
      (Reflect.getMetadata('swagger/apiModelProperties', cls.prototype, 'purpose') as { enum: string[] }).enum;
    expect(documented(ConsentDto)).toEqual([...CONSENT_PURPOSES]);
    expect(documented(AccessLogEntryDto)).toEqual([...ACCESS_PURPOSES]);
  });
});
