import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildEvent, EventsOutboxInbox1763800000000 } from '@siapkerja/events';
import { VacancyRegistered } from '@siapkerja/contracts';
import { openDatabase } from '@siapkerja/persistence';
import { createTestDatabase } from '@siapkerja/testing';
import { Feed1763800000600 } from '../migrations/1763800000600-feed';
import { FEED_RESOURCES, type FeedSource } from './feed.resources';
import { FeedService } from './feed.service';

/** The gap-free property of the feed under concurrent appends (real PostgreSQL). */
describe('FeedService', () => {
  let ds: DataSource;
  let drop: () => Promise<void>;
  let feed: FeedService;

  beforeAll(async () => {
    const db = await createTestDatabase('feed_unit');
    drop = db.drop;
    ds = await openDatabase({
      url: db.url,
      entities: [],
      migrations: [EventsOutboxInbox1763800000000, Feed1763800000600],
      poolSize: 30,
    });
    feed = new FeedService(ds);
  });
  afterAll(async () => {
    await ds.destroy();
    await drop();
  });

  it('never lets a follower skip an append that commits late', async () => {
    const total = 150;
    const source = FEED_RESOURCES.vacancies[0] as FeedSource;
    const appends = Array.from({ length: total }, async (_, i) => {
      await new Promise((r) => setTimeout(r, Math.random() * 200));
      const id = randomUUID();
      const e = buildEvent(VacancyRegistered, '/test', {
        subject: id,
        regionCode: '33.74',
        data: {
          vacancyId: id,
          employerId: 'e',
          positionName: `p${i}`,
          kbjiCode: '8189',
          regionCode: '33.74',
          numberNeeded: 1,
          validFrom: '2026-11-01',
          validUntil: '2026-12-31',
          state: 'PUBLISHED',
          registeredAt: new Date().toISOString(),
        },
      });
      await ds.transaction(async (m) => {
        await feed.append(m, 'vacancies', source.change(e), e);
        await m.query('SELECT pg_sleep($1)', [Math.random() * 0.03]); // commit at a random later moment
      });
      return id;
    });
    const done = Promise.all(appends);
    let finished = false;
    void done.then(() => (finished = true));
    // a follower polling while the appends run
    const seen: string[] = [];
    let after = '0';
    while (!finished) {
      const page = await feed.page('vacancies', after, 1000);
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor;
    }
    for (;;) {
      const page = await feed.page('vacancies', after, 1000);
      if (!page.items.length) break;
      seen.push(...page.items.map((i) => i.id));
      after = page.nextCursor;
    }
    const ids = await done;
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(total);
  });
});
