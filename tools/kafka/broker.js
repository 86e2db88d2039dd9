'use strict';
/**
 * Real single-node Apache Kafka broker (KRaft, broker+controller in one JVM) for
 * integration tests and CI, run from jars fetched from Maven Central (no Docker).
 *
 *   const { startBroker } = require('./tools/kafka/broker');
 *   const kafka = await startBroker({ dataDir });   // { brokers, port, pid, dataDir, stop }
 *   ...
 *   await kafka.stop();
 *
 * CLI:
 *   node tools/kafka/broker.js fetch
 *   node tools/kafka/broker.js up   [--port 9092] [--controller-port N] [--data DIR]
 *   node tools/kafka/broker.js down [--data DIR]
 *
 * Only node built-ins and kafkajs. See README.md in this folder.
 */

const { spawn } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const net = require('net');
const path = require('path');

const TOOL_DIR = __dirname;
const REPO_ROOT = path.resolve(TOOL_DIR, '..', '..');
const POM = path.join(TOOL_DIR, 'pom.xml');
const LIB_DIR = path.join(TOOL_DIR, 'lib');
const DEFAULT_DATA_DIR = path.join(REPO_ROOT, '.tmp', 'kafka');
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const MAIN_CLASS = 'kafka.Kafka';

function log(msg) {
  process.stderr.write(`[kafka] ${msg}\n`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Kafka version = <kafka.version> in pom.xml (single source of truth). */
function kafkaVersion() {
  const pom = fs.readFileSync(POM, 'utf8');
  const m = pom.match(/<kafka\.version>\s*([^<\s]+)\s*<\/kafka\.version>/);
  if (!m) throw new Error(`cannot find <kafka.version> in ${POM}`);
  return m[1];
}

function markerPath(dir, version) {
  return path.join(dir, `.fetched-kafka-${version}`);
}

function jarsComplete(dir, version) {
  const marker = markerPath(dir, version);
  if (!fs.existsSync(marker)) return false;
  const jars = fs.readFileSync(marker, 'utf8').split('\n').filter(Boolean);
  if (jars.length === 0) return false;
  return jars.every((j) => fs.existsSync(path.join(dir, j)));
}

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], ...opts });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

/**
 * Fetch the broker jars into tools/kafka/lib (via Maven) unless they are already
 * there for the current version. Progress goes to stderr.
 */
async function ensureJars() {
  const version = kafkaVersion();
  if (jarsComplete(LIB_DIR, version)) return LIB_DIR;

  const mvn = process.env.MVN || 'mvn';
  const tmp = path.join(TOOL_DIR, `lib.tmp-${process.pid}-${Date.now()}`);
  log(`fetching Apache Kafka ${version} jars from Maven Central into ${path.relative(REPO_ROOT, LIB_DIR)}/ ...`);
  const t0 = Date.now();
  const res = await run(mvn, [
    '-q',
    '-B',
    '-f',
    POM,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${tmp}`,
    '-DincludeScope=runtime',
  ]).catch((e) => {
    throw new Error(`cannot run '${mvn}' (is Maven installed?): ${e.message}`);
  });
  if (res.code !== 0) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`mvn dependency:copy-dependencies failed (exit ${res.code}):\n${res.out.slice(-4000)}`);
  }
  const jars = fs
    .readdirSync(tmp)
    .filter((f) => f.endsWith('.jar'))
    .sort();
  if (!jars.some((j) => j.startsWith('kafka_2.13-'))) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`mvn finished but no kafka_2.13 jar in ${tmp}:\n${res.out.slice(-4000)}`);
  }
  fs.writeFileSync(markerPath(tmp, version), jars.join('\n') + '\n');

  // Swap into place; tolerate a concurrent fetch having won the race.
  if (!jarsComplete(LIB_DIR, version)) {
    fs.rmSync(LIB_DIR, { recursive: true, force: true });
    try {
      fs.renameSync(tmp, LIB_DIR);
    } catch (e) {
      if (!jarsComplete(LIB_DIR, version)) throw e;
    }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  log(`fetched ${jars.length} jars in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return LIB_DIR;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

async function waitPortFree(port, ms) {
  const end = Date.now() + ms;
  for (;;) {
    if (await portIsFree(port)) return true;
    if (Date.now() > end) return false;
    await sleep(200);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function pidAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return e.code === 'EPERM';
  }
  // A zombie still answers kill(0); treat it as dead.
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    if (state === 'Z' || state === 'X') return false;
  } catch {
    /* no /proc: trust kill(0) */
  }
  return true;
}

/** True if pid is (still) the Kafka JVM started for this data dir. */
function isOurBroker(pid, dataDir) {
  if (!pidAlive(pid)) return false;
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmd.includes(MAIN_CLASS) && cmd.includes(path.join(dataDir, 'server.properties'));
  } catch {
    return true; // no /proc (not Linux): assume it is
  }
}

/** Tail of the log written since byte `from` (this start attempt), led by its first ERROR lines. */
function tail(file, from = 0, lines = 40) {
  let text;
  try {
    const buf = fs.readFileSync(file);
    text = buf.subarray(Math.min(from, buf.length)).toString('utf8');
  } catch (e) {
    return `(cannot read ${file}: ${e.message})`;
  }
  const all = text.split('\n');
  const errors = all.filter((l) => / (ERROR|FATAL) |^Error|Exception:/.test(l)).slice(0, 5);
  const last = all.slice(-lines - 1).join('\n');
  return (errors.length ? `first errors:\n${errors.join('\n')}\n--- last ${lines} lines ---\n` : '') + last;
}

/** Ports from the server.properties of the previous start on this data dir ({} if none). */
function lastPorts(dataDir) {
  try {
    const props = fs.readFileSync(path.join(dataDir, 'server.properties'), 'utf8');
    const m = props.match(/^listeners=PLAINTEXT:\/\/127\.0\.0\.1:(\d+),CONTROLLER:\/\/127\.0\.0\.1:(\d+)\s*$/m);
    return m ? { port: Number(m[1]), controllerPort: Number(m[2]) } : {};
  } catch {
    return {};
  }
}

function serverProperties({ port, controllerPort, logDirs }) {
  return [
    '# Generated by tools/kafka/broker.js — rewritten on every start.',
    'process.roles=broker,controller',
    'node.id=1',
    `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
    `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
    'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.listener.names=CONTROLLER',
    'inter.broker.listener.name=PLAINTEXT',
    `log.dirs=${logDirs}`,
    '',
    '# single node',
    'num.partitions=3',
    'default.replication.factor=1',
    'min.insync.replicas=1',
    'offsets.topic.replication.factor=1',
    'offsets.topic.num.partitions=10',
    'transaction.state.log.replication.factor=1',
    'transaction.state.log.min.isr=1',
    'transaction.state.log.num.partitions=5',
    'share.coordinator.state.topic.replication.factor=1',
    'share.coordinator.state.topic.min.isr=1',
    'group.initial.rebalance.delay.ms=0',
    'auto.create.topics.enable=true',
    'delete.topic.enable=true',
    '',
    '# small footprint',
    'num.network.threads=2',
    'num.io.threads=4',
    'background.threads=4',
    'num.recovery.threads.per.data.dir=1',
    'num.replica.fetchers=1',
    'log.segment.bytes=8388608',
    'log.index.size.max.bytes=1048576',
    'log.retention.hours=168',
    'log.cleaner.threads=1',
    'log.cleaner.dedupe.buffer.size=8388608',
    'metadata.log.segment.bytes=8388608',
    '',
  ].join('\n');
}

// Log4j 2 (Kafka >= 4.0) and Log4j 1 / reload4j (Kafka 3.x) configs: everything to the
// JVM's stdout, which is redirected to the broker log file (never to our stdout).
const LOG4J2 = `status = warn
shutdownHook = disable
appender.out.type = Console
appender.out.name = OUT
appender.out.target = SYSTEM_OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.out.ref = OUT
logger.reqlog.name = kafka.request.logger
logger.reqlog.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
logger.clients.name = org.apache.kafka.clients
logger.clients.level = WARN
`;
const LOG4J1 = `log4j.rootLogger=INFO, out
log4j.appender.out=org.apache.log4j.ConsoleAppender
log4j.appender.out.layout=org.apache.log4j.PatternLayout
log4j.appender.out.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.request.logger=WARN
log4j.logger.state.change.logger=WARN
log4j.logger.org.apache.kafka.clients=WARN
`;

function javaBin() {
  return process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function jvmArgs(dataDir) {
  return [
    '-Xms128m',
    '-Xmx512m',
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:TieredStopAtLevel=1',
    '-Xshare:auto',
    '-Djava.awt.headless=true',
    '-Dlog4j2.shutdownHookEnabled=false', // keep logging while Kafka shuts down
    `-Dlog4j2.configurationFile=${path.join(dataDir, 'log4j2.properties')}`,
    `-Dlog4j.configuration=file:${path.join(dataDir, 'log4j.properties')}`,
    `-Dkafka.logs.dir=${dataDir}`,
    '-cp',
    path.join(LIB_DIR, '*'),
  ];
}

async function formatStorage({ dataDir, logDirs, propsFile, logFile }) {
  if (fs.existsSync(path.join(logDirs, 'meta.properties'))) return false;
  // Random cluster id: 16 random bytes, base64url without padding (Kafka's Uuid format).
  // (an id starting with '-' would be read as an option by kafka-storage, so draw again)
  let clusterId;
  do clusterId = crypto.randomBytes(16).toString('base64url');
  while (clusterId.startsWith('-'));
  const res = await run(javaBin(), [
    ...jvmArgs(dataDir),
    'kafka.tools.StorageTool',
    'format',
    '--config',
    propsFile,
    '--cluster-id',
    clusterId,
    '--ignore-formatted',
  ]);
  fs.appendFileSync(logFile, `\n===== storage format (cluster id ${clusterId}) =====\n${res.out}\n`);
  if (res.code !== 0) {
    throw new Error(`kafka-storage format failed (exit ${res.code}):\n${res.out.slice(-4000)}`);
  }
  return true;
}

/** Java's String.hashCode, as Kafka uses to map a group id to a __consumer_offsets partition. */
function javaHashCode(str) {
  let h = 0;
  for (let i = 0; i < str.length; i++) h = (Math.imul(31, h) + str.charCodeAt(i)) | 0;
  return h;
}

/**
 * Resolves once every __consumer_offsets partition answers OffsetFetch (creating the
 * topic on a fresh broker): one probe group id per partition. Throws while loading.
 */
async function groupCoordinatorReady(admin) {
  const OFFSETS = '__consumer_offsets';
  if (!(await admin.listTopics()).includes(OFFSETS)) {
    // FindCoordinator auto-creates the topic; this probe fails until it is there.
    await admin.fetchOffsets({ groupId: 'kafka-broker-ready-probe', topics: [] });
    throw new Error(`${OFFSETS} not created yet`);
  }
  const md = await admin.fetchTopicMetadata({ topics: [OFFSETS] });
  const n = md.topics[0].partitions.length;
  const groups = new Map();
  for (let i = 0; groups.size < n && i < 100 * n; i++) {
    const g = `kafka-broker-ready-probe-${i}`;
    const h = javaHashCode(g);
    const p = (h === -2147483648 ? 0 : Math.abs(h)) % n;
    if (!groups.has(p)) groups.set(p, g);
  }
  await Promise.all([...groups.values()].map((groupId) => admin.fetchOffsets({ groupId, topics: [OFFSETS] })));
}

async function waitReady({ brokers, child, logFile, logOffset, timeoutMs }) {
  const { Kafka, logLevel } = require('kafkajs');
  const kafka = new Kafka({
    clientId: 'kafka-broker-ready-check',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `Kafka broker exited during startup (code ${child.exitCode}, signal ${child.signalCode}). ` +
          `Tail of ${logFile}:\n${tail(logFile, logOffset)}`,
      );
    }
    const admin = kafka.admin();
    try {
      await admin.connect();
      const cluster = await admin.describeCluster();
      if (cluster.brokers.length > 0 && cluster.controller !== null && cluster.controller !== undefined) {
        // describeCluster answers before the group coordinator has loaded
        // __consumer_offsets; until then offset APIs fail with NOT_COORDINATOR /
        // COORDINATOR_LOAD_IN_PROGRESS (notably right after a restart). Wait for it too.
        await groupCoordinatorReady(admin);
        return cluster;
      }
      lastErr = new Error(`describeCluster not ready yet: ${JSON.stringify(cluster)}`);
    } catch (e) {
      lastErr = e;
    } finally {
      await admin.disconnect().catch(() => {});
    }
    await sleep(250);
  }
  throw new Error(
    `Kafka broker at ${brokers} not ready after ${timeoutMs / 1000}s ` +
      `(last error: ${lastErr && lastErr.message}). Tail of ${logFile}:\n${tail(logFile, logOffset)}`,
  );
}

function waitExit(child, pid, ms) {
  if (child) {
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), ms);
      child.once('exit', () => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }
  return (async () => {
    const end = Date.now() + ms;
    while (Date.now() < end) {
      if (!pidAlive(pid)) return true;
      await sleep(100);
    }
    return !pidAlive(pid);
  })();
}

async function stopPid(pid, child) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch (e) {
    if (e.code === 'ESRCH') return;
    throw e;
  }
  if (await waitExit(child, pid, STOP_TIMEOUT_MS)) return;
  log(`broker pid ${pid} did not exit ${STOP_TIMEOUT_MS / 1000}s after SIGTERM; sending SIGKILL`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch (e) {
    if (e.code === 'ESRCH') return;
    throw e;
  }
  await waitExit(child, pid, 10_000);
}

// Brokers started in library (non-detached) mode get SIGTERM if this process exits.
const liveChildren = new Set();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const c of liveChildren) {
      try {
        c.kill('SIGTERM');
      } catch {
        /* ignore */
      }
    }
  });
}

/**
 * Start a single-node KRaft broker.
 * @param {object}  [opts]
 * @param {number}  [opts.port]            client port (PLAINTEXT). Default: the port used last
 *                                         time with this dataDir if free, else a free one.
 * @param {number}  [opts.controllerPort]  controller port. Same defaulting as port.
 * @param {string}  [opts.dataDir]         default <repo>/.tmp/kafka. Formatted on first use;
 *                                         reusing it keeps topics, messages and offsets.
 * @param {string}  [opts.logFile]         default <dataDir>/broker.log (JVM stdout+stderr).
 * @param {number}  [opts.timeoutMs]       readiness timeout, default 60000.
 * @param {boolean} [opts.detached]        true: broker outlives this process (CLI `up`).
 *                                         false (default): SIGTERM'd when this process exits.
 * @returns {Promise<{brokers: string, port: number, controllerPort: number, pid: number,
 *                    dataDir: string, logFile: string, stop: () => Promise<void>}>}
 */
async function startBroker({ port, controllerPort, dataDir, logFile, timeoutMs = READY_TIMEOUT_MS, detached = false } = {}) {
  await ensureJars();
  dataDir = path.resolve(dataDir || DEFAULT_DATA_DIR);
  fs.mkdirSync(dataDir, { recursive: true });
  logFile = path.resolve(logFile || path.join(dataDir, 'broker.log'));
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const stateFile = path.join(dataDir, 'broker.json');
  const prev = readJson(stateFile);

  if (prev && prev.pid && isOurBroker(prev.pid, dataDir)) {
    throw new Error(
      `a Kafka broker (pid ${prev.pid}, ${prev.brokers}) is already running on ${dataDir}; ` +
        `stop it first (node tools/kafka/broker.js down --data ${dataDir})`,
    );
  }

  // Ports: explicit > last used with this data dir (if free) > random free port.
  const last = lastPorts(dataDir);
  if (!port && last.port && (await portIsFree(last.port))) port = last.port;
  if (!port) port = await freePort();
  if (!controllerPort && last.controllerPort && last.controllerPort !== port && (await portIsFree(last.controllerPort))) {
    controllerPort = last.controllerPort;
  }
  while (!controllerPort || controllerPort === port) controllerPort = await freePort();
  port = Number(port);
  controllerPort = Number(controllerPort);
  for (const p of [port, controllerPort]) {
    // A just-stopped broker may still hold it for a moment.
    if (!(await waitPortFree(p, 5000))) {
      throw new Error(`port 127.0.0.1:${p} is already in use (another Kafka broker running?)`);
    }
  }

  const logDirs = path.join(dataDir, 'kraft-logs');
  const propsFile = path.join(dataDir, 'server.properties');
  fs.writeFileSync(propsFile, serverProperties({ port, controllerPort, logDirs }));
  fs.writeFileSync(path.join(dataDir, 'log4j2.properties'), LOG4J2);
  fs.writeFileSync(path.join(dataDir, 'log4j.properties'), LOG4J1);

  const t0 = Date.now();
  const formatted = await formatStorage({ dataDir, logDirs, propsFile, logFile });

  const brokers = `127.0.0.1:${port}`;
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const fd = fs.openSync(logFile, 'a');
  fs.writeSync(fd, `\n===== ${new Date().toISOString()} starting Kafka ${kafkaVersion()} on ${brokers} =====\n`);
  let child;
  try {
    child = spawn(javaBin(), [...jvmArgs(dataDir), MAIN_CLASS, propsFile], {
      cwd: dataDir,
      stdio: ['ignore', fd, fd],
      detached: true, // own process group: terminal ^C / test-runner signals go through stop()
    });
  } finally {
    fs.closeSync(fd);
  }
  await new Promise((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (e) => reject(new Error(`cannot run '${javaBin()}' (Java 17+ needed): ${e.message}`)));
  });
  child.unref(); // never keep the parent's event loop alive
  const pid = child.pid;
  if (!detached) {
    installExitHook();
    liveChildren.add(child);
    child.once('exit', () => liveChildren.delete(child));
  }
  const state = { pid, brokers, port, controllerPort, dataDir, logFile, version: kafkaVersion(), startedAt: new Date().toISOString() };
  fs.writeFileSync(stateFile, JSON.stringify(state, null, 2) + '\n');

  try {
    await waitReady({ brokers, child, logFile, logOffset, timeoutMs });
  } catch (e) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* ignore */
    }
    await waitExit(child, pid, 5000);
    fs.rmSync(stateFile, { force: true });
    throw e;
  }
  const ms = Date.now() - t0;

  let stopping = null;
  const stop = () => {
    if (!stopping) {
      stopping = (async () => {
        await stopPid(pid, child);
        liveChildren.delete(child);
        const cur = readJson(stateFile);
        if (cur && cur.pid === pid) fs.rmSync(stateFile, { force: true });
      })();
    }
    return stopping;
  };

  return { ...state, formatted, startupMs: ms, stop };
}

/** Stop the broker recorded in <dataDir>/broker.json (if any). Returns true if one was stopped. */
async function stopBroker({ dataDir } = {}) {
  dataDir = path.resolve(dataDir || DEFAULT_DATA_DIR);
  const stateFile = path.join(dataDir, 'broker.json');
  const state = readJson(stateFile);
  let stopped = false;
  if (state && state.pid && isOurBroker(state.pid, dataDir)) {
    await stopPid(state.pid, null);
    stopped = true;
  }
  fs.rmSync(stateFile, { force: true });
  return stopped;
}

// ---------------------------------------------------------------- CLI
function parseArgs(argv) {
  const args = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      let [k, v] = a.includes('=') ? a.slice(2).split(/=(.*)/s) : [a.slice(2), undefined];
      if (v === undefined) v = argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : true;
      args[k] = v;
    } else {
      args._.push(a);
    }
  }
  return args;
}

const USAGE = `usage:
  node tools/kafka/broker.js fetch
  node tools/kafka/broker.js up   [--port 9092] [--controller-port N] [--data DIR]
  node tools/kafka/broker.js down [--data DIR]
default port: last one used with DIR, else 9092 if free, else a free one
default DIR: ${path.relative(process.cwd(), DEFAULT_DATA_DIR) || DEFAULT_DATA_DIR}`;

async function main(argv) {
  const args = parseArgs(argv);
  const cmd = args._[0];
  const dataDir = path.resolve(args.data || DEFAULT_DATA_DIR);
  switch (cmd) {
    case 'fetch':
      await ensureJars();
      log(`jars ready in ${LIB_DIR} (Kafka ${kafkaVersion()})`);
      return 0;
    case 'up': {
      const prev = readJson(path.join(dataDir, 'broker.json'));
      if (prev && prev.pid && isOurBroker(prev.pid, dataDir)) {
        log(`already running (pid ${prev.pid}) on ${dataDir}`);
        process.stdout.write(`KAFKA_BROKERS=${prev.brokers}\n`);
        return 0;
      }
      // No --port: the port this data dir used last time, else 9092 if free, else any free port.
      let port = args.port ? Number(args.port) : undefined;
      if (!port && !lastPorts(dataDir).port && (await portIsFree(9092))) port = 9092;
      const b = await startBroker({
        port,
        controllerPort: args['controller-port'] ? Number(args['controller-port']) : undefined,
        dataDir,
        detached: true,
      });
      log(`Kafka ${b.version} ready on ${b.brokers} (pid ${b.pid}, ${(b.startupMs / 1000).toFixed(1)}s; log ${b.logFile})`);
      process.stdout.write(`KAFKA_BROKERS=${b.brokers}\n`);
      return 0;
    }
    case 'down': {
      const stopped = await stopBroker({ dataDir });
      log(stopped ? `stopped broker on ${dataDir}` : `no running broker on ${dataDir}`);
      return 0;
    }
    default:
      process.stderr.write(USAGE + '\n');
      return cmd === undefined || cmd === 'help' || args.help ? 0 : 2;
  }
}

module.exports = { ensureJars, startBroker, stopBroker, kafkaVersion, DEFAULT_DATA_DIR, LIB_DIR };

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`[kafka] error: ${err && err.stack ? err.stack : err}\n`);
      process.exit(1);
    },
  );
}
