import { runWithContext } from '@siapkerja/logging';
import { assertRegionAllowed, parseCaller, regionWithin } from './index';

describe('authz', () => {
  it('parses the caller metadata defensively', () => {
    expect(parseCaller(JSON.stringify({ sub: 'c1', roles: ['DISNAKER_PROVINCE', 'GOD'], regionCode: '33', clientId: 'x' }))).toEqual({ sub: 'c1', roles: ['DISNAKER_PROVINCE'], regionCode: '33', clientId: 'x' });
    expect(parseCaller('{bad')).toBeUndefined();
    expect(parseCaller(JSON.stringify({ roles: [] }))).toBeUndefined();
    expect(parseCaller(JSON.stringify({ sub: 's', roles: [], regionCode: '33; drop' }))).toEqual({ sub: 's', roles: [] });
  });

  it('matches regions by prefix on dotted boundaries', () => {
    expect(regionWithin('33.73', '33')).toBe(true);
    expect(regionWithin('33.73.04', '33.73')).toBe(true);
    expect(regionWithin('33', '33.73')).toBe(false);
    expect(regionWithin('331', '33')).toBe(false);
    expect(regionWithin('32.73', '33')).toBe(false);
  });

  it('refuses officers outside their region and leaves others alone', () => {
    const province = { sub: 'p', roles: ['DISNAKER_PROVINCE' as const], regionCode: '33' };
    const regency = { sub: 'r', roles: ['DISNAKER_REGENCY' as const], regionCode: '33.73' };
    expect(() => assertRegionAllowed('33.74', province)).not.toThrow();
    expect(() => assertRegionAllowed('32.73', province)).toThrow(/outside the caller's region 33/);
    expect(() => assertRegionAllowed('33.74', regency)).toThrow(/PERMISSION|outside/);
    expect(() => assertRegionAllowed('33', regency)).toThrow();
    expect(() => assertRegionAllowed('32.73', { sub: 'a', roles: ['MINISTRY_ADMIN'] })).not.toThrow();
    expect(() => assertRegionAllowed('32.73', undefined)).not.toThrow();
    runWithContext({ correlationId: 'c-12345678', caller: regency }, () => expect(() => assertRegionAllowed('32.73')).toThrow());
  });
});
