import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, freePort, TEST_CALLER_SECRET, TEST_PERSON_SECRET, waitFor } from '@siapkerja/testing';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVICES = ['identity', 'jobs', 'training', 'certification', 'placement', 'entrepreneurship'] as const;

export interface Proc {
  name: string;
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Starts a compiled service as its own OS process (node dist/services/<name>/src/main.js). */
export function spawnService(name: string, env: Record<string, string>): Proc {
  const main = path.join(ROOT, 'dist/services', name, 'src/main.js');
  if (!fs.existsSync(main)) throw new Error(`${main} is missing: build first (npx nx run-many -t build)`);
  const child = spawn(process.execPath, ['-r', path.join(ROOT, 'tools/register-paths.js'), main], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PERSON_ID_SECRET: TEST_PERSON_SECRET,
      CALLER_SIGNING_SECRET: TEST_CALLER_SECRET,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out = (out + d).slice(-20000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-20000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10000);
      const code = await exited;
      clearTimeout(t);
      return code;
    },
  };
}

export async function waitReady(url: string, proc: Proc, timeoutMs = 60000): Promise<void> {
  await waitFor(
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited with ${proc.child.exitCode}:\n${proc.output()}`);
      return (await fetch(url)).status === 200;
    },
    { timeoutMs, what: `${proc.name} ready at ${url}`, intervalMs: 250 },
  ).catch((e) => {
    throw new Error(`${e.message}\n--- ${proc.name} output ---\n${proc.output()}`);
  });
}

export interface Platform {
  gatewayUrl: string;
  procs: Proc[];
  opsPorts: Record<string, number>;
  /** host:port of each service's gRPC server */
  grpcUrls: Record<string, string>;
  stop: () => Promise<void>;
}

/**
 * Starts the given services, identity (the token endpoint is its) and the integration service (change feed, webhooks) as
 * separate processes on free ports, then the gateway; identity and integration each on a database of its own unless
 * `databases` names one (dropped at stop).
 */
export async function startPlatform(opts: {
  databases: Record<string, string>;
  gatewayDatabase: string;
  kafkaBrokers: string;
  services?: readonly string[];
}): Promise<Platform> {
  const asked = (opts.services ?? SERVICES).filter((s) => s !== 'integration');
  // identity first, then training (jobs asks it for the programs it suggests in matches; training needs no service at
  // start), integration last (it reads jobs)
  const services = [...new Set(['identity', ...asked.filter((s) => s === 'training'), ...asked, 'integration'])];
  const procs: Proc[] = [];
  const databases = { ...opts.databases };
  const drops: (() => Promise<void>)[] = [];
  for (const own of ['identity', 'integration']) {
    if (databases[own]) continue;
    const db = await createTestDatabase(`e2e_${own}`);
    databases[own] = db.url;
    drops.push(db.drop);
  }
  const opsPorts: Record<string, number> = {};
  const gatewayEnv: Record<string, string> = {
    HOST: '127.0.0.1',
    GRPC_DEADLINE_MS: '5000',
    DATABASE_URL: opts.gatewayDatabase,
    KAFKA_BROKERS: opts.kafkaBrokers,
    SANDBOX: 'true',
  };
  try {
    for (const name of services) {
      const grpcPort = await freePort();
      const opsPort = await freePort();
      opsPorts[name] = opsPort;
      const p = spawnService(name, {
        DATABASE_URL: databases[name],
        ...(name === 'identity' ? { SANDBOX: 'true' } : {}),
        KAFKA_BROKERS: opts.kafkaBrokers,
        GRPC_HOST: '127.0.0.1',
        GRPC_PORT: String(grpcPort),
        METRICS_PORT: String(opsPort),
        HEALTH_INTERVAL_MS: '500',
        // every service after identity logs reads of unmasked personal data there
        ...(name !== 'identity' ? { IDENTITY_GRPC_URL: gatewayEnv.IDENTITY_GRPC_URL } : {}),
        // jobs suggests training's programs in matches (training is started before it when asked for)
        ...(name === 'jobs' ? { TRAINING_GRPC_URL: gatewayEnv.TRAINING_GRPC_URL ?? '127.0.0.1:1' } : {}),
        // integration reads job-seeker records from jobs (started before it when asked for)
        ...(name === 'integration' ? { JOBS_GRPC_URL: gatewayEnv.JOBS_GRPC_URL ?? '127.0.0.1:1' } : {}),
      });
      procs.push(p);
      gatewayEnv[`${name.toUpperCase()}_GRPC_URL`] = `127.0.0.1:${grpcPort}`;
    }
    for (const name of services)
      await waitReady(
        `http://127.0.0.1:${opsPorts[name]}/health/live`,
        procs.find((p) => p.name === name)!,
      );
    const port = await freePort();
    const gw = spawnService('gateway', { ...gatewayEnv, PORT: String(port) });
    procs.push(gw);
    await waitReady(`http://127.0.0.1:${port}/health/live`, gw);
    return {
      gatewayUrl: `http://127.0.0.1:${port}`,
      procs,
      opsPorts,
      grpcUrls: Object.fromEntries(services.map((n) => [n, gatewayEnv[`${n.toUpperCase()}_GRPC_URL`]])),
      stop: async () => {
        for (const p of procs.reverse()) await p.stop();
        for (const d of drops) await d();
      },
    };
  } catch (e) {
    for (const p of procs) await p.stop();
    for (const d of drops) await d();
    throw e;
  }
}

// the HTTP helpers live in http.ts (one module for every e2e file); re-exported for the importers of support.ts
export { get, nib, post } from './http';
