import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ServiceKey } from '@siapkerja/contracts';
import { SERVICE_NAMES } from '@siapkerja/contracts';
import { problemHeaders } from '@siapkerja/errors';
import type { Registry } from '@siapkerja/observability';
import { ServiceClients } from './clients';
import { ApiQueryStringProblem } from './http';
import { METRICS_REGISTRY } from './config';

class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

class ServiceCheckDto {
  @ApiProperty({ description: 'the service answers SERVING' }) ok: boolean;
  @ApiProperty({ enum: ['SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN', 'UNKNOWN', 'UNREACHABLE'], example: 'SERVING' }) status: string;
}

class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({
    description: 'grpc.health.v1 status of each backing service, by service',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ServiceCheckDto' },
    example: { jobs: { ok: true, status: 'SERVING' } },
  })
  checks: Record<string, ServiceCheckDto>;
}

const PUBLIC = { security: [] };

/** Liveness checks the process only; readiness asks every backing service's grpc.health.v1. */
@ApiTags('operations')
@ApiExtraModels(ServiceCheckDto)
@ApiQueryStringProblem()
@Controller()
export class HealthController {
  constructor(
    private readonly clients: ServiceClients,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the gateway process answers', ...PUBLIC })
  @ApiOkResponse({ type: LiveDto })
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiOperation({ summary: 'Readiness: every backing service answers SERVING to grpc.health.v1', ...PUBLIC })
  @ApiOkResponse({ type: ReadinessDto, description: 'every backing service is serving' })
  @ApiResponse({
    status: 503,
    type: ReadinessDto,
    description: 'a backing service is not serving (which one is in `checks`)',
    headers: { 'Retry-After': { description: 'seconds to wait before asking again', schema: { type: 'integer', minimum: 1 } } },
  })
  async ready(@Res() res: Response) {
    const entries = await Promise.all(
      (Object.keys(this.clients.health) as ServiceKey[]).map(
        async (k) => [k, await this.clients.health[k].check(SERVICE_NAMES[k])] as const,
      ),
    );
    const checks = Object.fromEntries(entries.map(([k, s]) => [k, { ok: s === 'SERVING', status: s }]));
    const ready = entries.every(([, s]) => s === 'SERVING');
    if (!ready) res.set(problemHeaders(503));
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', checks });
  }

  @Get('metrics')
  @ApiOperation({ summary: 'Prometheus metrics of the gateway (text exposition format)', ...PUBLIC })
  @ApiOkResponse({ content: { 'text/plain': { schema: { type: 'string', example: '# TYPE http_requests_total counter' } } } })
  async metrics(@Res() res: Response) {
    res.type(this.registry.contentType).send(await this.registry.metrics());
  }
}
