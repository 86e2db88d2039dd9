import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed and the webhooks moved to the integration service, with their tables (its own database): a gateway
 * database that had them drops them. The integration service builds its feed again from the event topics.
 */
export class FeedWebhooksMoved1763800009000 implements MigrationInterface {
  name = 'FeedWebhooksMoved1763800009000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['webhook_delivery_attempts', 'webhook_deliveries', 'webhook_subscriptions', 'feed_snapshots', 'feed_entries'])
      await q.query(`DROP TABLE IF EXISTS ${table}`);
  }

  async down(): Promise<void> {
    // the tables live in the integration service's database now
  }
}
