import 'reflect-metadata';
import { openDatabase } from '@siapkerja/persistence';
import { placementService } from '../placement.module';
import { rebuildFromArchive } from './rebuild';

/**
 * The rebuild command: `DATABASE_URL=postgres://... node -r ./tools/register-paths.js services/placement/src/rebuild/main.ts`
 * (or the built dist/.../rebuild/main.js). Rebuilds every placement read model from the archive of consumed events.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const ds = await openDatabase({ url, entities: [], migrations: placementService.migrations ?? [] });
  try {
    const r = await rebuildFromArchive(ds);
    process.stdout.write(`rebuilt placement read models: ${r.replayed} archived events replayed, ${r.skipped} without a handler\n`);
  } finally {
    await ds.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
