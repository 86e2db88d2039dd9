import 'reflect-metadata';
import { openDatabase } from '@siapkerja/persistence';
import { placementService } from '../placement.module';
import { rebuildFromKafka } from './kafka-rebuild';
import { rebuildFromArchive } from './rebuild';

/**
 * The rebuild command: `DATABASE_URL=postgres://... node -r ./tools/register-paths.js services/placement/src/rebuild/main.ts`
 * (or the built dist/.../rebuild/main.js). Rebuilds every placement read model from the archive of consumed events, or with
 * --from-kafka (and KAFKA_BROKERS, KAFKA_TOPIC_PREFIX if the environment has one) from the topics themselves from the beginning.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const ds = await openDatabase({ url, entities: [], migrations: placementService.migrations ?? [] });
  try {
    const fromKafka = process.argv.includes('--from-kafka');
    const brokers = (process.env.KAFKA_BROKERS ?? '').split(',').filter(Boolean);
    if (fromKafka && brokers.length === 0) throw new Error('--from-kafka needs KAFKA_BROKERS');
    const r = fromKafka ? await rebuildFromKafka(ds, brokers, process.env.KAFKA_TOPIC_PREFIX ?? '') : await rebuildFromArchive(ds);
    process.stdout.write(
      `rebuilt placement read models from ${fromKafka ? 'the Kafka topics' : 'the archive'}: ${r.replayed} events replayed, ${r.skipped} skipped\n`,
    );
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
