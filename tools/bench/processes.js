// Helpers of the benches that run the services as processes (the built dist/ of each, as in production).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');

/** A free TCP port on 127.0.0.1. */
async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

/**
 * Starts `script` (default dist/services/<name>/src/main.js) with `env` only (plus PATH); its last output is kept for
 * errors. BENCH_CPU_PROF=<dir>: the process writes a V8 CPU profile there (<name>.cpuprofile) when it stops (open it in
 * Chrome DevTools); BENCH_NODE_ARGS: more node flags for every process.
 */
function startProcess(root, name, env, script = path.join(root, 'dist/services', name, 'src/main.js')) {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF
        ? ['--cpu-prof', '--cpu-prof-dir', path.resolve(process.env.BENCH_CPU_PROF), '--cpu-prof-name', `${name}.cpuprofile`]
        : []),
      ...(process.env.BENCH_NODE_ARGS || '').split(' ').filter(Boolean),
      '-r',
      path.join(root, 'tools/register-paths.js'),
      script,
    ],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (d) => (out = (out + d).slice(-8000)));
  child.stderr.on('data', (d) => (out = (out + d).slice(-8000)));
  const exited = new Promise((r) => child.once('exit', r));
  return {
    name,
    child,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      // a process writing its CPU profile on the way out needs longer than one that only closes its connections
      const t = setTimeout(() => child.kill('SIGKILL'), process.env.BENCH_CPU_PROF ? 60000 : 10000);
      await exited;
      clearTimeout(t);
    },
  };
}

/** Waits until `url` answers 200 (the process must not exit meanwhile). */
async function waitReady(url, proc, timeoutMs = 120000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (proc.child.exitCode !== null) throw new Error(`${proc.name} exited:\n${proc.output()}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > end) throw new Error(`${proc.name} not ready at ${url}:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

/** Peak resident memory of a process (VmHWM), in MB. */
function peakRssMb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : NaN;
  } catch {
    return NaN;
  }
}

/** CPU seconds (user + system) a process used so far; 0 once it is gone. */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The URL of database `name` on the server of `serverUrl`. */
function dbUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * CPU seconds the processes of a pipeline use during `work`: each process, and PostgreSQL's backends of the bench's
 * databases `dbNames` (a CPU-bound figure, steadier than wall time on a busy machine shared with other runs).
 */
async function cpuOf(pg, pgUrl, dbNames, procs, work) {
  const backends = async () => {
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    try {
      return (await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = ANY($1)`, [dbNames])).rows.map((r) => r.pid);
    } finally {
      await c.end();
    }
  };
  const before = new Map([
    ...procs.map((p) => [p.name, cpuSeconds(p.child.pid)]),
    ...(await backends()).map((pid) => [pid, cpuSeconds(pid)]),
  ]);
  const result = await work();
  const cpu = {};
  for (const p of procs) cpu[p.name] = +(cpuSeconds(p.child.pid) - before.get(p.name)).toFixed(2);
  cpu.postgres = +(await backends()).reduce((sum, pid) => sum + cpuSeconds(pid) - (before.get(pid) ?? 0), 0).toFixed(2);
  return { result, cpu };
}

/** An access token of the sandbox administrator client (every scope) from the gateway at `base`. */
async function sandboxAdminToken(base) {
  const res = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: 'sandbox-admin',
      client_secret: 'sandbox-admin-secret-0000000000000001',
    }),
  });
  if (res.status !== 200) throw new Error(`token refused: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/**
 * The environment of a sandbox gateway in front of the jobs service and identity only (every other service unreachable),
 * rate limits out of the way: the search benches' gateway.
 */
function searchGatewayEnv({ databaseUrl, events, personIdSecret, callerSecret, port, jobs, identity }) {
  const dead = '127.0.0.1:1';
  return {
    DATABASE_URL: databaseUrl,
    ...events,
    PERSON_ID_SECRET: personIdSecret,
    CALLER_SIGNING_SECRET: callerSecret,
    HOST: '127.0.0.1',
    PORT: String(port),
    SANDBOX: 'true',
    NODE_ENV: 'development',
    JOBS_GRPC_URL: jobs,
    IDENTITY_GRPC_URL: identity,
    INTEGRATION_GRPC_URL: dead,
    TRAINING_GRPC_URL: dead,
    CERTIFICATION_GRPC_URL: dead,
    PLACEMENT_GRPC_URL: dead,
    ENTREPRENEURSHIP_GRPC_URL: dead,
    RATE_LIMIT_PER_MINUTE: '10000000',
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    GRPC_DEADLINE_MS: '10000',
  };
}

/**
 * Starts a sandbox identity service (the token endpoint's issuer and the JWK set the gateways verify with) from `root`
 * and waits until it is live; resolves to the process and its gRPC address.
 */
async function startSandboxIdentity(root, { databaseUrl, events, personIdSecret, callerSecret, signingKey }) {
  const grpcPort = await freePort();
  const opsPort = await freePort();
  const proc = startProcess(root, 'identity', {
    DATABASE_URL: databaseUrl,
    ...events,
    PERSON_ID_SECRET: personIdSecret,
    CALLER_SIGNING_SECRET: callerSecret,
    AUTH_SIGNING_KEY: signingKey,
    AUTH_ACCESS_TTL_S: '3600',
    SANDBOX: 'true',
    NODE_ENV: 'development',
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: String(grpcPort),
    METRICS_PORT: String(opsPort),
  });
  await waitReady(`http://127.0.0.1:${opsPort}/health/live`, proc);
  return { proc, address: `127.0.0.1:${grpcPort}` };
}

module.exports = {
  cpuOf,
  cpuSeconds,
  dbUrl,
  freePort,
  peakRssMb,
  sandboxAdminToken,
  searchGatewayEnv,
  startProcess,
  startSandboxIdentity,
  waitReady,
};
