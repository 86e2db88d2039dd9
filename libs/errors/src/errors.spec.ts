import { Metadata, status } from '@grpc/grpc-js';
import {
  alreadyExists,
  DomainError,
  echo,
  errorDetailsOf,
  existingIdOf,
  findUnstorableString,
  jsonMayHoldUnstorable,
  GRPC_TO_HTTP,
  MAX_ECHO,
  MAX_ERROR_TEXT,
  grpcErrorToProblem,
  idempotencyKeyReused,
  invalid,
  isDatabaseUnavailable,
  isOneLine,
  notFound,
  problem,
  problemHeaders,
  toGrpcError,
} from './index';

describe('errors', () => {
  it('sends field violations and details holding any character (text metadata takes printable ASCII only)', () => {
    // an accented name echoed back, an ellipsis, an emoji, a lone surrogate: each made toGrpcError throw (INTERNAL)
    const violations = [
      { field: 'phone', description: 'must be a phone number (08…, +62…)' },
      { field: 'name', description: 'must not hold "José 😀 \ud800"' },
    ];
    const e = toGrpcError(new DomainError('INVALID_ARGUMENT', 'The request has invalid fields', violations, { reason: 'Zoë…' }));
    expect(e.code).toBe(status.INVALID_ARGUMENT);
    const sent = String(e.metadata!.get('x-field-violations')[0]);
    expect(sent).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(sent)).toEqual(violations);
    // and the gateway reads them back as they were written
    const received = Object.assign(new Error('3 INVALID_ARGUMENT'), { code: e.code, details: e.details, metadata: e.metadata });
    expect(grpcErrorToProblem(received)?.errors).toEqual(violations);
    expect(errorDetailsOf(received)).toEqual({ reason: 'Zoë…' });
  });

  it('echo: keeps a short value, cuts a long one to 64 characters with an ellipsis, never halving a surrogate pair', () => {
    expect(echo('vacanciez')).toBe('vacanciez');
    expect(echo('x'.repeat(MAX_ECHO))).toBe('x'.repeat(MAX_ECHO));
    expect(echo('x'.repeat(200_000))).toBe(`${'x'.repeat(MAX_ECHO)}…`);
    // the 64th character is the first half of an emoji: a lone surrogate would make grpc-js's encodeURI throw
    const cut = echo(`${'x'.repeat(MAX_ECHO - 1)}😀😀`);
    expect(cut).toBe(`${'x'.repeat(MAX_ECHO - 1)}…`);
    expect(() => encodeURI(cut)).not.toThrow();
    expect(notFound('Vacancy', 'x'.repeat(200_000)).message).toBe(`Vacancy ${'x'.repeat(MAX_ECHO)}… was not found`);
  });

  it('sends at most MAX_ERROR_TEXT characters of a message or violation, and a message grpc-js can send', () => {
    // whatever a service quoted whole (a 200,000-character id; a lone surrogate): the trailers still carry the answer
    const e = toGrpcError(
      new DomainError('NOT_FOUND', `No thing ${'x'.repeat(200_000)}`, [{ field: 'id', description: `id ${'y'.repeat(200_000)}` }]),
    );
    expect(e.details).toBe(`No thing ${'x'.repeat(MAX_ERROR_TEXT - 9)}…`);
    const [v] = JSON.parse(String(e.metadata!.get('x-field-violations')[0])) as { description: string }[];
    expect(v.description).toHaveLength(MAX_ERROR_TEXT + 1);
    const lone = toGrpcError(new DomainError('NOT_FOUND', 'No thing a\ud800b\udc00c😀'));
    expect(lone.details).toBe('No thing a\ufffdb\ufffdc😀');
    expect(() => encodeURI(lone.details)).not.toThrow();
  });

  it('isOneLine: a name, number or code holds no tab or line break inside (its ends are trimmed when stored)', () => {
    for (const ok of ['Budi Santoso', '  PT Maju  ', 'Kasir\n', '', undefined, 42])
      expect({ ok, one: isOneLine(ok) }).toEqual({ ok, one: true });
    for (const bad of ['Budi\tSantoso', 'PT\nMaju', 'a\rb', 'a\u2028b', 'a\u2029b'])
      expect({ bad, one: isOneLine(bad) }).toEqual({ bad, one: false });
  });

  it('maps domain errors to gRPC codes with field violations in metadata', () => {
    const e = toGrpcError(invalid([{ field: 'nib', description: 'must be 13 digits' }]));
    expect(e.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(e.metadata!.get('x-field-violations')[0]))).toEqual([{ field: 'nib', description: 'must be 13 digits' }]);
    expect(toGrpcError(notFound('Vacancy', 'x')).code).toBe(status.NOT_FOUND);
    expect(toGrpcError(new DomainError('FAILED_PRECONDITION', 'x')).code).toBe(status.FAILED_PRECONDITION);
  });

  it('hides internal errors and maps unique violations to ALREADY_EXISTS', () => {
    const e = toGrpcError(new Error('connection string postgres://secret'));
    expect(e).toEqual({ code: status.INTERNAL, details: 'Internal error' });
    expect(toGrpcError({ driverError: { code: '23505' } }).code).toBe(status.ALREADY_EXISTS);
  });

  it('maps a statement cancelled at the deadline (57014, statement_timeout) to UNAVAILABLE', () => {
    expect(toGrpcError(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toMatchObject({
      code: status.UNAVAILABLE,
    });
  });

  it('maps a lost or refused database connection to UNAVAILABLE, not INTERNAL', () => {
    const lost = [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      { driverError: { code: '57P01', message: 'terminating connection due to administrator command' } },
      { code: '57P03', message: 'the database system is starting up' },
      { driverError: { code: '08006' } },
      { code: '08001' },
      new Error('Connection terminated unexpectedly'),
      { message: 'Query failed', driverError: new Error('Connection terminated') },
      new Error('timeout exceeded when trying to connect'),
      new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ECONNREFUSED' }) }),
      Object.assign(new Error('aggregate'), { errors: [Object.assign(new Error('x'), { code: 'ECONNREFUSED' })] }),
    ];
    for (const err of lost) {
      expect(isDatabaseUnavailable(err)).toBe(true);
      expect(toGrpcError(err)).toMatchObject({ code: status.UNAVAILABLE, details: 'The database is unavailable, retry later' });
    }
    for (const err of [
      new Error('boom'),
      { driverError: { code: '23505' } },
      { code: '42P01' },
      { driverError: { code: '22P02' } },
      null,
      'x',
    ]) {
      expect(isDatabaseUnavailable(err)).toBe(false);
    }
    expect(toGrpcError({ driverError: { code: '42P01' } }).code).toBe(status.INTERNAL);
  });

  it('maps every gRPC status code to an HTTP status', () => {
    for (let code = 0; code <= 16; code++) expect(GRPC_TO_HTTP[code as status]).toBeGreaterThanOrEqual(200);
    expect(GRPC_TO_HTTP[status.NOT_FOUND]).toBe(404);
    expect(GRPC_TO_HTTP[status.UNAUTHENTICATED]).toBe(401);
    expect(GRPC_TO_HTTP[status.UNAVAILABLE]).toBe(503);
  });

  it('turns a gRPC client error into problem+json', () => {
    const md = new Metadata();
    md.set('x-field-violations', JSON.stringify([{ field: 'regionCode', description: 'unknown region' }]));
    const p = grpcErrorToProblem(Object.assign(new Error('x'), { code: status.INVALID_ARGUMENT, details: 'bad', metadata: md }));
    expect(p).toMatchObject({
      status: 400,
      title: 'Bad Request',
      code: 'INVALID_ARGUMENT',
      detail: 'bad',
      errors: [{ field: 'regionCode' }],
    });
    const internal = grpcErrorToProblem(
      Object.assign(new Error('x'), { code: status.INTERNAL, details: 'stack', metadata: new Metadata() }),
    );
    expect(internal!.detail).not.toContain('stack');
    expect(grpcErrorToProblem(new Error('plain'))).toBeUndefined();
    expect(problem(404, 'gone').type).toMatch(/problems\/not-found$/);
  });

  it("answers a service's refusal of a reused Idempotency-Key as 422 IDEMPOTENCY_KEY_REUSED, any other precondition as 409", () => {
    const sent = toGrpcError(idempotencyKeyReused());
    expect(sent.code).toBe(status.FAILED_PRECONDITION);
    const p = grpcErrorToProblem(Object.assign(new Error('x'), sent));
    expect(p).toMatchObject({ status: 422, title: 'Unprocessable Content', code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(p!.detail).toMatch(/already used for a different request/);
    const other = toGrpcError(new DomainError('FAILED_PRECONDITION', 'closed', [], { reason: 'SOMETHING_ELSE' }));
    expect(grpcErrorToProblem(Object.assign(new Error('x'), other))).toMatchObject({ status: 409, code: 'FAILED_PRECONDITION' });
  });

  it('carries structured details (the existing id) from the raising service to the caller, and keeps problem+json as it was', () => {
    const id = '0b0e1c9e-8a4c-4c6f-9d43-5f1f6f0e2a11';
    const sent = toGrpcError(alreadyExists(`A job seeker with this NIK is already registered: ${id}`, { existingId: id }));
    expect(sent.code).toBe(status.ALREADY_EXISTS);
    expect(JSON.parse(String(sent.metadata!.get('x-error-details')[0]))).toEqual({ existingId: id });
    // what the client sees: the status, the message and the trailing metadata
    const received = Object.assign(new Error(sent.details), { code: sent.code, details: sent.details, metadata: sent.metadata! });
    expect(errorDetailsOf(received)).toEqual({ existingId: id });
    expect(existingIdOf(received)).toBe(id);
    expect(grpcErrorToProblem(received)).toEqual({
      type: 'https://siapkerja.kemnaker.go.id/problems/already-exists',
      title: 'Conflict',
      status: 409,
      detail: `A job seeker with this NIK is already registered: ${id}`,
      code: 'ALREADY_EXISTS',
    });
  });

  it('finds no existing id where none was sent, in another status, or in a malformed payload', () => {
    const plain = toGrpcError(alreadyExists('This person is already enrolled in batch b'));
    expect(plain.metadata!.get('x-error-details')).toEqual([]);
    expect(existingIdOf({ ...plain, metadata: plain.metadata! })).toBeUndefined();
    const withId = (code: status, raw: string) => {
      const metadata = new Metadata();
      metadata.set('x-error-details', raw);
      return { code, details: 'x', metadata };
    };
    expect(existingIdOf(withId(status.NOT_FOUND, '{"existingId":"a"}'))).toBeUndefined();
    expect(existingIdOf(withId(status.ALREADY_EXISTS, '{"existingId":"a"}'))).toBe('a');
    expect(errorDetailsOf(withId(status.ALREADY_EXISTS, 'not json'))).toEqual({});
    expect(errorDetailsOf(withId(status.ALREADY_EXISTS, '{"existingId":42}'))).toEqual({});
    expect(errorDetailsOf(withId(status.ALREADY_EXISTS, 'null'))).toEqual({});
    expect(errorDetailsOf(new Error('plain'))).toEqual({});
    expect(toGrpcError(new DomainError('INTERNAL', 'x')).metadata!.get('x-error-details')).toEqual([]);
  });
});

describe('findUnstorableString', () => {
  it('finds a NUL or an unpaired surrogate anywhere, by path, and nothing in storable values', () => {
    expect(findUnstorableString({ title: 'ok', tags: ['a', 'ä😀'], n: 1, b: true, x: null }, 'body')).toBeUndefined();
    expect(findUnstorableString({ title: 'a\u0000b' }, 'body')).toEqual({
      field: 'body.title',
      description: 'must not contain a NUL character (U+0000)',
    });
    expect(findUnstorableString({ a: [{ b: 'x' }, { b: ['y', 'z\u0000'] }] }, 'body')?.field).toBe('body.a[1].b[1]');
    expect(findUnstorableString(['\ud800x'], 'body')).toEqual({
      field: 'body[0]',
      description: 'must not contain an unpaired UTF-16 surrogate (not valid Unicode text)',
    });
    expect(findUnstorableString({ q: 'x\udc00' }, 'query')?.field).toBe('query.q');
    expect(findUnstorableString({ 'a\u0000': 1 }, 'body')?.field).toBe('body["a\\u0000"]');
    expect(findUnstorableString({ 'with space': 'x\u0000' }, 'body')?.field).toBe('body["with space"]');
    expect(findUnstorableString({ id: 'v\u0000' })?.field).toBe('id');
    expect(findUnstorableString('\u0000', 'params.id')?.field).toBe('params.id');
    expect(findUnstorableString({ data: Buffer.from([0, 0]) }, 'body')).toBeUndefined();
  });

  it('finds control characters (terminal escapes, bells, DEL, C1) but allows tab, line feed and carriage return', () => {
    expect(findUnstorableString({ description: 'line one\r\nline two\tend' }, 'body')).toBeUndefined();
    for (const [c, cp] of [
      ['\u0007', 'U+0007'],
      ['\u001b[2J', 'U+001B'],
      ['\u000b', 'U+000B'],
      ['\u007f', 'U+007F'],
      ['\u0085', 'U+0085'],
      ['\u009b', 'U+009B'],
    ])
      expect(findUnstorableString({ name: `Budi${c}` }, 'body')).toEqual({
        field: 'body.name',
        description: `must not contain a control character (${cp}; tab, line feed and carriage return are allowed)`,
      });
    // printable text around them is fine: Latin-1 letters, emoji, zero-width joiners
    expect(findUnstorableString({ name: 'Ã© é ñ 😀 👩‍🔧 \u00a0' }, 'body')).toBeUndefined();
  });

  it('walks any depth without recursion', () => {
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(findUnstorableString(deep, 'body')?.field).toMatch(/^body(\[0\]){200000}$/);
  });
});

describe('Retry-After and unavailable databases', () => {
  it('every 503 and 429 carries Retry-After, other statuses none', () => {
    expect(problemHeaders(503)).toEqual({ 'retry-after': '5' });
    expect(problemHeaders(429)).toEqual({ 'retry-after': '1' });
    expect(problemHeaders(500)).toEqual({});
    expect(problemHeaders(400)).toEqual({});
    const p = grpcErrorToProblem(Object.assign(new Error('x'), { code: status.UNAVAILABLE, details: 'down', metadata: new Metadata() }));
    expect(problemHeaders(p!.status)).toEqual({ 'retry-after': '5' });
  });

  it('recognises a database that cannot be reached, not a failed statement', () => {
    expect(isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '57P01' } })).toBe(true);
    expect(isDatabaseUnavailable({ code: '08006' })).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '23505' } })).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    const grpc = Object.assign(new Error('14 UNAVAILABLE: No connection established. Last error: connect ECONNREFUSED 127.0.0.1:50055'), {
      code: status.UNAVAILABLE,
      metadata: new Metadata(),
    });
    expect(isDatabaseUnavailable(grpc)).toBe(false);
  });
});

describe('jsonMayHoldUnstorable', () => {
  it('is false only for JSON text that cannot parse into a NUL or an unpaired surrogate', () => {
    expect(jsonMayHoldUnstorable('{"a":"plain text, é"}')).toBe(false);
    for (const text of ['{"a":"x\\u0000"}', '{"a":"\\ud800"}', '{"a":"\\u00e9"}', '{"a":"😀"}']) {
      expect(jsonMayHoldUnstorable(text)).toBe(true);
    }
    // whenever the walk would find something, the scan says so
    for (const text of [
      '{"a":"x\\u0000"}',
      '{"a":["\\udc00"]}',
      '{"\\u0000":1}',
      '{"a":"x\\u001b"}',
      '{"a":"x\u0085"}',
      '{"a":"\u007f"}',
    ]) {
      expect(findUnstorableString(JSON.parse(text))).toBeDefined();
      expect(jsonMayHoldUnstorable(text)).toBe(true);
    }
  });
});
