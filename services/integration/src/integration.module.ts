import { Module } from '@nestjs/common';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { FeedConsumer } from './feed/feed.consumer';
import { FeedGrpc } from './feed/feed.grpc';
import { PersonalFeedRecords } from './feed/feed.personal';
import { FeedService } from './feed/feed.service';
import { integrationConfigSpec } from './integration.config';
import { IntegrationGrpcController } from './integration.grpc';
import { JobsClient } from './jobs.client';
import { Feed1763800000600 } from './migrations/1763800000600-feed';
import { Webhooks1763800000610 } from './migrations/1763800000610-webhooks';
import { DeliveryWorker } from './webhooks/delivery.worker';
import { WebhooksGrpc } from './webhooks/webhooks.grpc';
import { WebhooksConsumer, WebhooksService } from './webhooks/webhooks.service';

@Module({
  providers: [
    JobsClient,
    FeedService,
    FeedConsumer,
    PersonalFeedRecords,
    FeedGrpc,
    DeliveryWorker,
    WebhooksService,
    WebhooksConsumer,
    WebhooksGrpc,
    IntegrationGrpcController,
  ],
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
  controller: IntegrationGrpcController,
  consumers: [FeedConsumer, WebhooksConsumer],
  config: integrationConfigSpec,
};
