import { EventsOutboxInbox1763800000000 } from '@siapkerja/events';
import { authEntities, authMigrations } from '../auth/auth.module';
import { feedEntities, feedMigrations } from '../feed/feed.module';
import { privacyEntities, privacyMigrations } from '../privacy/privacy.module';
import { trafficEntities, trafficMigrations } from '../traffic/traffic.module';
import { webhooksEntities, webhooksMigrations } from '../webhooks/webhooks.module';

/** Every migration of the gateway database (the outbox/inbox tables serve its event consumers). */
export const gatewayMigrations = [
  EventsOutboxInbox1763800000000,
  ...authMigrations,
  ...trafficMigrations,
  ...feedMigrations,
  ...webhooksMigrations,
  ...privacyMigrations,
];

/** Every TypeORM entity of the gateway database. */
export const gatewayEntities = [...authEntities, ...trafficEntities, ...feedEntities, ...webhooksEntities, ...privacyEntities];
