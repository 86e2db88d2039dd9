import { Module } from '@nestjs/common';
import { AccessLog } from '@siapkerja/privacy';
import type { ServiceDefinition } from '@siapkerja/service-kit';
import { FeedConsumer } from './feed/feed.consumer';
import { PersonalFeedRecords } from './feed/feed.personal';
import { FeedService } from './feed/feed.service';
import { ImportBatchClients } from './imports/import-batch.clients';
import { ImportsService } from './imports/imports.service';
import { ImportsWorker } from './imports/imports.worker';
import { ImportOrder } from './imports/import-order';
import { integrationConfigSpec } from './integration.config';
import { integrationControllers } from './integration.grpc';
import { JobsClient } from './jobs.client';
import { Feed1763800000600 } from './migrations/1763800000600-feed';
import { Webhooks1763800000610 } from './migrations/1763800000610-webhooks';
import { Imports1763800000620 } from './migrations/1763800000620-imports';
import { ImportOrder1763800000630 } from './migrations/1763800000630-import-order';
import { DeliveryWorker } from './webhooks/delivery.worker';
import { WebhooksConsumer, WebhooksService } from './webhooks/webhooks.service';

@Module({
  controllers: integrationControllers,
  providers: [
    JobsClient,
    AccessLog,
    FeedService,
    FeedConsumer,
    PersonalFeedRecords,
    DeliveryWorker,
    WebhooksService,
    WebhooksConsumer,
    ImportBatchClients,
    ImportsService,
    ImportOrder,
    ImportsWorker,
  ],
})
export class IntegrationModule {}

/**
 * The integration service: the change feed projected from the domain events (pages, snapshots, the job-seekers feed for
 * Disnaker systems) and partner webhooks (subscriptions, fan-out, signed deliveries with retries, dead letters, replay).
 * Bulk imports (NDJSON uploads of partner platforms and Disnaker systems) are received here, parsed line by line and
 * applied by the owning services' ApplyImportBatch with the uploader's caller (imports/).
 */
export const integrationService: ServiceDefinition = {
  name: 'integration',
  module: IntegrationModule,
  entities: [],
  migrations: [Feed1763800000600, Webhooks1763800000610, Imports1763800000620, ImportOrder1763800000630],
  controllers: integrationControllers,
  consumers: [FeedConsumer, WebhooksConsumer],
  config: integrationConfigSpec,
};
