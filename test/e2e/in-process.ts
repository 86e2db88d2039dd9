import { startService, type RunningService, type ServiceDefinition } from '@siapkerja/service-kit';
import { Kafka, logLevel } from 'kafkajs';
import { createTestDatabase, kafkaBrokers, serviceTestEnv, TEST_PERSON_SECRET, uniqueSuffix } from '@siapkerja/testing';
import { startGateway as startGatewayOnly, type RunningGateway } from '../../services/gateway/src/app';
import { identityService } from '../../services/identity/src/identity.module';
import { integrationService } from '../../services/integration/src/integration.module';

export interface InProcessPlatform {
  services: RunningService[];
  /** the integration service (feed, webhooks), started on every platform after the given services */
  integration: RunningService;
  gw: RunningGateway;
  base: string;
  /** The gateway's own database (its edge state: idempotency records, rate-limit counters). */
  gatewayDatabaseUrl: string;
  /**
   * KAFKA_TOPIC_PREFIX of every service and the gateway: the platform's events live on topics of its own, so test files
   * running side by side on one broker never read each other's history. Pass it to collectTopic, put it before the
   * topic of a message a test publishes itself.
   */
  topicPrefix: string;
  /** Closes the gateway, stops the services (last started first) and drops every test database. */
  close(): Promise<void>;
}

const SERVICE_URLS = ['JOBS', 'TRAINING', 'CERTIFICATION', 'PLACEMENT', 'ENTREPRENEURSHIP', 'INTEGRATION', 'IDENTITY'];

/**
 * The given services, each on a test database of its own, and a sandbox gateway in front of them, all in this process
 * (real gRPC, PostgreSQL and Kafka). Identity (sandbox mode; the token endpoint is its) and the integration service
 * (change feed, webhooks) are always started, whatever `defs` says. A service not started answers nowhere (127.0.0.1:1).
 * `gatewayEnv` adds to or overrides the gateway's environment, `integrationEnv` the integration service's.
 */
export async function startInProcessPlatform(
  prefix: string,
  defs: ServiceDefinition[],
  gatewayEnv: Record<string, string> = {},
  integrationEnv: Record<string, string> = {},
): Promise<InProcessPlatform> {
  const services: RunningService[] = [];
  const drops: (() => Promise<void>)[] = [];
  let identity: RunningService | undefined;
  const topicPrefix = `${prefix}.${uniqueSuffix()}.`;
  const close = async () => {
    for (const s of [...services].reverse()) await s.stop();
    if (identity && !services.includes(identity)) await identity.stop();
    for (const d of drops) await d();
    await deleteTopics(topicPrefix);
  };
  const env: Record<string, string> = {
    KAFKA_TOPIC_PREFIX: topicPrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    GRPC_DEADLINE_MS: '5000',
  };
  for (const name of SERVICE_URLS) env[`${name}_GRPC_URL`] = '127.0.0.1:1';
  try {
    // identity first, then the services others call (certification: training checks schemes there; training: jobs suggests
    // its programs in matches), then the rest in the callers' order; each gets the addresses of those started before it
    const called = ['certification', 'training'];
    const calledFirst = (d: ServiceDefinition) => (called.includes(d.name) ? called.indexOf(d.name) : called.length);
    const rest = defs.filter((d) => d.name !== 'identity').sort((a, b) => calledFirst(a) - calledFirst(b));
    for (const def of [identityService, ...rest]) {
      const db = await createTestDatabase(`${prefix}_${def.name}`);
      drops.push(db.drop);
      // the services started before this one are its peers (e.g. training checks schemes in certification): list it after them
      const peers = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.endsWith('_GRPC_URL') && v !== '127.0.0.1:1'));
      const svc = await startService(
        def,
        serviceTestEnv(db.url, { KAFKA_TOPIC_PREFIX: topicPrefix, ...(def.name === 'identity' ? { SANDBOX: 'true' } : peers) }),
      );
      if (def.name === 'identity') identity = svc;
      else services.push(svc);
      env[`${def.name.toUpperCase()}_GRPC_URL`] = `127.0.0.1:${svc.grpcPort}`;
    }
    const integrationDb = await createTestDatabase(`${prefix}_integration`);
    drops.push(integrationDb.drop);
    const integration = await startService(
      integrationService,
      serviceTestEnv(integrationDb.url, {
        KAFKA_TOPIC_PREFIX: topicPrefix,
        // the change feed reads jobs; bulk imports are applied by jobs, training and placement
        JOBS_GRPC_URL: env.JOBS_GRPC_URL,
        IDENTITY_GRPC_URL: env.IDENTITY_GRPC_URL,
        TRAINING_GRPC_URL: env.TRAINING_GRPC_URL,
        PLACEMENT_GRPC_URL: env.PLACEMENT_GRPC_URL,
        GRPC_DEADLINE_MS: env.GRPC_DEADLINE_MS,
        ...integrationEnv,
      }),
    );
    services.push(integration);
    env.INTEGRATION_GRPC_URL = `127.0.0.1:${integration.grpcPort}`;
    if (identity) services.push(identity);
    const gwDb = await createTestDatabase(`${prefix}_gateway`);
    drops.push(gwDb.drop);
    const gw = await startGatewayOnly({
      ...env,
      DATABASE_URL: gwDb.url,
      KAFKA_BROKERS: kafkaBrokers().join(','),
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      SANDBOX: 'true',
      ...gatewayEnv,
    });
    return {
      services: services.filter((s) => s !== integration),
      integration,
      gw,
      base: gw.url,
      gatewayDatabaseUrl: gwDb.url,
      topicPrefix,
      async close() {
        await gw.close();
        await close();
      },
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Deletes the platform's topics (best effort: the broker may already be gone when a test run ends). */
async function deleteTopics(topicPrefix: string): Promise<void> {
  const admin = new Kafka({ clientId: 'e2e-cleanup', brokers: kafkaBrokers(), logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const mine = (await admin.listTopics()).filter((t) => t.startsWith(topicPrefix));
    if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 10000 });
  } catch {
    // left for the broker's own retention
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

/**
 * The gateway as services/gateway's startGateway starts it, with an identity service (sandbox mode, its own test
 * database) behind it unless `env` names one in IDENTITY_GRPC_URL: for e2e files that start their services themselves.
 * Closing the gateway stops that identity and drops its database.
 */
export async function startGateway(env: Record<string, string | undefined>): Promise<RunningGateway> {
  if (env.IDENTITY_GRPC_URL) return startGatewayOnly(env);
  const db = await createTestDatabase('e2e_identity');
  let identity: RunningService | undefined;
  try {
    identity = await startService(identityService, serviceTestEnv(db.url, { SANDBOX: 'true' }));
    const gw = await startGatewayOnly({ ...env, IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}` });
    const started = identity;
    return {
      ...gw,
      async close() {
        await gw.close();
        await started.stop();
        await db.drop();
      },
    };
  } catch (e) {
    await identity?.stop();
    await db.drop();
    throw e;
  }
}
