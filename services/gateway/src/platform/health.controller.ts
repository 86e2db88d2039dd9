import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ServiceKey } from '@siapkerja/contracts';
import { SERVICE_NAMES } from '@siapkerja/contracts';
import { problemHeaders } from '@siapkerja/errors';
import type { Registry } from '@siapkerja/observability';
import { isDatabaseUp } from '@siapkerja/persistence';
import { DataSource } from 'typeorm';
import { ServiceClients } from './clients';
import { ApiQueryStringProblem } from './http';
import { METRICS_REGISTRY } from './config';

class LiveDto {
  @ApiProperty({ enum: ['ok'] }) status: 'ok';
}

class ServiceCheckDto {
  @ApiProperty({ description: 'the service (or the gateway database) answers' }) ok: boolean;
  @ApiProperty({
    enum: ['SERVING', 'NOT_SERVING', 'SERVICE_UNKNOWN', 'UNKNOWN', 'UNREACHABLE', 'UP', 'DOWN'],
    example: 'SERVING',
    description: 'grpc.health.v1 status of a service; UP or DOWN for the gateway database',
  })
  status: string;
}

class ReadinessDto {
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: 'ok' | 'unavailable';
  @ApiProperty({
    description:
      "the gateway's own database (`database`: rate limits, idempotency records; it decides readiness) and the grpc.health.v1 " +
      'status of each backing service (reported, not deciding: a service that is down answers its own routes with 503)',
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ServiceCheckDto' },
    example: {
      database: { ok: true, status: 'UP' },
      jobs: { ok: true, status: 'SERVING' },
      training: { ok: false, status: 'UNREACHABLE' },
    },
  })
  checks: Record<string, ServiceCheckDto>;
}

const PUBLIC = { security: [] };

/**
 * Liveness checks the process only. Readiness is the gateway's own ability to serve (its database: rate limits and
 * idempotency records); the backing services are reported but do not decide it, since one crashed service must not take
 * the whole API out of rotation (its routes answer 503 + Retry-After while the others keep working).
 */
@ApiTags('operations')
@ApiExtraModels(ServiceCheckDto)
@ApiQueryStringProblem()
@Controller()
export class HealthController {
  constructor(
    private readonly clients: ServiceClients,
    private readonly ds: DataSource,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  @Get('health/live')
  @ApiOperation({ summary: 'Liveness: the gateway process answers', ...PUBLIC })
  @ApiOkResponse({ type: LiveDto })
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @ApiOperation({
    summary: "Readiness: the gateway's database answers; each backing service's grpc.health.v1 status is reported",
    ...PUBLIC,
  })
  @ApiOkResponse({ type: ReadinessDto, description: 'the gateway can serve (a backing service may still be down: see `checks`)' })
  @ApiResponse({
    status: 503,
    type: ReadinessDto,
    description: "the gateway's own database does not answer",
    headers: { 'Retry-After': { description: 'seconds to wait before asking again', schema: { type: 'integer', minimum: 1 } } },
  })
  async ready(@Res() res: Response) {
    const [db, ...entries] = await Promise.all([
      isDatabaseUp(this.ds),
      ...(Object.keys(this.clients.health) as ServiceKey[]).map(
        async (k) => [k, await this.clients.health[k].check(SERVICE_NAMES[k])] as const,
      ),
    ]);
    const checks = {
      database: { ok: db, status: db ? 'UP' : 'DOWN' },
      ...Object.fromEntries(entries.map(([k, s]) => [k, { ok: s === 'SERVING', status: s }])),
    };
    const ready = db;
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
