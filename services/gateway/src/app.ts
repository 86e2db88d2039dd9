import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { createLogger, NestPinoLogger } from '@siapkerja/logging';
import { createRegistry } from '@siapkerja/observability';
import { InProcessEventBus, KafkaEventBus, type EventBus } from '@siapkerja/events';
import { openDatabase } from '@siapkerja/persistence';
import { gatewayEntities, gatewayMigrations } from './migrations';
import { GatewayModule } from './gateway.module';
import { ServiceClients } from './platform/clients';
import { loadGatewayConfig } from './platform/config';
import { answerClientErrorsWithProblems, assertJsonDepth, StorableInputGuard } from './platform/input-limits';
import { ProblemFilter } from './platform/problem.filter';
import { requestContext } from './platform/request-context';
import { createValidationPipe } from './platform/validation';

export interface RunningGateway {
  url: string;
  port: number;
  openapi: OpenAPIObject;
  close(): Promise<void>;
}

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('SIAPKerja API')
    .setDescription(
      'One versioned REST API of the SIAPKerja labour-services platform for partner platforms, Disnaker systems and mobile apps. ' +
        'Errors are RFC 9457 problem+json; every POST accepts an Idempotency-Key; every response carries X-Correlation-Id.',
    )
    .setVersion('1.0.0')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Access token from POST /oauth/token (partners) or /v1/auth/login (people)',
    })
    .addSecurityRequirements('bearer')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Starts the HTTP gateway; `env` lets a single process host it next to the services. */
export async function startGateway(env: Record<string, string | undefined> = process.env): Promise<RunningGateway> {
  const config = loadGatewayConfig(env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const registry = createRegistry('gateway');
  const clients = new ServiceClients(config);
  const ds = await openDatabase({
    url: config.DATABASE_URL,
    entities: gatewayEntities,
    migrations: gatewayMigrations,
    poolSize: config.DB_POOL_SIZE,
    applicationName: 'siapkerja-gateway',
  });
  const bus: EventBus =
    config.EVENT_BUS === 'inprocess'
      ? InProcessEventBus.shared()
      : new KafkaEventBus({ brokers: config.KAFKA_BROKERS!, clientId: 'siapkerja-gateway', logger });
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register({ config, logger, registry, clients, ds, bus }), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestContext(logger, registry));
  app.useBodyParser('json', {
    limit: '1mb',
    strict: true,
    verify: (req: { rawBody?: Buffer }, _res: unknown, buf: Buffer, encoding: string) => {
      assertJsonDepth(buf, encoding);
      req.rawBody = buf;
    },
  });
  app.useGlobalGuards(new StorableInputGuard());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));
  app.enableShutdownHooks();
  const openapi = buildOpenApi(app);
  SwaggerModule.setup('docs', app, openapi, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  answerClientErrorsWithProblems(app.getHttpServer());
  await app.listen(config.PORT, config.HOST);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = config.PUBLIC_BASE_URL ?? `http://127.0.0.1:${port}`;
  logger.info({ url }, 'gateway started');
  return {
    url,
    port,
    openapi,
    async close() {
      await app.close();
      clients.close();
      if (bus.kind === 'kafka') await bus.close();
      await ds.destroy();
    },
  };
}
