// the config spec is re-exported first: platform/config imports it while this file may still be loading
export { webhooksConfigSpec } from './webhooks.config';
import { Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { DeliveryWorker } from './delivery.worker';
import { WebhooksController } from './webhooks.controller';
import { Webhooks1763800004000 } from './webhooks.migration';
import { WebhooksService } from './webhooks.service';

/** Migrations of this module's tables in the gateway database. */
export const webhooksMigrations: (new () => MigrationInterface)[] = [Webhooks1763800004000];

/** TypeORM entities of this module (raw SQL through the DataSource). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const webhooksEntities: Function[] = [];

/** Partner webhooks: subscriptions, fan-out of public events (`gateway.webhooks`), signed deliveries with retries and a dead-letter list. */
@Module({ controllers: [WebhooksController], providers: [WebhooksService, DeliveryWorker] })
export class WebhooksModule {}
