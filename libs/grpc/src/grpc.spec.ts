import { status, type ServiceError } from '@grpc/grpc-js';
import pino from 'pino';
import { clientConstructor, loadProto, SERVICE_NAMES, serviceDefinition } from '@siapkerja/contracts';
import { DomainError, invalid, notFound } from '@siapkerja/errors';
import { correlationId, runWithContext } from '@siapkerja/logging';
import { GrpcClient, HealthClient, startGrpcServer, type GrpcServerHandle } from './index';

const logger = pino({ level: 'silent' });

describe('grpc server and client', () => {
  let handle: GrpcServerHandle;
  let client: GrpcClient<Record<string, (r: never) => unknown>>;
  const calls: Record<string, number> = {};
  let seenCorrelation: string | undefined;

  beforeAll(async () => {
    handle = await startGrpcServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      services: [
        {
          name: SERVICE_NAMES.jobs,
          definition: serviceDefinition('jobs'),
          packageDefinition: loadProto('jobs'),
          handlers: {
            // every other method of the contract answers an empty message
            ...Object.fromEntries(Object.keys(serviceDefinition('jobs')).map((m) => [m, async () => ({})])),
            CreateEmployer: async () => {
              calls.create = (calls.create ?? 0) + 1;
              throw new DomainError('UNAVAILABLE', 'try later');
            },
            GetEmployer: async (req: { id: string }) => {
              calls.get = (calls.get ?? 0) + 1;
              seenCorrelation = correlationId();
              if (req.id === 'slow') await new Promise((r) => setTimeout(r, 300));
              if (req.id === 'unavailable') throw new DomainError('UNAVAILABLE', 'try later');
              if (req.id === 'missing') throw notFound('Employer', req.id);
              if (req.id === 'crash') throw new Error('secret internals');
              return { id: req.id, legalName: 'PT Contoh' };
            },
            CreateVacancy: async () => {
              throw invalid([{ field: 'vacancy.regionCode', description: 'unknown region' }]);
            },
          },
        },
      ],
    });
    client = new GrpcClient(clientConstructor('jobs'), `127.0.0.1:${handle.port}`, { deadlineMs: 2000, retryBackoffMs: 5 });
  });
  afterAll(async () => {
    client.close();
    await handle.stop();
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
    const r = await runWithContext({ correlationId: 'corr-grpc-123' }, () => client.call('GetEmployer', { id: 'e1' } as never));
    expect(r).toMatchObject({ id: 'e1', legalName: 'PT Contoh' });
    expect(seenCorrelation).toBe('corr-grpc-123');
  });

  it('maps domain errors to status codes and hides internal ones', async () => {
    await expect(client.call('GetEmployer', { id: 'missing' } as never)).rejects.toMatchObject({
      code: status.NOT_FOUND,
      details: 'Employer missing was not found',
    });
    await expect(client.call('GetEmployer', { id: 'crash' } as never)).rejects.toMatchObject({
      code: status.INTERNAL,
      details: 'Internal error',
    });
    const err = (await client.call('CreateVacancy', {} as never).catch((e) => e)) as ServiceError;
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(err.metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'vacancy.regionCode', description: 'unknown region' },
    ]);
  });

  it('refuses a request holding a string PostgreSQL cannot store before the handler runs, naming the field', async () => {
    calls.get = 0;
    const err = (await client.call('GetEmployer', { id: 'e1\u0000' } as never).catch((e) => e)) as ServiceError;
    expect(err.code).toBe(status.INVALID_ARGUMENT);
    expect(JSON.parse(String(err.metadata.get('x-field-violations')[0]))).toEqual([
      { field: 'id', description: 'must not contain a NUL character (U+0000)' },
    ]);
    expect(calls.get).toBe(0);
  });

  it('enforces the deadline', async () => {
    await expect(client.call('GetEmployer', { id: 'slow' } as never, { deadlineMs: 50 })).rejects.toMatchObject({
      code: status.DEADLINE_EXCEEDED,
    });
  });

  it('retries only idempotent calls, only on UNAVAILABLE', async () => {
    calls.get = 0;
    await expect(client.call('GetEmployer', { id: 'unavailable' } as never, { idempotent: true })).rejects.toMatchObject({
      code: status.UNAVAILABLE,
    });
    expect(calls.get).toBe(3);
    calls.create = 0;
    await expect(client.call('CreateEmployer', {} as never)).rejects.toMatchObject({ code: status.UNAVAILABLE });
    expect(calls.create).toBe(1);
    calls.get = 0;
    await expect(client.call('GetEmployer', { id: 'missing' } as never, { idempotent: true })).rejects.toMatchObject({
      code: status.NOT_FOUND,
    });
    expect(calls.get).toBe(1);
  });

  it('with a caller secret, serves only calls whose caller is signed with it', async () => {
    const secret = 'caller-secret-0123456789abcdef-0123456789';
    const seen: unknown[] = [];
    const guarded = await startGrpcServer({
      port: 0,
      host: '127.0.0.1',
      logger,
      callerSecret: secret,
      services: [
        {
          name: SERVICE_NAMES.jobs,
          definition: serviceDefinition('jobs'),
          packageDefinition: loadProto('jobs'),
          handlers: Object.fromEntries(
            Object.keys(serviceDefinition('jobs')).map((m) => [
              m,
              async (_: never, ctx: { caller?: unknown }) => {
                seen.push(ctx.caller);
                return {};
              },
            ]),
          ),
        },
      ],
    });
    const addr = `127.0.0.1:${guarded.port}`;
    const plain = new GrpcClient<Record<string, (r: any) => unknown>>(clientConstructor('jobs'), addr);
    const signing = new GrpcClient<Record<string, (r: any) => unknown>>(clientConstructor('jobs'), addr, {
      callerSecret: secret,
      callerName: 'gateway',
    });
    const caller = { 'x-caller': JSON.stringify({ sub: 'u1', roles: ['EMPLOYER'] }) };
    try {
      await expect(plain.call('GetEmployer', { id: 'x' }, { metadata: caller })).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      await expect(plain.call('GetEmployer', { id: 'x' })).rejects.toMatchObject({ code: status.UNAUTHENTICATED });
      await signing.call('GetEmployer', { id: 'x' }, { metadata: caller });
      await signing.call('GetEmployer', { id: 'x' });
      expect(seen).toEqual([
        { sub: 'u1', roles: ['EMPLOYER'] },
        { sub: 'service:gateway', roles: [] },
      ]);
    } finally {
      plain.close();
      signing.close();
      await guarded.stop();
    }
  });
});
