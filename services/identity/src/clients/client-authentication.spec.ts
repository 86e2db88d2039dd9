import { DomainError } from '@siapkerja/errors';
import { clientCredentials } from './client-authentication';

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('client authentication of a token request', () => {
  it("takes the form's fields, or HTTP Basic in their place (each part form-urlencoded)", () => {
    expect(clientCredentials({ clientId: 'a', clientSecret: 's' }, '')).toEqual({ id: 'a', secret: 's' });
    expect(clientCredentials({ clientId: 'a', clientSecret: 's' }, basic('b:x', 'p w'))).toEqual({ id: 'b:x', secret: 'p w' });
    expect(clientCredentials({ clientId: '', clientSecret: '' }, basic('b', 't'))).toEqual({ id: 'b', secret: 't' });
  });

  it('refuses a request without both as invalid_request (a 400 without field violations)', () => {
    for (const [form, authorization] of [
      [{ clientId: 'a', clientSecret: '' }, ''],
      [{ clientId: '', clientSecret: '' }, 'Bearer x'],
      [{ clientId: '', clientSecret: '' }, `Basic ${Buffer.from('%E0%A4%A:x').toString('base64')}`],
      // a NUL in the header's id or secret, raw or form-urlencoded (the id's went to PostgreSQL: INTERNAL)
      [{ clientId: '', clientSecret: '' }, `Basic ${Buffer.from('sandbox\u0000:x').toString('base64')}`],
      [{ clientId: '', clientSecret: '' }, basic('a\u0000b', 's')],
      [{ clientId: '', clientSecret: '' }, basic('a', 's\u0000')],
      [{ clientId: '', clientSecret: '' }, basic('a\u001b[2J', 's')],
    ] as const) {
      let error: unknown;
      try {
        clientCredentials(form, authorization);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        kind: 'INVALID_ARGUMENT',
        violations: [],
        message: expect.stringMatching(/^invalid_request: client_id and client_secret/),
      });
    }
  });
});
