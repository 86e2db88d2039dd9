import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { FeedConsumer } from './feed/feed.consumer';
import { PersonalFeedRecords } from './feed/feed.personal';
import { FeedService } from './feed/feed.service';
import { integrationConfigSpec } from './integration.config';
import { integrationControllers } from './integration.grpc';
import { JobsClient } from './jobs.client';
import { Feed1763800000600 } from './migrations/1763800000600-feed';
import { Webhooks1763800000610 } from './migrations/1763800000610-webhooks';
import { DeliveryWorker } from './webhooks/delivery.worker';
import { WebhooksConsumer, WebhooksService } from './webhooks/webhooks.service';

@Module({
  controllers: integrationControllers,
  providers: [JobsClient, FeedService, FeedConsumer, PersonalFeedRecords, DeliveryWorker, WebhooksService, WebhooksConsumer],
})
export class IntegrationModule {}

/**
 * The integration service: the change feed projected from the domain events (pages, snapshots, the job-seekers feed for
 * Disnaker systems) and partner webhooks (subscriptions, fan-out, signed deliveries with retries, dead letters, replay).
 * Bulk imports from Disnaker systems and partner platforms will be received here too.
 */
export const integrationService: ServiceDefinition = {
  name: 'integration',
  module: IntegrationModule,
  entities: [],
  migrations: [Feed1763800000600, Webhooks1763800000610],
  controllers: integrationControllers,
  consumers: [FeedConsumer, WebhooksConsumer],
  config: integrationConfigSpec,
};
