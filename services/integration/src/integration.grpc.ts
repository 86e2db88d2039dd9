import { Injectable } from '@nestjs/common';
import type { GrpcController } from '@siapkerja/service-kit';
import { FeedGrpc } from './feed/feed.grpc';
import { WebhooksGrpc } from './webhooks/webhooks.grpc';

/** siapkerja.integration.v1.IntegrationService: one method table assembled from the feed and the webhooks. */
@Injectable()
export class IntegrationGrpcController implements GrpcController {
  constructor(
    private readonly feed: FeedGrpc,
    private readonly webhooks: WebhooksGrpc,
  ) {}

  handlers() {
    return { ...this.feed.handlers(), ...this.webhooks.handlers() };
  }
}
