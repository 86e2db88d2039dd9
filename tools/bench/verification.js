#!/usr/bin/env node
// `node tools/bench/verification.js`: Sertihub verification throughput (not part of `npm test`).
//  1. builds identity, certification and the gateway (SWC) and starts them in this process on throw-away databases
//     (in-process event bus; the gateway's per-IP limit raised so the load is not refused);
//  2. issues BENCH_VC_CERTIFICATES certificates (gRPC, the platform itself) and reads their credentials;
//  3. raw verification of the same credentials, keys imported once from the DID document, in two ways: the library alone
//     (`jose` compactVerify) and node:crypto's Ed25519 verify (the primitive the service itself uses), credentials/s; the
//     baseline is the faster of the two (the cheapest honest way to verify them: a ratio against the slower one would flatter);
//  4. batch verification of the same credentials through the gateway (POST /v1/verify/batch, 1,000 per request), credentials/s,
//     side by side with the raw baseline (target: at least 50% of raw), and the certification service alone over gRPC;
//  5. public single verification (GET /v1/verify?number=, no token) at BENCH_VC_CLIENTS concurrent clients: p50 / p95.
// Every measured path runs one unmeasured warm-up round first; figures are medians over the rounds, per wall-clock second and
// per CPU-second of this process (the CPU figures are the ones to trust on a busy machine; PostgreSQL is not counted).
// Environment: BENCH_VC_CERTIFICATES (1000), BENCH_VC_ROUNDS (5), BENCH_VC_CLIENTS (16), BENCH_VC_REQUESTS (2000),
// DATABASE_URL base (postgres://postgres@127.0.0.1:5432/postgres); BENCH_VC_CPU_PROF=<file.cpuprofile>: a V8 CPU profile of
// the gateway batch rounds only (gateway and certification run in this process; open it in Chrome DevTools).
const { execFileSync } = require('node:child_process');
const { createPublicKey, verify: edVerify } = require('node:crypto');
const path = require('node:path');
const { sandboxAdminToken } = require('./processes');

const ROOT = path.resolve(__dirname, '../..');
const N = Number(process.env.BENCH_VC_CERTIFICATES || 1000);
const ROUNDS = Number(process.env.BENCH_VC_ROUNDS || 5);
const CLIENTS = Number(process.env.BENCH_VC_CLIENTS || 16);
const REQUESTS = Number(process.env.BENCH_VC_REQUESTS || 2000);
const BASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const SECRET = 'bench-person-id-secret-0000000000000000';
const log = (m) => process.stderr.write(`[bench:verification] ${m}\n`);
/** A start mark for {@link rates}: wall clock and this process's CPU time. */
const clock = () => ({ wall: process.hrtime.bigint(), cpu: process.cpuUsage() });
/** n items since `t`: per wall-clock second and per CPU-second (user + system, every thread of this process). */
function rates(t, n) {
  const wall = Number(process.hrtime.bigint() - t.wall) / 1e9;
  const used = process.cpuUsage(t.cpu);
  return { wall: n / wall, cpu: n / ((used.user + used.system) / 1e6) };
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  log('building identity, certification, gateway (SWC)');
  execFileSync(process.execPath, [path.join(ROOT, 'tools/build.js'), 'services/identity', 'services/certification', 'services/gateway'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  require('../register-paths');
  const { ensureDatabaseExists, dropDatabase } = require('../../dist/libs/persistence/src/index.js');
  const { startService } = require('../../dist/libs/service-kit/src/index.js');
  const { createServiceClient } = require('../../dist/libs/grpc/src/index.js');
  const { identityService } = require('../../dist/services/identity/src/identity.module.js');
  const { certificationService } = require('../../dist/services/certification/src/certification.module.js');
  const { startGateway } = require('../../dist/services/gateway/src/app.js');
  const { compactVerify, decodeProtectedHeader, importJWK } = require('jose');

  const stamp = Date.now().toString(36);
  const dbs = ['identity', 'certification', 'gateway'].map((n) => {
    const u = new URL(BASE_URL);
    u.pathname = `/bench_vc_${n}_${stamp}`;
    return u.toString();
  });
  for (const u of dbs) await ensureDatabaseExists(u);
  const env = (url, extra = {}) => ({
    DATABASE_URL: url,
    EVENT_BUS: 'inprocess',
    PERSON_ID_SECRET: SECRET,
    GRPC_HOST: '127.0.0.1',
    GRPC_PORT: '0',
    METRICS_PORT: '0',
    LOG_LEVEL: 'silent',
    ...extra,
  });
  const identity = await startService(identityService, env(dbs[0], { SANDBOX: 'true' }));
  const certification = await startService(certificationService, env(dbs[1]));
  const gw = await startGateway({
    ...env(dbs[2]),
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX: 'true',
    IDENTITY_GRPC_URL: `127.0.0.1:${identity.grpcPort}`,
    CERTIFICATION_GRPC_URL: `127.0.0.1:${certification.grpcPort}`,
    RATE_LIMIT_IP_PER_MINUTE: '10000000',
    RATE_LIMIT_BULK_PER_MINUTE: '10000000',
  });
  const client = createServiceClient('certification', `127.0.0.1:${certification.grpcPort}`);
  try {
    log(`issuing ${N} certificates`);
    const lsp = await client.createLsp({
      lsp: {
        name: 'LSP Bench',
        lspType: 'LSP_TYPE_P3',
        licenceNumber: `BENCH-${stamp}`,
        licenceValidUntil: '2030-12-31',
        regionCode: '33.74',
      },
    });
    const scheme = await client.createScheme({
      scheme: {
        code: `SKM-BENCH-${stamp}`,
        name: 'Junior Web Developer',
        schemeType: 'SCHEME_TYPE_KKNI',
        kkniLevel: 3,
        competencyUnits: ['J.620100.001.01', 'J.620100.002.01', 'J.620100.004.02'],
        lspId: lsp.id,
      },
    });
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const certs = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < N) {
          const i = next++;
          // a NIK of regency 33.74 born 1990-05-15, serial i + 1
          const nik = `337401150590${String(i + 1).padStart(4, '0')}`;
          const c = await client.issueCertificate({
            schemeId: scheme.id,
            holder: { nik, name: 'Peserta Bench' },
            number: `BENCH ${stamp.toUpperCase()} ${i}`,
            issueDate: today,
          });
          certs.push({ number: c.number, jwt: (await client.getCertificateCredential({ id: c.id })).jwt });
        }
      }),
    );
    const did = JSON.parse((await client.getIssuerDocuments({})).didDocumentJson);
    const keys = new Map();
    const keyObjects = new Map();
    for (const m of did.verificationMethod) {
      keys.set(m.id, await importJWK(m.publicKeyJwk, 'EdDSA'));
      keyObjects.set(m.id, createPublicKey({ key: m.publicKeyJwk, format: 'jwk' }));
    }

    log(`raw verification of ${certs.length} credentials (jose alone, then node:crypto alone), ${ROUNDS} rounds`);
    const joseRates = [];
    for (let r = -1; r < ROUNDS; r++) {
      const t = clock();
      for (const c of certs) await compactVerify(c.jwt, keys.get(decodeProtectedHeader(c.jwt).kid), { algorithms: ['EdDSA'] });
      if (r >= 0) joseRates.push(rates(t, certs.length)); // round -1 warms up (JIT, connections), unmeasured
    }
    const cryptoRates = [];
    for (let r = -1; r < ROUNDS; r++) {
      const t = clock();
      for (const c of certs) {
        const [h, p, sig] = c.jwt.split('.');
        const { kid } = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
        if (!edVerify(null, Buffer.from(`${h}.${p}`), keyObjects.get(kid), Buffer.from(sig, 'base64url')))
          throw new Error('raw verify failed');
      }
      if (r >= 0) cryptoRates.push(rates(t, certs.length)); // round -1 warms up (JIT, connections), unmeasured
    }

    log(`batch verification through the gateway (${Math.ceil(certs.length / 1000)} request(s) per round), ${ROUNDS} rounds`);
    const token = await sandboxAdminToken(gw.url);
    const batchRates = [];
    const profiler = process.env.BENCH_VC_CPU_PROF ? await startProfiler() : undefined;
    for (let r = -1; r < ROUNDS; r++) {
      const t = clock();
      for (let i = 0; i < certs.length; i += 1000) {
        const res = await fetch(`${gw.url}/v1/verify/batch`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ items: certs.slice(i, i + 1000).map((c) => ({ credential: c.jwt })) }),
        });
        const body = await res.json();
        if (res.status !== 200 || body.results.some((x) => x.result !== 'VALID')) throw new Error(`batch failed: ${res.status}`);
      }
      if (r >= 0) batchRates.push(rates(t, certs.length)); // round -1 warms up (JIT, connections), unmeasured
    }
    if (profiler) await profiler.stop(process.env.BENCH_VC_CPU_PROF);
    // the certification service alone (gRPC, no gateway): where the gateway's share of the time shows
    log('batch verification by the certification service alone (gRPC)');
    const grpcRates = [];
    for (let r = -1; r < ROUNDS; r++) {
      const t = clock();
      for (let i = 0; i < certs.length; i += 1000)
        await client.batchVerifyCredentials({
          items: certs.slice(i, i + 1000).map((c) => ({ credential: c.jwt, number: '', qrContent: '' })),
        });
      if (r >= 0) grpcRates.push(rates(t, certs.length)); // round -1 warms up (JIT, connections), unmeasured
    }
    const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
    // wall-clock rates, and rates per CPU-second of this process (bench client, gateway and certification service; PostgreSQL
    // is another process): the CPU figures hold on a busy machine, where wall-clock ones follow the other load
    const med = (list, k) => median(list.map((x) => x[k]));
    const figures = (k) => {
      const rawJose = med(joseRates, k);
      const rawCrypto = med(cryptoRates, k);
      const raw = Math.max(rawJose, rawCrypto);
      const batch = med(batchRates, k);
      return { rawJose, rawCrypto, raw, batch, grpc: med(grpcRates, k), share: batch / raw };
    };
    const wall = figures('wall');
    const cpu = figures('cpu');
    console.log(
      JSON.stringify({
        scenario: 'batch verification of credentials',
        credentials: certs.length,
        rounds: ROUNDS,
        rawJoseCredentialsPerSecond: Math.round(wall.rawJose),
        rawNodeCryptoCredentialsPerSecond: Math.round(wall.rawCrypto),
        rawBaseline: wall.rawCrypto >= wall.rawJose ? 'node:crypto' : 'jose',
        rawCredentialsPerSecond: Math.round(wall.raw),
        serviceGrpcBatchCredentialsPerSecond: Math.round(wall.grpc),
        gatewayBatchCredentialsPerSecond: Math.round(wall.batch),
        shareOfRaw: +wall.share.toFixed(2),
        target50PercentOfRaw: wall.share >= 0.5 ? 'met' : 'MISSED',
        perCpuSecond: {
          rawJose: Math.round(cpu.rawJose),
          rawNodeCrypto: Math.round(cpu.rawCrypto),
          serviceGrpcBatch: Math.round(cpu.grpc),
          gatewayBatch: Math.round(cpu.batch),
          shareOfRaw: +cpu.share.toFixed(2),
        },
      }),
    );

    log(`public single verification, ${CLIENTS} clients`);
    const times = [];
    let sent = 0;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (sent < REQUESTS) {
          const c = certs[sent++ % certs.length];
          const t = process.hrtime.bigint();
          const res = await fetch(`${gw.url}/v1/verify?number=${encodeURIComponent(c.number)}`);
          await res.json();
          if (res.status !== 200) throw new Error(`verify failed: ${res.status}`);
          times.push(Number(process.hrtime.bigint() - t) / 1e6);
        }
      }),
    );
    const s = times.sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        scenario: 'public single verification (GET /v1/verify?number=)',
        clients: CLIENTS,
        n: s.length,
        p50: +pct(s, 50).toFixed(1),
        p95: +pct(s, 95).toFixed(1),
        rps: Math.round((s.length * 1000) / (Date.now() - started)),
      }),
    );
  } finally {
    client.close();
    await gw.close();
    await certification.stop();
    await identity.stop();
    for (const u of dbs) await dropDatabase(u);
  }
  process.exit(0);
}

/** node:inspector CPU profiler of this process, from now until stop(file). */
async function startProfiler() {
  const inspector = require('node:inspector');
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((res, rej) => session.post(method, params, (e, r) => (e ? rej(e) : res(r))));
  await post('Profiler.enable');
  await post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await post('Profiler.stop');
      require('node:fs').writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      log(`CPU profile of the gateway batch rounds: ${file}`);
    },
  };
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
