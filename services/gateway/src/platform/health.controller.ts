import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import type { ServiceKey } from '@siapkerja/contracts';
import { SERVICE_NAMES } from '@siapkerja/contracts';
import { problemHeaders } from '@siapkerja/errors';
import type { Registry } from '@siapkerja/observability';
import { ServiceClients } from './clients';
import { METRICS_REGISTRY } from './config';

/** Liveness checks the process only; readiness asks every backing service's grpc.health.v1. */
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly clients: ServiceClients,
    @Inject(METRICS_REGISTRY) private readonly registry: Registry,
  ) {}

  @Get('health/live')
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
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
  async metrics(@Res() res: Response) {
    res.type(this.registry.contentType).send(await this.registry.metrics());
  }
}
