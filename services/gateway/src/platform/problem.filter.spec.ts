import { Metadata, status } from '@grpc/grpc-js';
import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import pino from 'pino';
import { CreateEmployerDto } from '../generated/jobs.views';
import { JsonTooDeepError, MAX_JSON_DEPTH } from './input-limits';
import { FieldValidationException, ProblemFilter } from './problem.filter';
import { createValidationPipe } from './validation';

function run(exception: unknown, originalUrl = '/v1/x') {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = { headers: {} };
  const res = {
    getHeader: (k: string) => sent.headers[k],
    setHeader: (k: string, v: string) => void (sent.headers[k] = v),
    status(s: number) {
      sent.status = s;
      return this;
    },
    type(t: string) {
      sent.type = t;
      return this;
    },
    send(b: string) {
      sent.body = b;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({ originalUrl }) }) };
  new ProblemFilter(pino({ level: 'silent' })).catch(exception, host as never);
  return { ...sent, json: JSON.parse(sent.body!) };
}

describe('ProblemFilter', () => {
  it('maps every gRPC status to an HTTP problem', () => {
    const expected: Record<number, number> = {
      1: 499,
      2: 500,
      3: 400,
      4: 504,
      5: 404,
      6: 409,
      7: 403,
      8: 429,
      9: 409,
      10: 409,
      11: 400,
      12: 501,
      13: 500,
      14: 503,
      15: 500,
      16: 401,
    };
    for (const [code, http] of Object.entries(expected)) {
      const r = run(Object.assign(new Error('x'), { code: Number(code), details: 'detail', metadata: new Metadata() }));
      expect(r.status).toBe(http);
      expect(r.type).toBe('application/problem+json');
      expect(r.json).toMatchObject({ status: http, code: status[Number(code)], instance: '/v1/x' });
    }
    expect(
      run(Object.assign(new Error('x'), { code: status.RESOURCE_EXHAUSTED, details: 'slow down', metadata: new Metadata() })).headers[
        'retry-after'
      ],
    ).toBe('1');
  });

  it('names the path of the request as the instance, never its query', () => {
    const r = run(new NotFoundException(), `/v1/job-seekers?nik=3374010101900001&q=${'x'.repeat(5000)}`);
    expect(r.json.instance).toBe('/v1/job-seekers');
    expect(r.body).not.toContain('3374010101900001');
  });

  it('every 503 carries Retry-After: a backing service unavailable, the gateway database unreachable', () => {
    const unavailable = run(Object.assign(new Error('x'), { code: status.UNAVAILABLE, details: 'down', metadata: new Metadata() }));
    expect(unavailable).toMatchObject({ status: 503, type: 'application/problem+json', headers: { 'retry-after': '5' } });
    const db = run(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }));
    expect(db).toMatchObject({ status: 503, headers: { 'retry-after': '5' } });
    expect(db.json).toMatchObject({ status: 503, code: 'UNAVAILABLE' });
    expect(db.body).not.toContain('5432');
    expect(run(new Error('boom')).headers['retry-after']).toBeUndefined();
  });

  it('answers a body nested too deep 400, naming the limit', () => {
    const r = run(new JsonTooDeepError(MAX_JSON_DEPTH));
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({ status: 400, code: 'JSON_TOO_DEEP', errors: [{ field: 'body' }] });
    expect(r.json.detail).toContain(`${MAX_JSON_DEPTH} levels`);
  });

  it('lists field violations, hides internals, and handles body-parser errors', () => {
    expect(run(new FieldValidationException([{ field: 'nib', description: 'bad' }])).json).toMatchObject({
      status: 400,
      errors: [{ field: 'nib' }],
    });
    const internal = run(new Error('password=hunter2'));
    expect(internal.status).toBe(500);
    expect(internal.body).not.toContain('hunter2');
    expect(run(Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 })).json).toMatchObject({
      status: 400,
      code: 'MALFORMED_JSON',
    });
    expect(run(new PayloadTooLargeException()).status).toBe(413);
    expect(run(new NotFoundException('Cannot GET /x')).json).toMatchObject({ status: 404, title: 'Not Found' });
  });
});

describe('validation pipe', () => {
  it('names unknown fields, wrong types and invalid codes, with nested paths', async () => {
    const pipe = createValidationPipe();
    const err = await pipe
      .transform(
        { nib: '1', legalName: 5, employerType: 'X', kbliCodes: ['62019', 'zz'], regionCode: '99.99', extra: 1 },
        { type: 'body', metatype: CreateEmployerDto },
      )
      .catch((e) => e);
    expect(err).toBeInstanceOf(FieldValidationException);
    const fields = (err as FieldValidationException).violations.map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['nib', 'legalName', 'employerType', 'kbliCodes', 'regionCode', 'extra']));
    const ok = await pipe.transform(
      { nib: '9120001234567', legalName: 'PT A', employerType: 'PRIVATE', kbliCodes: ['62019'], regionCode: '33.73' },
      { type: 'body', metatype: CreateEmployerDto },
    );
    expect(ok).toBeInstanceOf(CreateEmployerDto);
  });
});
