import { Module } from '@nestjs/common';
import { FeedController } from './feed.controller';

/** The change feed over HTTP (GET /v1/feed/{resource}, snapshots), served by the integration service. */
@Module({ controllers: [FeedController] })
export class FeedModule {}
