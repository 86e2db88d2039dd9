import { Metadata, status } from '@grpc/grpc-js';
import { DomainError, GRPC_TO_HTTP, grpcErrorToProblem, invalid, isDatabaseUnavailable, notFound, problem, toGrpcError } from './index';

describe('errors', () => {
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
});
