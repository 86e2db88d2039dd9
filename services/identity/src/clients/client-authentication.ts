import { DomainError, findUnstorableString } from '@siapkerja/errors';

/**
 * The client's credentials of a token request (RFC 6749 2.3.1): HTTP Basic (`Authorization: Basic
 * base64(urlencoded id ":" urlencoded secret)`) takes the place of the form's client_id and client_secret; without
 * either, or with a character no text may hold (a NUL, a control character, a lone surrogate), the request is refused as
 * invalid_request.
 */
export function clientCredentials(form: { clientId: string; clientSecret: string }, authorization: string): { id: string; secret: string } {
  let [id, secret] = [form.clientId, form.clientSecret];
  const basic = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization);
  if (basic) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    try {
      if (i > 0) [id, secret] = [decodeURIComponent(decoded.slice(0, i)), decodeURIComponent(decoded.slice(i + 1))];
    } catch {
      [id, secret] = ['', ''];
    }
  }
  // the form's fields are checked with every string of the request (libs/grpc); the header's are checked here: a NUL in
  // them reached PostgreSQL (client_id lookup) and failed as INTERNAL
  if (findUnstorableString([id, secret])) [id, secret] = ['', ''];
  if (!id || !secret)
    throw new DomainError('INVALID_ARGUMENT', 'invalid_request: client_id and client_secret are required (form fields or HTTP Basic)');
  return { id, secret };
}
