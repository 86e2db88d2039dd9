import { Metadata, status } from '@grpc/grpc-js';
import {
  alreadyExists,
  DomainError,
  errorDetailsOf,
  existingIdOf,
  GRPC_TO_HTTP,
  grpcErrorToProblem,
  invalid,
  notFound,
  problem,
  toGrpcError,
} from './index';

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
