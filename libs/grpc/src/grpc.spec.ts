import { status, type ServiceError } from '@grpc/grpc-js';
import { Controller, Module, type Type } from '@nestjs/common';
import pino from 'pino';
import { currentCaller } from '@siapkerja/authz';
import { GrpcService, rpcNames, SERVICE_NAMES } from '@siapkerja/contracts';
import { DomainError, invalid, notFound } from '@siapkerja/errors';
import { correlationId, runWithContext } from '@siapkerja/logging';
import { createServiceClient, HealthClient, startGrpcMicroservice, type GrpcMicroserviceHandle, type ServiceClient } from './index';

const logger = pino({ level: 'silent' });

/** A jobs controller whose every other rpc answers an empty message, decorated once its methods are all there. */
function jobsController(cls: Type<unknown>): Type<unknown> {
  const proto = cls.prototype as Record<string, unknown>;
  for (const rpc of rpcNames('jobs')) {
    const m = rpc.charAt(0).toLowerCase() + rpc.slice(1);
    if (!Object.prototype.hasOwnProperty.call(proto, m)) proto[m] = async () => ({});
  }
  GrpcService('jobs')(cls);
  Controller()(cls);
  return cls;
}
async function serve(controller: Type<unknown>, callerSecret?: string): Promise<GrpcMicroserviceHandle> {
  @Module({ controllers: [controller] })
  class TestModule {}
  return startGrpcMicroservice({
    module: TestModule,
    services: ['jobs'],
    controllers: [controller],
    port: 0,
    host: '127.0.0.1',
    logger,
    callerSecret,
  });
}

const calls: Record<string, number> = {};
let seenCorrelation: string | undefined;
class EmployersTestController {
  async createEmployer() {
    calls.create = (calls.create ?? 0) + 1;
    throw new DomainError('UNAVAILABLE', 'try later');
  }
  async getEmployer(req: { id: string }) {
    calls.get = (calls.get ?? 0) + 1;
    // the context must survive awaits inside the handler
    await new Promise((r) => setImmediate(r));
    seenCorrelation = correlationId();
    if (req.id === 'slow') await new Promise((r) => setTimeout(r, 300));
    if (req.id === 'unavailable') throw new DomainError('UNAVAILABLE', 'try later');
    if (req.id === 'overloaded-late') {
      await new Promise((r) => setTimeout(r, 250));
      throw new DomainError('UNAVAILABLE', 'overloaded');
    }
    if (req.id === 'missing') throw notFound('Employer', req.id);
    if (req.id === 'crash') throw new Error('secret internals');
    if (req.id === 'db-down') throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    return { id: req.id, legalName: 'PT Contoh' };
  }
  async createVacancy() {
    throw invalid([{ field: 'vacancy.regionCode', description: 'unknown region' }]);
  }
}
jobsController(EmployersTestController);

describe('grpc server (Nest microservice) and typed client', () => {
  let handle: GrpcMicroserviceHandle;
  let client: ServiceClient<'jobs'>;

  beforeAll(async () => {
    handle = await serve(EmployersTestController);
    client = createServiceClient('jobs', `127.0.0.1:${handle.port}`, { deadlineMs: 2000, retryBackoffMs: 5 });
  });
  afterAll(async () => {
    client.close();
    await handle.stop();
  });

  it('refuses to start unless every rpc has a handler', async () => {
    @Controller()
    @GrpcService('jobs')
    class Partial {
      async getEmployer() {
        return {};
      }
    }
    await expect(serve(Partial)).rejects.toThrow(/siapkerja.jobs.v1.JobsService: no @GrpcMethod handler for .*CreateEmployer/);
  });

  it('health follows setServing', async () => {
    const h = new HealthClient(`127.0.0.1:${handle.port}`);
    expect(await h.check()).toBe('NOT_SERVING');
    handle.setServing(true);
    expect(await h.check()).toBe('SERVING');
    expect(await h.check(SERVICE_NAMES.jobs)).toBe('SERVING');
    expect(await h.check('nope.Service')).toBe('SERVICE_UNKNOWN');
    h.close();
    expect(await new HealthClient('127.0.0.1:1').check('', 300)).toBe('UNREACHABLE');
  });

  it('serves server reflection listing the service', async () => {
    const protoLoader = await import('@grpc/proto-loader');
    const grpc = await import('@grpc/grpc-js');
    const file = require.resolve('@grpc/reflection/build/proto/grpc/reflection/v1/reflection.proto');
    const pkg = grpc.loadPackageDefinition(protoLoader.loadSync(file, { keepCase: true })) as any;
    const client = new pkg.grpc.reflection.v1.ServerReflection(`127.0.0.1:${handle.port}`, grpc.credentials.createInsecure());
    const services = await new Promise<string[]>((resolve, reject) => {
      const call = client.ServerReflectionInfo();
      call.on('data', (r: any) => {
        resolve(r.list_services_response.service.map((s: { name: string }) => s.name));
        call.end();
      });
      call.on('error', reject);
      call.write({ list_services: '' });
    });
    client.close();
    expect(services).toContain('siapkerja.jobs.v1.JobsService');
  });

  it('carries the correlation id in metadata', async () => {
    const r = await runWithContext({ correlationId: 'corr-grpc-123' }, () => client.getEmployer({ id: 'e1' }));
    expect(r).toMatchObject({ id: 'e1', legalName: 'PT Contoh' });
    expect(seenCorrelation).toBe('corr-grpc-123');
  });

  it('maps domain errors to status codes and hides internal ones', async () => {
    await expect(client.getEmployer({ id: 'missing' })).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: 'Employer missing was not found',
    });
    await expect(client.getEmployer({ id: 'crash' })).rejects.toMatchObject({
      code: status.INTERNAL,
      details: 'Internal error',
    });
    const err = (await client.createVacancy({}).catch((e) => e)) as ServiceError;
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(err.metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'vacancy.regionCode', description: 'unknown region' },
    ]);
    await expect(client.getEmployer({ id: 'db-down' })).rejects.toMatchObject({ code: status.UNAVAILABLE });
  });

  it('refuses a request holding a string PostgreSQL cannot store before the handler runs, naming the field', async () => {
    calls.get = 0;
    const err = (await client.getEmployer({ id: 'e1\u0000' } as never).catch((e) => e)) as ServiceError;
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(err.metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'id', description: 'must not contain a NUL character (U+0000)' },
    ]);
    expect(calls.get).toBe(0);
  });

  it('enforces the deadline', async () => {
    await expect(client.getEmployer({ id: 'slow' }, { deadlineMs: 50 })).rejects.toMatchObject({
      code: status.DEADLINE_EXCEEDED,
    });
  });

  it('retries only idempotent calls, only on UNAVAILABLE', async () => {
    calls.get = 0;
    await expect(client.getEmployer({ id: 'unavailable' }, { idempotent: true })).rejects.toMatchObject({
      code: status.UNAVAILABLE,
    });
    expect(calls.get).toBe(3);
    calls.create = 0;
    await expect(client.createEmployer({})).rejects.toMatchObject({ code: status.UNAVAILABLE });
    expect(calls.create).toBe(1);
    calls.get = 0;
    await expect(client.getEmployer({ id: 'missing' }, { idempotent: true })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    expect(calls.get).toBe(1);
  });

  it("retries within the call's one deadline: no attempt gets a fresh one, none is sent with too little time left", async () => {
    // each attempt is refused after 250 ms (this client backs off 5 ms, then 10 ms)
    const attempt = async (deadlineMs: number) => {
      calls.get = 0;
      const sent = Date.now();
      const err = await client.getEmployer({ id: 'overloaded-late' }, { idempotent: true, deadlineMs }).catch((e) => e);
      return { code: err.code, took: Date.now() - sent, calls: calls.get };
    };
    // 30 ms left after the first refusal: no retry, its answer is the call's
    const short = await attempt(280);
    expect(short).toMatchObject({ code: status.UNAVAILABLE, calls: 1 });
    expect(short.took).toBeLessThan(280);
    // the second attempt gets the time left (cut at the deadline), not 450 ms of its own, and there is no third
    const mid = await attempt(450);
    expect(mid.calls).toBe(2);
    expect([status.UNAVAILABLE, status.DEADLINE_EXCEEDED]).toContain(mid.code);
    expect(mid.took).toBeLessThan(550);
    // with time enough, the three attempts as before
    const long = await attempt(5000);
    expect(long).toMatchObject({ code: status.UNAVAILABLE, calls: 3 });
  });

  it('with a caller secret, serves only calls whose caller is signed with it', async () => {
    const secret = 'caller-secret-0123456789abcdef-0123456789';
    const seen: unknown[] = [];
    class CallerController {
      async getEmployer() {
        seen.push(currentCaller());
        return {};
      }
    }
    const guarded = await serve(jobsController(CallerController), secret);
    const addr = `127.0.0.1:${guarded.port}`;
    const plain = createServiceClient('jobs', addr);
    const signing = createServiceClient('jobs', addr, {
      callerSecret: secret,
      callerName: 'gateway',
    });
    const caller = { 'x-caller': JSON.stringify({ sub: 'u1', roles: ['EMPLOYER'] }) };
    try {
      await expect(plain.getEmployer({ id: 'x' }, { metadata: caller })).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      await expect(plain.getEmployer({ id: 'x' })).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      await signing.getEmployer({ id: 'x' }, { metadata: caller });
      await signing.getEmployer({ id: 'x' });
      // a caller whose JSON holds characters text metadata cannot (a header byte read as Latin-1 by node:http, an emoji):
      // sent escaped and signed as sent, read back as it was (before, grpc-js threw and the request was a 500)
      const odd = { sub: 'u2', roles: ['DISNAKER_REGENCY'], purpose: 'PLACEMENT_SERVICE\u00e9 😀' };
      await signing.getEmployer({ id: 'x' }, { metadata: { 'x-caller': JSON.stringify(odd) } });
      await expect(plain.getEmployer({ id: 'x' }, { metadata: { 'x-caller': JSON.stringify(odd) } })).rejects.toMatchObject({
        code: status.UNAUTHENTICATED,
      });
      expect(seen).toEqual([{ sub: 'u1', roles: ['EMPLOYER'] }, { sub: 'service:gateway', roles: [] }, odd]);
    } finally {
      plain.close();
      signing.close();
      await guarded.stop();
    }
  });
});
