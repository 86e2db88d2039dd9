// the config spec is re-exported first: platform/config imports it while this file may still be loading
export { feedConfigSpec } from './feed.config';
import { Module } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import { FeedController } from './feed.controller';
import { FeedEntries1763800003000 } from './feed.migration';
import { PersonalFeedEnricher } from './feed.personal';
import { FeedService } from './feed.service';

/** Migrations of this module's tables in the gateway database. */
export const feedMigrations: (new () => MigrationInterface)[] = [FeedEntries1763800003000];

/** TypeORM entities of this module (raw SQL through the DataSource). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const feedEntities: Function[] = [];

/** Public change feed (GET /v1/feed/{resource}) and snapshots, fed by the `gateway.feed` inbox consumer. */
@Module({ controllers: [FeedController], providers: [FeedService, PersonalFeedEnricher] })
export class FeedModule {}
