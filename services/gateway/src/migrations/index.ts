import { EVENTS_MIGRATIONS } from '@siapkerja/events';
import { authEntities, authMigrations } from '../auth/auth.module';
import { FeedWebhooksMoved1763800009000 } from './feed-webhooks-moved';
import { trafficEntities, trafficMigrations } from '../traffic/traffic.module';

/** Every migration of the gateway database (the outbox/inbox tables serve its event consumers). */
export const gatewayMigrations = [...EVENTS_MIGRATIONS, ...authMigrations, ...trafficMigrations, FeedWebhooksMoved1763800009000];

/** Every TypeORM entity of the gateway database. */
export const gatewayEntities = [...authEntities, ...trafficEntities];
