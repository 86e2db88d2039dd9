import { Injectable } from '@nestjs/common';
import { FEED_RESOURCE_NAMES } from '@siapkerja/contracts';
import { on } from '@siapkerja/events';
import type { EventConsumer } from '@siapkerja/service-kit';
import { FEED_RESOURCES, type FeedSource } from './feed.resources';
import { FeedService } from './feed.service';

/** Projects the domain events into feed rows, exactly once (the inbox row and the feed row commit together). */
@Injectable()
export class FeedConsumer implements EventConsumer {
  readonly consumerName = 'feed';

  constructor(private readonly feed: FeedService) {}

  handlers() {
    return FEED_RESOURCE_NAMES.flatMap((resource) =>
      (FEED_RESOURCES[resource] as FeedSource[]).map((s) => on(s.def, (e, manager) => this.feed.append(manager, resource, s.change(e), e))),
    );
  }
}
