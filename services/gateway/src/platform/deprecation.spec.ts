import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { of } from 'rxjs';
import { Deprecated, DeprecationInterceptor, deprecationHeaders } from './deprecation';

@Controller('v1/old')
class OldController {
  @Deprecated({ since: '2027-01-01', sunset: '2027-07-01', successor: '/v2/new', docs: 'https://siapkerja.kemnaker.go.id/docs/migrate-v2' })
  @Get()
  old() {
    return 'x';
  }
  @Get('current')
  current() {
    return 'y';
  }
}

function run(handler: () => unknown) {
  const headers: Record<string, string> = {};
  const ctx = {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => OldController,
    switchToHttp: () => ({
      getResponse: () => ({ getHeader: (k: string) => headers[k], setHeader: (k: string, v: string) => void (headers[k] = v) }),
    }),
  };
  new DeprecationInterceptor(new Reflector()).intercept(ctx as never, { handle: () => of(null) });
  return headers;
}

describe('Deprecation and Sunset headers', () => {
  it('formats RFC 9745 Deprecation, RFC 8594 Sunset and successor links', () => {
    expect(deprecationHeaders({ since: '2027-01-01', sunset: '2027-07-01', successor: '/v2/new' })).toEqual({
      Deprecation: '@1798761600',
      Sunset: 'Thu, 01 Jul 2027 00:00:00 GMT',
      Link: '</v2/new>; rel="successor-version"',
    });
  });
  it('sets them only on deprecated routes', () => {
    const c = new OldController();
    expect(run(c.old)).toMatchObject({ Deprecation: '@1798761600', Sunset: 'Thu, 01 Jul 2027 00:00:00 GMT' });
    expect(run(c.old).Link).toContain('rel="deprecation"');
    expect(run(c.current)).toEqual({});
  });
});
