import { Controller, Module } from '@nestjs/common';
import { ConfigError } from '@siapkerja/config';
import { GrpcService, rpcNames } from '@siapkerja/contracts';
import { createTestDatabase, TEST_PERSON_SECRET } from '@siapkerja/testing';
import { startService, type ServiceDefinition } from './index';

class EmptyController {}
// every method of the jobs contract answers an empty message
for (const rpc of rpcNames('jobs')) {
  (EmptyController.prototype as unknown as Record<string, unknown>)[rpc.charAt(0).toLowerCase() + rpc.slice(1)] = async () => ({});
}
GrpcService('jobs')(EmptyController);
Controller()(EmptyController);
@Module({ controllers: [EmptyController] })
class EmptyModule {}
const def: ServiceDefinition = { name: 'jobs', module: EmptyModule, entities: [], migrations: [], controllers: [EmptyController] };

describe('startService', () => {
  it('stops on bad configuration, naming every variable', async () => {
    const err = await startService(def, { DATABASE_URL: 'mysql://x', PERSON_ID_SECRET: 'short' }).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toContain('DATABASE_URL must use postgres or postgresql');
    expect(err.message).toContain('PERSON_ID_SECRET must be at least 32 characters');
    const noBroker = await startService(def, { DATABASE_URL: 'postgres://x/y', PERSON_ID_SECRET: TEST_PERSON_SECRET }).catch((e) => e);
    expect(noBroker.message).toContain('KAFKA_BROKERS is required');
    const noRetention = await startService(def, {
      DATABASE_URL: 'postgres://x/y',
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      EVENT_BUS: 'inprocess',
      INBOX_RETENTION_DAYS: '0',
      OUTBOX_RETENTION_DAYS: 'week',
    }).catch((e) => e);
    expect(noRetention.message).toContain('INBOX_RETENTION_DAYS must be >= 1');
    expect(noRetention.message).toContain('OUTBOX_RETENTION_DAYS must be an integer');
  });

  it('starts on the in-process bus with migrations, health and ops server, and stops cleanly', async () => {
    const db = await createTestDatabase('kit');
    const svc = await startService(def, {
      DATABASE_URL: db.url,
      EVENT_BUS: 'inprocess',
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      GRPC_PORT: '0',
      METRICS_PORT: '0',
      GRPC_HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      OUTBOX_RETENTION_DAYS: '2',
      INBOX_RETENTION_DAYS: '3',
    });
    try {
      // the relay purges with the configured retentions (the defaults, 7 and 30 days, would keep all four rows); outbox rows
      // in seq order as in life, oldest first
      await svc.dataSource.query(
        `INSERT INTO outbox_events (id, topic, message_key, payload, created_at, published_at)
         SELECT gen_random_uuid(), 't', 'k', '{}', now() - d * interval '1 day', now() - d * interval '1 day' FROM unnest('{3,1}'::int[]) AS d`,
      );
      await svc.dataSource.query(
        `INSERT INTO inbox_events (consumer, event_id, event_type, topic, processed_at)
         SELECT 'c', gen_random_uuid()::text, 't', 't', now() - d * interval '1 day' FROM unnest('{2,4}'::int[]) AS d`,
      );
      expect(await svc.relay.purgeExpired()).toEqual({ outbox: 1, inbox: 1 });
      expect(svc.readiness()).toMatchObject({ ready: true, checks: { database: { ok: true }, broker: { ok: true, detail: 'inprocess' } } });
      const tables = await svc.dataSource.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
      expect(tables.map((t: { tablename: string }) => t.tablename)).toEqual([
        'inbox_events',
        'outbox_events',
        'outbox_relay',
        'schema_migrations',
      ]);
      const res = await fetch(`http://127.0.0.1:${svc.opsPort}/health/ready`);
      expect(res.status).toBe(200);
    } finally {
      await svc.stop();
      await db.drop();
    }
    expect(svc.readiness().ready).toBe(false);
  });
});
