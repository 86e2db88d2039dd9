import { Metadata, status } from '@grpc/grpc-js';
import { DomainError, GRPC_TO_HTTP, grpcErrorToProblem, invalid, notFound, problem, toGrpcError } from './index';

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
