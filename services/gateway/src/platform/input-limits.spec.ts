import { assertJsonDepth, JsonTooDeepError, MAX_JSON_DEPTH, StorableInputGuard, UnsupportedCharsetError } from './input-limits';
import { FieldValidationException } from './problem.filter';

const depth =
  (s: string, limit = MAX_JSON_DEPTH) =>
  () =>
    assertJsonDepth(Buffer.from(s), 'utf-8', limit);

describe('assertJsonDepth', () => {
  it('accepts bodies up to the limit and refuses one level more, arrays and objects alike', () => {
    expect(depth('['.repeat(64) + ']'.repeat(64))).not.toThrow();
    expect(depth('['.repeat(65) + ']'.repeat(65))).toThrow(JsonTooDeepError);
    expect(depth('{"a":'.repeat(64) + '1' + '}'.repeat(64))).not.toThrow();
    expect(depth('{"a":'.repeat(65) + '1' + '}'.repeat(65))).toThrow(JsonTooDeepError);
    expect(depth('[{"a":[1,{"b":2}]},[[3]]]', 4)).not.toThrow();
    expect(depth('[{"a":[1,{"b":2}]},[[3]]]', 3)).toThrow(JsonTooDeepError);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(depth(JSON.stringify({ a: '[[[[{{{{', b: 'x\\"[[[[', c: '"\\\\' }), 2)).not.toThrow();
    expect(depth(JSON.stringify(['\\', [[1]]]), 2)).toThrow(JsonTooDeepError);
  });

  it('skips strings to their closing quote: an even run of backslashes before a quote closes the string, an odd run does not', () => {
    // the value: two backslashes (the quote after them closes the string; the brackets after it count)
    expect(depth(JSON.stringify(['\\\\', [[1]]]), 2)).toThrow(JsonTooDeepError);
    expect(depth(JSON.stringify(['\\\\', [[1]]]), 3)).not.toThrow();
    // the value: a backslash, a quote, brackets (the escaped quote does not close it)
    expect(depth(JSON.stringify(['\\"[[[[', 1]), 1)).not.toThrow();
    // a batch of credentials: 1,000 long strings, brackets only around them
    const batch = JSON.stringify({ items: Array.from({ length: 1000 }, (_, i) => ({ credential: `${'e30'.repeat(600)}[{"${i}` })) });
    expect(depth(batch, 3)).not.toThrow();
    expect(depth(batch, 2)).toThrow(JsonTooDeepError);
    // an unterminated string: left to JSON.parse
    expect(depth('["abc', 1)).not.toThrow();
  });

  it('refuses a million levels in a few milliseconds, stopping at the first level too deep, and reads UTF-16 bodies', () => {
    const huge = Buffer.from('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    const started = process.hrtime.bigint();
    expect(() => assertJsonDepth(huge, 'utf-8')).toThrow(JsonTooDeepError);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
    expect(() => assertJsonDepth(Buffer.from('['.repeat(65) + ']'.repeat(65), 'utf16le'), 'utf-16le')).toThrow(JsonTooDeepError);
    expect(() => assertJsonDepth(Buffer.from('[["\u5b5b"]]', 'utf16le'), 'utf-16le', 2)).not.toThrow();
  });

  it('reads big-endian UTF-16 and refuses a charset it cannot decode with 415 (utf-16be and utf-32 were a TypeError: 403)', () => {
    const be = Buffer.from('[[1]]', 'utf16le').swap16();
    expect(() => assertJsonDepth(be, 'utf-16be', 2)).not.toThrow();
    expect(() => assertJsonDepth(be, 'utf-16be', 1)).toThrow(JsonTooDeepError);
    const refused = (() => {
      try {
        assertJsonDepth(Buffer.from('{}'), 'utf-32');
      } catch (e) {
        return e;
      }
    })();
    expect(refused).toBeInstanceOf(UnsupportedCharsetError);
    expect(refused).toMatchObject({ status: 415, type: 'charset.unsupported' });
  });
});

describe('StorableInputGuard', () => {
  const ctx = (req: object) => ({ getType: () => 'http', switchToHttp: () => ({ getRequest: () => req }) }) as never;
  const refused = (req: object) => {
    try {
      new StorableInputGuard().canActivate(ctx({ params: {}, query: {}, body: undefined, ...req }));
      return undefined;
    } catch (e) {
      expect(e).toBeInstanceOf(FieldValidationException);
      return (e as FieldValidationException).violations;
    }
  };

  it('names the body field, query parameter or path parameter holding a NUL or an unpaired surrogate', () => {
    expect(refused({ body: { title: 'ok', tags: ['a'] }, query: { q: 'kerja' }, params: { id: 'x' } })).toBeUndefined();
    expect(refused({ body: { profile: { skills: ['a', 'b\u0000'] } } })).toEqual([
      { field: 'body.profile.skills[1]', description: 'must not contain a NUL character (U+0000)' },
    ]);
    expect(refused({ query: { q: '\u0000' } })?.[0].field).toBe('query.q');
    expect(refused({ query: { q: ['a', '\ud83d'] } })?.[0].field).toBe('query.q[1]');
    expect(refused({ params: { id: 'a\u0000' } })?.[0].field).toBe('params.id');
    expect(refused({ body: { client_secret: 's\u0000' } })?.[0].field).toBe('body.client_secret');
  });

  it('names the query parameter whose percent-encoded bytes are not UTF-8 (the parser would make them U+FFFD)', () => {
    const utf8 = 'must be UTF-8 text once percent-decoded (it holds bytes that are not)';
    expect(refused({ originalUrl: '/v1/vacancies/search?region=33&q=%ED%A0%80' })).toEqual([{ field: 'query.q', description: utf8 }]);
    expect(refused({ originalUrl: '/v1/vacancies/search?q=ok&sort=%FF' })).toEqual([{ field: 'query.sort', description: utf8 }]);
    expect(refused({ originalUrl: '/x?%C3=1' })?.[0].field).toBe('query');
    // a parameter's name is given as every other violation gives it (no raw control character echoed)
    expect(refused({ originalUrl: '/x?a%00b=%FF' })?.[0].field).toBe('query["a\\u0000b"]');
    // text, percent-encoded or not, and a stray % (kept as it is by the parser too) are not refused
    for (const url of [
      '/x?q=kasir+toko&region=33',
      '/x?q=%E5%B7%A5%E4%BD%9C',
      '/x?q=%F0%9F%98%80',
      '/x?q=50%',
      '/x?q=%zz',
      '/x?q=%EF%BF%BD',
      '/x',
    ])
      expect(refused({ originalUrl: url })).toBeUndefined();
  });
});
