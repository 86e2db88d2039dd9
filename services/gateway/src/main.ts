import 'reflect-metadata';
import { ConfigError } from '@siapkerja/config';
import { startGateway } from './app';

startGateway().then(
  (gw) => {
    const shutdown = () =>
      void gw.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  },
  (e: unknown) => {
    if (e instanceof ConfigError) {
      process.stderr.write(`gateway: ${e.message}\n`);
      process.exit(78);
    }
    process.stderr.write(`gateway failed to start: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
