import { getMetadataStorage } from 'class-validator';
import { ACCESS_PURPOSES, CONSENT_PURPOSES } from '@siapkerja/privacy';
import { AccessLogEntryDto, ConsentDto, ConsentPurposeParamDto, GiveConsentDto } from '../generated/identity.views';

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
