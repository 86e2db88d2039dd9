import {
  Body,
  ConflictException,
  Controller,
  Get,
  HttpCode,
  Module,
  Post,
  Put,
  Res,
  ServiceUnavailableException,
  type DynamicModule,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import { InProcessEventBus } from '@siapkerja/events';
import { createLogger } from '@siapkerja/logging';
import { createRegistry } from '@siapkerja/observability';
import { openDatabase } from '@siapkerja/persistence';
import { GatewayPlatformModule } from '../src/gateway.module';
import { gatewayEntities, gatewayMigrations } from '../src/migrations';
import { ServiceClients } from '../src/platform/clients';
import { loadGatewayConfig } from '../src/platform/config';
import { ProblemFilter } from '../src/platform/problem.filter';
import { BulkLane, TrafficModule } from '../src/traffic/traffic.module';

/** What the harness routes did (shared by every harness instance of the test process). */
export const calls = { created: 0, flaky: 0, conflicts: 0, raw: 0 };

/** Routes without backing services, to drive the traffic module through HTTP. */
@Controller('v1/harness')
class HarnessController {
  @Get('std')
  std() {
    return { lane: 'std' };
  }

  @Get('bulk')
  @BulkLane()
  bulk() {
    return { lane: 'bulk' };
  }

  @Post('things')
  @HttpCode(201)
  async create(@Body() body: Record<string, unknown>, @Res({ passthrough: true }) res: Response) {
    await new Promise((r) => setTimeout(r, Number(body?.delayMs ?? 0)));
    const id = ++calls.created;
    res.location(`/v1/harness/things/${id}`);
    return { id, ...body };
  }

  @Put('things/1')
  put(@Body() body: Record<string, unknown>) {
    return { id: 1, ...body, n: ++calls.created };
  }

  @Post('flaky')
  flaky() {
    if (++calls.flaky === 1) throw new ServiceUnavailableException('backing service down');
    return { attempt: calls.flaky };
  }

  @Post('conflict')
  conflict() {
    throw new ConflictException(`conflict number ${++calls.conflicts}`);
  }

  @Post('raw')
  raw(@Res() res: Response) {
    res.status(201).json({ raw: ++calls.raw });
  }
}

@Module({})
class HarnessModule {
  static register(values: Parameters<typeof GatewayPlatformModule.register>[0]): DynamicModule {
    return { module: HarnessModule, imports: [GatewayPlatformModule.register(values), TrafficModule], controllers: [HarnessController] };
  }
}

/** A Nest app with the gateway platform values and the TrafficModule only (no auth, no services). */
export async function startHarness(env: Record<string, string>): Promise<{ url: string; close: () => Promise<void> }> {
  const config = loadGatewayConfig(env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const clients = new ServiceClients(config);
  const ds = await openDatabase({ url: config.DATABASE_URL, entities: gatewayEntities, migrations: gatewayMigrations, poolSize: 4 });
  const app = await NestFactory.create<NestExpressApplication>(
    HarnessModule.register({ config, logger, registry: createRegistry('gateway'), clients, ds, bus: InProcessEventBus.shared() }),
    { logger: false, bodyParser: false, abortOnError: false },
  );
  app.useBodyParser('json', { limit: '1mb', strict: true });
  app.useGlobalFilters(new ProblemFilter(logger));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  return {
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    async close() {
      await app.close();
      clients.close();
      await ds.destroy().catch(() => undefined);
    },
  };
}
