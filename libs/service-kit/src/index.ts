import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { DataSource, type EntitySchema, type MigrationInterface, type ObjectLiteral } from 'typeorm';
import { ConfigError, int, list, loadConfig, oneOf, port, secret, str, url, type ConfigSpec } from '@siapkerja/config';
import { DEFAULT_PORTS, type ServiceKey } from '@siapkerja/contracts';
import {
  BackgroundConsumer,
  DEAD_LETTER_SUFFIX,
  EVENTS_MIGRATIONS,
  INBOX_RETENTION_MS,
  InboxConsumer,
  InProcessEventBus,
  KafkaEventBus,
  OUTBOX_RETENTION_MS,
  OutboxRelay,
  TransactionalOutbox,
  type EventBus,
  type EventHandler,
} from '@siapkerja/events';
import { startGrpcMicroservice, type GrpcMicroserviceHandle } from '@siapkerja/grpc';
import { PersonIdentity } from '@siapkerja/identity';
import { createLogger, NestPinoLogger, type Logger } from '@siapkerja/logging';
import {
  Counter,
  createRegistry,
  Gauge,
  Histogram,
  startOpsServer,
  type OpsServer,
  type ReadinessReport,
  type Registry,
} from '@siapkerja/observability';
import { isDatabaseUp, openDatabase } from '@siapkerja/persistence';
import { cheapenAsyncResourceBind } from './async-resource-bind';

/** Injection token for the service's pino logger. */
export const LOGGER = Symbol('LOGGER');
/** Injection token for the service's typed configuration. */
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');
/** Injection token for the service's Prometheus registry (served on its ops port at /metrics). */
export const SERVICE_METRICS = Symbol('SERVICE_METRICS');

/** KAFKA_TOPIC_PREFIX: one value for the gateway and every service of one environment (see KafkaBusOptions.topicPrefix) */
export const kafkaTopicPrefixSpec = str({
  default: '',
  pattern: /^[A-Za-z0-9._-]{0,100}$/,
  description: 'put before every topic name, identical in the gateway and every service of one environment',
});

export function serviceConfigSpec(name: ServiceKey) {
  return {
    DATABASE_URL: url({ protocols: ['postgres', 'postgresql'], description: `PostgreSQL URL of the ${name} database` }),
    EVENT_BUS: oneOf(['kafka', 'inprocess'] as const, { default: 'kafka' }),
    KAFKA_BROKERS: list({ optional: true, item: /^[^\s:]+:\d+$/, description: 'host:port,host:port' }),
    KAFKA_GROUP_PREFIX: str({
      default: '',
      pattern: /^[A-Za-z0-9._-]{0,100}$/,
      description: 'put before every consumer group id, so deployments or test runs sharing a cluster never share a group',
    }),
    KAFKA_TOPIC_PREFIX: kafkaTopicPrefixSpec,
    PERSON_ID_SECRET: secret({ minLength: 32, description: 'key of the person-id hash, identical in every service' }),
    /** shared with the gateway: when set, only gRPC calls whose caller is signed with it are served */
    CALLER_SIGNING_SECRET: secret({
      optional: true,
      minLength: 32,
      description: 'key signing the caller metadata, identical in the gateway and every service',
    }),
    GRPC_HOST: str({ default: '0.0.0.0' }),
    GRPC_PORT: port({ default: DEFAULT_PORTS[name].grpc }),
    METRICS_PORT: port({ default: DEFAULT_PORTS[name].ops }),
    LOG_LEVEL: oneOf(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, { default: 'info' }),
    DB_POOL_SIZE: int({ default: 10, min: 1, max: 200 }),
    /**
     * Admission control: with this many calls already waiting for a database connection, a new call is refused at once
     * (UNAVAILABLE: 503 with Retry-After at the gateway) rather than queued behind them past its client's deadline
     */
    DB_QUEUE_LIMIT: int({ default: 40, min: 0, max: 10_000 }),
    HEALTH_INTERVAL_MS: int({ default: 2000, min: 100 }),
    /** published outbox rows are kept this many days after their publication, then purged (OutboxRelay.purgeExpired) */
    OUTBOX_RETENTION_DAYS: int({ default: OUTBOX_RETENTION_MS / 86_400_000, min: 1, max: 3650 }),
    /** the inbox forgets a consumed event's id after this many days: keep it longer than the brokers keep the events */
    INBOX_RETENTION_DAYS: int({ default: INBOX_RETENTION_MS / 86_400_000, min: 1, max: 3650 }),
  };
}
export type ServiceConfig = ReturnType<typeof loadServiceConfig>;
function loadServiceConfig(name: ServiceKey, env: Record<string, string | undefined>, extra: ConfigSpec = {}) {
  const cfg = loadConfig({ ...serviceConfigSpec(name), ...extra }, env);
  if (cfg.EVENT_BUS === 'kafka' && !cfg.KAFKA_BROKERS) {
    // named like every other config problem
    return loadConfig(
      { KAFKA_BROKERS: list({ description: 'required when EVENT_BUS=kafka (set EVENT_BUS=inprocess for a single-process start)' }) },
      env,
    ) as never;
  }
  return cfg;
}

/** A provider that consumes events: its handlers run with inbox de-duplication. */
export interface EventConsumer {
  /** consumer name, unique within the service; the group id is `<service>.<name>` */
  readonly consumerName: string;
  handlers(): EventHandler<any>[];
}

export interface ServiceDefinition {
  name: ServiceKey;
  module: Type<unknown>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: (Function | EntitySchema<ObjectLiteral>)[];
  migrations: (new () => MigrationInterface)[];
  /**
   * migrations that need the loaded configuration (e.g. a key to encrypt existing rows with), made at start and run with
   * `migrations` (TypeORM orders them all by the timestamp of their names); a ConfigError thrown here stops the start
   */
  configuredMigrations?: (config: any) => (new () => MigrationInterface)[];
  /**
   * the @GrpcService controllers (also in the module's `controllers`), checked by `serviceControllers` to implement
   * every rpc of the generated definition together
   */
  controllers: readonly Type<unknown>[];
  consumers?: Type<EventConsumer>[];
  /** topics this service produces (created at start) */
  produces?: string[];
  /** variables of this service beyond serviceConfigSpec, loaded (and checked) with them into SERVICE_CONFIG */
  config?: ConfigSpec;
}

export interface RunningService {
  name: ServiceKey;
  grpcPort: number;
  opsPort: number;
  dataSource: DataSource;
  bus: EventBus;
  relay: OutboxRelay;
  consumers: InboxConsumer[];
  readiness(): ReadinessReport;
  stop(): Promise<void>;
}

@Global()
@Module({})
class PlatformModule {
  static register(values: {
    ds: DataSource;
    outbox: TransactionalOutbox;
    identity: PersonIdentity;
    logger: Logger;
    config: unknown;
    registry: Registry;
  }): DynamicModule {
    const providers = [
      { provide: DataSource, useValue: values.ds },
      { provide: TransactionalOutbox, useValue: values.outbox },
      { provide: PersonIdentity, useValue: values.identity },
      { provide: LOGGER, useValue: values.logger },
      { provide: SERVICE_CONFIG, useValue: values.config },
      { provide: SERVICE_METRICS, useValue: values.registry },
    ];
    return { module: PlatformModule, providers, exports: providers.map((p) => p.provide) };
  }
}

async function retryForever(what: string, fn: () => Promise<void>, logger: Logger, isStopped: () => boolean): Promise<void> {
  for (let delay = 500; !isStopped(); delay = Math.min(delay * 2, 10000)) {
    try {
      await fn();
      return;
    } catch (e) {
      logger.warn({ error: String(e), retryInMs: delay }, `${what} failed, retrying`);
      await new Promise((r) => setTimeout(r, delay).unref());
    }
  }
}

/**
 * Boots one service: config (fails fast, naming the variable), logger, database with migrations,
 * event bus, outbox relay, inbox consumers, gRPC server with health and reflection, ops server
 * with metrics and health. Health follows the real state of the database and the broker.
 */
export async function startService(def: ServiceDefinition, env: Record<string, string | undefined> = process.env): Promise<RunningService> {
  cheapenAsyncResourceBind();
  const config = loadServiceConfig(def.name, env, def.config);
  const logger = createLogger(def.name, config.LOG_LEVEL);
  const registry: Registry = createRegistry(def.name);

  const ds = await openDatabase({
    url: config.DATABASE_URL,
    entities: def.entities,
    migrations: [...EVENTS_MIGRATIONS, ...def.migrations, ...(def.configuredMigrations?.(config) ?? [])],
    poolSize: config.DB_POOL_SIZE,
    applicationName: `siapkerja-${def.name}`,
  });
  try {
    return await startOnDatabase(def, config, logger, registry, ds);
  } catch (e) {
    // a refused start (e.g. a provider's onModuleInit finding a wrong key) leaves no pool open behind it
    await ds.destroy().catch(() => undefined);
    throw e;
  }
}

async function startOnDatabase(
  def: ServiceDefinition,
  config: ServiceConfig,
  logger: Logger,
  registry: Registry,
  ds: DataSource,
): Promise<RunningService> {
  let stopped = false;
  const bus: EventBus =
    config.EVENT_BUS === 'inprocess'
      ? InProcessEventBus.shared()
      : new KafkaEventBus({
          brokers: config.KAFKA_BROKERS!,
          clientId: `siapkerja-${def.name}`,
          logger,
          groupPrefix: config.KAFKA_GROUP_PREFIX,
          topicPrefix: config.KAFKA_TOPIC_PREFIX,
        });
  const relay = new OutboxRelay(ds, bus, logger, {
    retentionMs: config.OUTBOX_RETENTION_DAYS * 86_400_000,
    inboxRetentionMs: config.INBOX_RETENTION_DAYS * 86_400_000,
  });
  const outbox = new TransactionalOutbox(ds, `/siapkerja/${def.name}`, relay);
  const identity = new PersonIdentity(config.PERSON_ID_SECRET);

  @Module({ imports: [PlatformModule.register({ ds, outbox, identity, logger, config, registry }), def.module] })
  class RootModule {}
  const grpcSeconds = new Histogram({
    name: 'grpc_server_handling_seconds',
    help: 'gRPC handling time',
    labelNames: ['method', 'code'],
    registers: [registry],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  });
  const shed = new Counter({
    name: 'grpc_server_shed_total',
    help: 'calls refused on arrival by admission control (too many waiting for the database)',
    registers: [registry],
  });
  // the gRPC server is the Nest microservice of the service's module (Transport.GRPC, health, reflection)
  const grpc: GrpcMicroserviceHandle = await startGrpcMicroservice({
    module: RootModule,
    services: [def.name],
    controllers: def.controllers,
    port: config.GRPC_PORT,
    host: config.GRPC_HOST,
    logger,
    nestLogger: new NestPinoLogger(logger),
    observe: (method, code, s) => grpcSeconds.observe({ method, code: String(code) }, s),
    admit: () => {
      const waiting = (ds.driver as unknown as { master: { waitingCount: number } }).master.waitingCount;
      if (waiting < config.DB_QUEUE_LIMIT) return undefined;
      shed.inc();
      return `The service is overloaded (${waiting} requests waiting for the database), retry later`;
    },
    callerSecret: config.CALLER_SIGNING_SECRET,
  });
  const app = grpc.app;

  const consumers = (def.consumers ?? []).map((cls) => {
    const c = app.get(cls);
    return new InboxConsumer({ name: `${def.name}.${c.consumerName}`, ds, bus, logger, handlers: c.handlers() });
  });
  const produced = (def.produces ?? []).flatMap((t) => [t, t + DEAD_LETTER_SUFFIX]);
  // topics and subscriptions are set up in the background: a broker outage at start delays them
  const eventsReady = retryForever(
    'creating topics',
    () => bus.ensureTopics(produced),
    logger,
    () => stopped,
  );
  const runners = consumers.map((c) => new BackgroundConsumer(c, bus, logger));
  runners.forEach((r) => r.start());
  relay.start();

  // Ready means "send me requests": the database is what every call needs. The broker is a detail and a metric, never a
  // reason to refuse work: writes go to the outbox, and the relay publishes once the broker is back.
  const brokerUp = new Gauge({ name: 'event_broker_up', help: 'the event broker answers (1) or not (0)', registers: [registry] });
  const checks: ReadinessReport['checks'] = { database: { ok: false }, broker: { ok: false } };
  const refreshHealth = async () => {
    const [db, broker] = await Promise.all([isDatabaseUp(ds), bus.isHealthy()]);
    checks.database = { ok: db };
    checks.broker = { ok: broker, detail: bus.kind, required: false };
    brokerUp.set(broker ? 1 : 0);
    grpc.setServing(db && !stopped);
  };
  await refreshHealth();
  const healthTimer = setInterval(() => void refreshHealth().catch(() => undefined), config.HEALTH_INTERVAL_MS);
  const readiness = (): ReadinessReport => ({ ready: !stopped && checks.database.ok, checks: { ...checks } });

  new Gauge({
    name: 'outbox_pending_events',
    help: 'outbox rows not yet published',
    registers: [registry],
    async collect() {
      this.set(await relay.pending().catch(() => -1));
    },
  });
  new Counter({
    name: 'outbox_published_events_total',
    help: 'events published by the relay',
    registers: [registry],
    collect() {
      this.reset();
      this.inc(relay.published);
    },
  });
  new Gauge({
    name: 'inbox_events',
    help: 'events handled by consumers, by outcome',
    labelNames: ['consumer', 'outcome'],
    registers: [registry],
    collect() {
      for (const c of consumers) for (const [outcome, n] of Object.entries(c.stats)) this.set({ consumer: c.name, outcome }, n);
    },
  });
  const ops: OpsServer = await startOpsServer({ port: config.METRICS_PORT, registry, readiness });
  logger.info({ grpcPort: grpc.port, opsPort: ops.port, bus: bus.kind }, `${def.name} service started`);

  return {
    name: def.name,
    grpcPort: grpc.port,
    opsPort: ops.port,
    dataSource: ds,
    bus,
    relay,
    consumers,
    readiness,
    async stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(healthTimer);
      grpc.setServing(false);
      await grpc.stopServing();
      await relay.stop();
      await Promise.race([eventsReady, new Promise((r) => setTimeout(r, 100).unref())]);
      await Promise.all(runners.map((r) => r.stop()));
      if (bus.kind === 'kafka') await bus.close();
      await ops.close();
      await app.close();
      await ds.destroy();
      logger.info(`${def.name} service stopped`);
    },
  };
}

/** Process entry point: start, print the reason and exit 78 on bad configuration, stop cleanly on SIGINT/SIGTERM. */
export function runServiceMain(def: ServiceDefinition): void {
  startService(def).then(
    (svc) => {
      const shutdown = () =>
        void svc.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (e: unknown) => {
      if (e instanceof ConfigError) {
        process.stderr.write(`${def.name}: ${e.message}\n`);
        process.exit(78);
      }
      process.stderr.write(`${def.name} failed to start: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}
export * from './async-resource-bind';
export * from './periodic-sweep';
export * from './polling-worker';
export * from './answer-cache';
