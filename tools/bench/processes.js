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
      const t = setTimeout(() => child.kill('SIGKILL'), 10000);
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

module.exports = { cpuOf, cpuSeconds, dbUrl, freePort, peakRssMb, startProcess, waitReady };
