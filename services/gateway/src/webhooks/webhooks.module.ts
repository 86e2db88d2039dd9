import { Module } from '@nestjs/common';
import { WebhooksController } from './webhooks.controller';

/** Partner webhooks over HTTP (/v1/webhooks/*), kept by the integration service. */
@Module({ controllers: [WebhooksController] })
export class WebhooksModule {}
