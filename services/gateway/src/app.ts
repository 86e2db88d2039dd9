import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { json } from 'express';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { createLogger, NestPinoLogger } from '@siapkerja/logging';
import { createRegistry } from '@siapkerja/observability';
import { InProcessEventBus, KafkaEventBus, type EventBus } from '@siapkerja/events';
import { openDatabase } from '@siapkerja/persistence';
import { cheapenAsyncResourceBind } from '@siapkerja/service-kit';
import { DataSource } from 'typeorm';
import { gatewayEntities, gatewayMigrations } from './migrations';
import { GatewayModule } from './gateway.module';
import { ServiceClients } from './platform/clients';
import { loadGatewayConfig } from './platform/config';
import { answerClientErrorsWithProblems, assertJsonDepth, MAX_JSON_DEPTH, StorableInputGuard } from './platform/input-limits';
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
        'Errors are RFC 9457 problem+json; every POST accepts an Idempotency-Key (ignored where the answer holds a credential: /v1/auth/*, /oauth/token, client and webhook secrets, which are never stored); every response carries X-Correlation-Id. ' +
        `A JSON body may nest arrays and objects at most ${MAX_JSON_DEPTH} levels deep and be at most 1 MB; no string (body field, ` +
        'form field, query or path parameter) may contain a NUL character (U+0000) or an unpaired UTF-16 surrogate. ' +
        'Every 503 and 429 carries Retry-After (seconds).',
    )
    .setVersion('1.0.0')
    .setLicense('Apache-2.0', 'https://www.apache.org/licenses/LICENSE-2.0')
    .addServer('/', 'this gateway')
    .addBearerAuth({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description: 'Access token from POST /oauth/token (partners) or /v1/auth/login (people)',
    })
    .addSecurityRequirements('bearer')
    .build();
  return nullAsType(SwaggerModule.createDocument(app, config));
}

/** OpenAPI 3.1 has no `nullable`: null is a type (`type: [string, "null"]`, or `anyOf` with `{type: "null"}` for a reference). */
function nullAsType(doc: OpenAPIObject): OpenAPIObject {
  const stack: unknown[] = [doc];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (node && typeof node === 'object') {
      const s = node as Record<string, unknown>;
      if (s.nullable === true) {
        delete s.nullable;
        if (typeof s.type === 'string') {
          s.type = [s.type, 'null'];
          if (Array.isArray(s.enum)) s.enum = [...s.enum, null];
        } else {
          const inner = Object.fromEntries(
            Object.entries(s).filter(([k]) => ['$ref', 'allOf', 'oneOf', 'anyOf', 'type', 'items'].includes(k)),
          );
          for (const k of Object.keys(inner)) delete s[k];
          s.anyOf = [inner, { type: 'null' }];
        }
      } else if (s.nullable === false) delete s.nullable;
      stack.push(...Object.values(s));
    }
  }
  return doc;
}

type GatewayValues = Parameters<typeof GatewayModule.register>[0];

const BATCH_VERIFY_PATH = '/v1/verify/batch';
const BATCH_VERIFY_BODY_LIMIT = '4mb';

/** The Nest application with the edge mechanisms in the order requests meet them (body parser, guards, pipes, filter). */
async function createApp(values: GatewayValues): Promise<NestExpressApplication> {
  const { logger, registry } = values;
  const app = await NestFactory.create<NestExpressApplication>(GatewayModule.register(values), {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestContext(logger, registry));
  const verify = (req: IncomingMessage, _res: unknown, buf: Buffer, encoding: string) => {
    assertJsonDepth(buf, encoding);
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
  };
  // batch verification takes up to 1,000 whole credentials (about 2 KB each): its own, larger body limit (parsed here, the
  // general parser below then skips the request)
  app.use(BATCH_VERIFY_PATH, json({ limit: BATCH_VERIFY_BODY_LIMIT, strict: true, verify }));
  app.useBodyParser('json', { limit: '1mb', strict: true, verify });
  app.useGlobalGuards(new StorableInputGuard());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemFilter(logger));
  return app;
}

/**
 * The OpenAPI document exactly as the gateway serves it, built without a database, a broker or a service (describing
 * the routes needs none of them): for the document test and `tools/openapi.js`.
 */
export async function generateOpenApi(): Promise<OpenAPIObject> {
  const config = loadGatewayConfig({
    DATABASE_URL: 'postgres://openapi@127.0.0.1:1/openapi',
    EVENT_BUS: 'inprocess',
    PERSON_ID_SECRET: 'openapi-document-only-0123456789abcdef',
    LOG_LEVEL: 'silent',
  });
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const clients = new ServiceClients(config);
  try {
    const app = await createApp({
      config,
      logger,
      registry: createRegistry('gateway'),
      clients,
      ds: new DataSource({ type: 'postgres', url: config.DATABASE_URL }), // never connected
      bus: new InProcessEventBus(),
    });
    return buildOpenApi(app);
  } finally {
    clients.close();
  }
}

/** Starts the HTTP gateway; `env` lets a single process host it next to the services. */
export async function startGateway(env: Record<string, string | undefined> = process.env): Promise<RunningGateway> {
  cheapenAsyncResourceBind();
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
      : new KafkaEventBus({
          brokers: config.KAFKA_BROKERS!,
          clientId: 'siapkerja-gateway',
          logger,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        });
  const app = await createApp({ config, logger, registry, clients, ds, bus });
  app.enableShutdownHooks();
  const openapi = buildOpenApi(app);
  SwaggerModule.setup('docs', app, openapi, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  answerClientErrorsWithProblems(app.getHttpServer());
  // bulk uploads stream for long: the whole request must arrive within this (Node's default is 5 minutes)
  app.getHttpServer().requestTimeout = config.HTTP_REQUEST_TIMEOUT_MS;
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
