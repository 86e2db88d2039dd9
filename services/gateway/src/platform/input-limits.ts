import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Server } from 'node:http';
import { fieldPath, findUnstorableString, problem, PROBLEM_CONTENT_TYPE } from '@siapkerja/errors';
import { FieldValidationException } from './problem.filter';

/** The deepest nesting of arrays and objects a JSON body may have (documented in README and the OpenAPI description). */
export const MAX_JSON_DEPTH = 64;

/** Raised while the body is read when it nests deeper than MAX_JSON_DEPTH; the problem filter answers 400. */
export class JsonTooDeepError extends Error {
  readonly type = 'entity.too.deep';
  readonly status = 400;
  constructor(readonly limit: number) {
    super(`The request body nests arrays and objects deeper than ${limit} levels`);
  }
}

const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Throws JsonTooDeepError when the JSON text nests deeper than `limit`: one pass over the bytes, no recursion, stopping at
 * the first level too deep, before JSON.parse (and everything recursive after it: validation, transformation) sees it.
 * Counts brackets outside strings only; in UTF-8 no byte of a multi-byte character is ASCII, so bytes are enough, and a
 * string is skipped with the native search for its closing quote (a body of 1,000 credentials is mostly string).
 */
export function assertJsonDepth(buf: Buffer, encoding: string, limit = MAX_JSON_DEPTH): void {
  if (/^utf-?8$/i.test(encoding)) return assertUtf8JsonDepth(buf, limit);
  const text = decodeBody(buf, encoding);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) throw new JsonTooDeepError(limit);
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
}

/** Raised while the body is read when its charset is one the body parser accepts but this check cannot read: 415. */
export class UnsupportedCharsetError extends Error {
  readonly type = 'charset.unsupported';
  readonly status = 415;
  constructor(readonly charset: string) {
    super(`The charset ${charset.slice(0, 32)} is not supported; send JSON as UTF-8`);
  }
}

/**
 * The text of a body in a charset other than UTF-8: Buffer's decoders (utf-16le), else the WHATWG ones (utf-16be); a
 * charset neither knows (utf-32, which the body parser accepts) is refused with 415, where Buffer's TypeError was a 403.
 */
function decodeBody(buf: Buffer, encoding: string): string {
  if (Buffer.isEncoding(encoding)) return buf.toString(encoding);
  try {
    return new TextDecoder(encoding).decode(buf);
  } catch {
    throw new UnsupportedCharsetError(encoding);
  }
}

function assertUtf8JsonDepth(buf: Buffer, limit: number): void {
  let depth = 0;
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      // the closing quote: the next one not escaped (preceded by an even run of backslashes, which all lie in the string)
      let end = buf.indexOf(QUOTE, i + 1);
      while (end !== -1 && escapedAt(buf, end)) end = buf.indexOf(QUOTE, end + 1);
      if (end === -1) return; // an unterminated string: JSON.parse refuses the body
      i = end;
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) throw new JsonTooDeepError(limit);
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
}

/** Is the quote at `at` escaped: an odd number of backslashes right before it? */
function escapedAt(buf: Buffer, at: number): boolean {
  let n = 0;
  for (let j = at - 1; j >= 0 && buf[j] === BACKSLASH; j--) n++;
  return n % 2 === 1;
}

/** A `%` not followed by two hex digits: the query-string parser keeps it as it is, and so does this check. */
const STRAY_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/** The text of a percent-encoded query component, or undefined when its bytes are not UTF-8. */
function decodedComponent(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ').replace(STRAY_PERCENT, '%25'));
  } catch {
    return undefined;
  }
}

/**
 * The first query parameter of `url` whose percent-encoded bytes are not UTF-8 (`q=%ED%A0%80`, the bytes of a lone
 * surrogate, or `q=%FF`), named `query.q`; undefined when every parameter is text. The query-string parser would turn such
 * bytes into U+FFFD without a word, and the search would look for a character nobody typed.
 */
export function findMalformedQueryParameter(url: string): { field: string; description: string } | undefined {
  const at = url.indexOf('?');
  if (at < 0 || !url.includes('%', at)) return undefined;
  for (const part of url.slice(at + 1).split('&')) {
    if (!part.includes('%')) continue;
    const eq = part.indexOf('=');
    const name = decodedComponent(eq < 0 ? part : part.slice(0, eq));
    if (name === undefined) return { field: 'query', description: 'a parameter name is not UTF-8 text once percent-decoded' };
    if (eq >= 0 && decodedComponent(part.slice(eq + 1)) === undefined)
      return { field: fieldPath('query', name), description: 'must be UTF-8 text once percent-decoded (it holds bytes that are not)' };
  }
  return undefined;
}

/**
 * Refuses, before any other guard, interceptor or controller, every request whose parsed body (JSON or form), query
 * string or path parameters hold a string PostgreSQL cannot store as sent, or whose query string holds bytes that are not
 * UTF-8: 400 naming the field (`body.title`, `query.q`, `params.id`). Header values cannot carry one: Node's HTTP parser
 * refuses control characters there.
 */
@Injectable()
export class StorableInputGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const req = context.switchToHttp().getRequest<Request>();
    const violation =
      findUnstorableString(req.params, 'params') ??
      findMalformedQueryParameter(req.originalUrl ?? req.url ?? '') ??
      findUnstorableString(req.query, 'query') ??
      findUnstorableString(req.body, 'body');
    if (violation) throw new FieldValidationException([violation]);
    return true;
  }
}

/**
 * Requests Node's HTTP parser refuses (a control character in a header, a malformed request line, headers too large)
 * are answered with problem+json too, instead of Node's bare 400.
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    // the statuses Node itself answers with: headers too large 431, request not received in time 408, else 400
    const [status, reason, code, detail] =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request Header Fields Too Large', 'HEADERS_TOO_LARGE', 'The request headers are too large']
        : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? [408, 'Request Timeout', 'REQUEST_TIMEOUT', 'The request was not received in time']
          : [400, 'Bad Request', 'MALFORMED_REQUEST', 'The request could not be parsed as HTTP (e.g. a control character in a header)'];
    const body = JSON.stringify(problem(status, detail, { code }));
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
}
