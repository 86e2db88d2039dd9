/**
 * Static checks of the deployment files: Dockerfile, docker-compose.yml and the k8s/base kustomization.
 * Nothing is built or started (no Docker; kubectl is optional): compose is parsed with `yaml`, the
 * kustomization is rendered by ./kustomize.ts and every manifest is validated against the official
 * Kubernetes schema (kubernetes-models' generated validators, through ./k8s-validate.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createPrivateKey } from 'node:crypto';
import { parse } from 'yaml';
import { createK8sValidator } from './k8s-validate';
import { parseManifests, renderKustomization, type Manifest, type RenderedManifest } from './kustomize';

type Obj = Record<string, any>;

const ROOT = path.resolve(__dirname, '../..');
const IMAGE = 'siapkerja/siapkerja:0.1.0';
const NAMESPACE = 'siapkerja';

type ServiceSpec = { kind: 'gateway'; httpPort: number } | { kind: 'grpc'; grpcPort: number; metricsPort: number };

/** The platform's services and their ports. Must equal the folders of services/ once it exists. */
const SERVICES: Record<string, ServiceSpec> = {
  gateway: { kind: 'gateway', httpPort: 3000 },
  jobs: { kind: 'grpc', grpcPort: 50051, metricsPort: 9101 },
  training: { kind: 'grpc', grpcPort: 50052, metricsPort: 9102 },
  certification: { kind: 'grpc', grpcPort: 50053, metricsPort: 9103 },
  placement: { kind: 'grpc', grpcPort: 50054, metricsPort: 9104 },
  entrepreneurship: { kind: 'grpc', grpcPort: 50055, metricsPort: 9105 },
  integration: { kind: 'grpc', grpcPort: 50057, metricsPort: 9107 },
  identity: { kind: 'grpc', grpcPort: 50056, metricsPort: 9106 },
};
/**
 * Who may reach a service's gRPC port: the gateway, plus the service-to-service calls the architecture names (the
 * integration service reads job-seeker records from jobs with the caller's authority). Nothing else.
 */
const GRPC_CALLERS: Record<string, string[]> = {
  jobs: ['gateway', 'integration'],
  // matches suggest Skillhub programs: jobs asks training
  training: ['gateway', 'integration', 'jobs'],
  placement: ['gateway', 'integration'],
  certification: ['gateway', 'training'],
  // the services that read unmasked personal data write identity's access log; entrepreneurship checks TKM mentors there
  identity: ['gateway', 'jobs', 'training', 'certification', 'integration', 'entrepreneurship'],
};
/** Services the HPA must scale (the gateway and the search-heavy ones). */
const AUTOSCALED = ['gateway', 'jobs'];
/** docker-compose services that are infrastructure, not a folder of services/. */
const COMPOSE_INFRA = ['postgres', 'kafka'];

function serviceFolders(): string[] | null {
  const dir = path.join(ROOT, 'services');
  if (!fs.existsSync(dir)) return null;
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

const FOLDERS = serviceFolders();
/**
 * What every check iterates over: the expected services plus any folder of services/ (a folder that is
 * not in SERVICES fails with a request to add its ports). The 'service list' test fails while the two differ.
 */
const SERVICE_NAMES = [...new Set([...Object.keys(SERVICES), ...(FOLDERS ?? [])])].sort();

function spec(name: string): ServiceSpec {
  const s = SERVICES[name];
  if (!s) throw new Error(`services/${name} is not in SERVICES of tools/deploy/deploy.spec.ts: add its ports there`);
  return s;
}
const grpcServices = () => SERVICE_NAMES.filter((n) => spec(n).kind === 'grpc');
const grpcUrlVar = (service: string) => `${service.toUpperCase()}_GRPC_URL`;

/**
 * Environment every service needs. The gateway, like the gRPC services, owns a database
 * (siapkerja_gateway), consumes events from Kafka (EVENT_BUS defaults to kafka) and derives person ids;
 * it also signs access tokens with AUTH_SIGNING_KEY (required in production, and both deployments
 * run NODE_ENV=production).
 */
function requiredEnv(name: string): string[] {
  const base = ['SERVICE', 'LOG_LEVEL', 'NODE_ENV', 'DATABASE_URL', 'KAFKA_BROKERS', 'PERSON_ID_SECRET'];
  // identity signs the access tokens (the gateway verifies them against identity's JWK Set) and seals their private keys
  if (name === 'identity') return [...base, 'GRPC_PORT', 'METRICS_PORT', 'AUTH_SIGNING_KEY', 'SIGNING_KEY_ENCRYPTION_KEY'];
  // certification seals the issuer's private signing keys with its key-encryption key (required in production)
  if (name === 'certification') return [...base, 'GRPC_PORT', 'METRICS_PORT', 'ISSUER_KEY_ENCRYPTION_KEY'];
  if (spec(name).kind === 'grpc') return [...base, 'GRPC_PORT', 'METRICS_PORT'];
  return [...base, 'PORT', 'GRPC_DEADLINE_MS', ...grpcServices().map(grpcUrlVar)];
}
/** The key-encryption key each service seals its private signing keys with (required in production). */
const KEK_VARIABLES: Record<string, string | undefined> = {
  identity: 'SIGNING_KEY_ENCRYPTION_KEY',
  certification: 'ISSUER_KEY_ENCRYPTION_KEY',
};
/** Boolean spellings libs/config's bool() accepts. */
const BOOLEANS = ['1', 'true', 'yes', 'on', '0', 'false', 'no', 'off'];

const readRepoFile = (rel: string) => fs.readFileSync(path.join(ROOT, rel), 'utf8');

/** Kubernetes quantity -> number (cores or bytes). */
function quantity(q: unknown): number {
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$/.exec(String(q));
  if (!m) throw new Error(`not a quantity: ${String(q)}`);
  const mult: Record<string, number> = {
    Ki: 2 ** 10,
    Mi: 2 ** 20,
    Gi: 2 ** 30,
    Ti: 2 ** 40,
    Pi: 2 ** 50,
    Ei: 2 ** 60,
    m: 1e-3,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
  };
  return Number(m[1]) * (m[2] ? mult[m[2]] : 1);
}

// ================================================================================================
describe('service list', () => {
  it('services/ folders are exactly the expected services', () => {
    expect(FOLDERS).toEqual(Object.keys(SERVICES).sort());
  });
});

// ================================================================================================
describe('Dockerfile and .dockerignore', () => {
  const dockerfile = readRepoFile('Dockerfile');
  // Join continuation lines so each instruction is one line.
  const instructions = dockerfile
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: string[][] = [];
  for (const line of instructions) {
    if (/^FROM\s/i.test(line)) stages.push([]);
    if (stages.length) stages[stages.length - 1].push(line);
  }
  const finalStage = stages[stages.length - 1] ?? [];

  it('is multi-stage on node:20-bookworm-slim', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:20-bookworm-slim$/m);
    for (const stage of stages) expect(stage[0]).toMatch(/^FROM \$\{NODE_IMAGE\}( AS \w+)?$/i);
  });

  it('installs with npm ci, builds, and prunes dev dependencies', () => {
    const run = instructions.filter((l) => /^RUN\s/i.test(l)).join('\n');
    expect(run).toMatch(/npm ci\b/);
    expect(run).toMatch(/npm run build\b/);
    expect(run).toMatch(/npm prune --omit=dev\b/);
    expect(run.indexOf('npm ci')).toBeLessThan(run.indexOf('npm run build'));
    expect(run.indexOf('npm run build')).toBeLessThan(run.indexOf('npm prune'));
  });

  it('runs as a numeric non-root user and selects the service with SERVICE', () => {
    const user = finalStage.filter((l) => /^USER\s/i.test(l)).pop();
    expect(user).toBeDefined();
    const uid = user!.split(/\s+/)[1].split(':')[0];
    expect(uid).toMatch(/^\d+$/); // numeric, so Kubernetes' runAsNonRoot can verify it
    expect(Number(uid)).toBeGreaterThan(0);
    expect(finalStage.some((l) => /^ARG SERVICE(=|\s|$)/.test(l))).toBe(true);
    expect(finalStage.some((l) => /^ENV SERVICE=/.test(l))).toBe(true);
    const cmd = finalStage.filter((l) => /^CMD\s/i.test(l)).pop() ?? '';
    expect(cmd).toContain('dist/services/${SERVICE}/src/main.js');
    expect(cmd).toContain('-r ./tools/register-paths.js');
  });

  it('uses a healthcheck script that exists in the build context', () => {
    expect(dockerfile).toContain('tools/deploy/healthcheck.js');
    expect(fs.existsSync(path.join(ROOT, 'tools/deploy/healthcheck.js'))).toBe(true);
  });

  it('.dockerignore keeps dependencies, build output and VCS data out of the context', () => {
    const ignore = readRepoFile('.dockerignore')
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const entry of ['.git', 'dist']) expect(ignore).toContain(entry);
    expect(ignore.some((l) => l === 'node_modules' || l === '**/node_modules')).toBe(true);
    // Files the image needs at run time must stay in the context.
    for (const needed of ['tools', 'tools/deploy', 'proto', 'libs', 'package.json', 'package-lock.json']) {
      expect(ignore).not.toContain(needed);
    }
  });
});

// ================================================================================================
/** Compose-style interpolation, using only the defaults written in the file (never the runner's env). */
function interpolate(value: unknown, where: string): string {
  return String(value).replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, name?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      if (bare || !op) throw new Error(`${where}: \${${bare ?? name}} has no default, compose up would need it set`);
      if (op.endsWith('?')) throw new Error(`${where}: \${${name}${op}...} requires the variable to be set`);
      return arg ?? '';
    },
  );
}

function composeEnv(service: Obj, where: string): Record<string, string> {
  const env = service.environment ?? {};
  const out: Record<string, string> = {};
  if (Array.isArray(env)) {
    for (const item of env) {
      const [k, ...rest] = String(item).split('=');
      out[k] = interpolate(rest.join('='), `${where}.${k}`);
    }
  } else {
    for (const [k, v] of Object.entries(env)) out[k] = v === null ? '' : interpolate(v, `${where}.${k}`);
  }
  return out;
}

function dependsOn(service: Obj): Record<string, Obj> {
  const d = service.depends_on;
  if (!d) return {};
  if (Array.isArray(d)) return Object.fromEntries(d.map((n: string) => [n, { condition: 'service_started' }]));
  return d as Record<string, Obj>;
}

describe('docker-compose.yml', () => {
  const compose = parse(readRepoFile('docker-compose.yml'), { merge: true }) as Obj;
  const services = (compose.services ?? {}) as Record<string, Obj>;
  const appNames = Object.keys(services)
    .filter((n) => !COMPOSE_INFRA.includes(n))
    .sort();
  const env = (name: string) => composeEnv(services[name], `services.${name}.environment`);

  it('has postgres, kafka and exactly one service per services/ folder', () => {
    for (const infra of COMPOSE_INFRA) expect(services[infra]).toBeDefined();
    expect(appNames).toEqual([...SERVICE_NAMES].sort());
  });

  it('runs postgres:16 with an init script that creates every service database and role', () => {
    const pg = services.postgres;
    expect(pg.image).toBe('postgres:16');
    expect(pg.ports).toBeUndefined();
    const mount = (pg.volumes as string[]).find((v) => v.includes('/docker-entrypoint-initdb.d/'));
    expect(mount).toBeDefined();
    const hostPath = mount!.split(':')[0];
    const sql = fs.readFileSync(path.resolve(ROOT, hostPath), 'utf8');
    for (const name of SERVICE_NAMES) {
      const url = new URL(env(name).DATABASE_URL);
      const db = url.pathname.slice(1);
      expect(sql).toMatch(new RegExp(`CREATE DATABASE ${db} OWNER ${url.username};`));
      expect(sql).toMatch(new RegExp(`CREATE ROLE ${url.username} LOGIN PASSWORD '${decodeURIComponent(url.password)}';`));
    }
    expect(pg.healthcheck?.test).toBeDefined();
  });

  it('runs Kafka 4.4.0 (the release the tests run) in KRaft mode, single node, reachable as kafka:9092 in the network', () => {
    const kafka = services.kafka;
    expect(kafka.image).toBe('apache/kafka:4.4.0');
    expect(kafka.ports).toBeUndefined();
    const e = env('kafka');
    expect(e.KAFKA_PROCESS_ROLES).toBe('broker,controller');
    expect(e.KAFKA_CONTROLLER_QUORUM_VOTERS).toBe(`${e.KAFKA_NODE_ID}@localhost:9093`);
    expect(e.KAFKA_ADVERTISED_LISTENERS).toBe('PLAINTEXT://kafka:9092');
    expect(e.KAFKA_LISTENERS).toContain('CONTROLLER://');
    expect(e.KAFKA_CONTROLLER_LISTENER_NAMES).toBe('CONTROLLER');
    expect(Number(e.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR)).toBe(1);
    expect(Number(e.KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR)).toBe(1);
    // kafka-storage format needs a base64url-encoded 16-byte UUID.
    expect(e.CLUSTER_ID).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(e.CLUSTER_ID, 'base64url')).toHaveLength(16);
    expect(kafka.healthcheck?.test).toBeDefined();
  });

  describe.each(SERVICE_NAMES)('service %s', (name) => {
    const svc = () => services[name] ?? {};

    it('uses the shared image, SERVICE selects it, only the gateway publishes a port', () => {
      expect(svc().image).toBe(IMAGE);
      expect(svc().build).toBeDefined();
      expect(env(name).SERVICE).toBe(name);
      if (spec(name).kind === 'gateway') {
        expect((svc().ports as string[]).map((p) => interpolate(p, 'ports'))).toEqual(['3000:3000']);
      } else {
        expect(svc().ports).toBeUndefined();
      }
    });

    it('has every environment variable it needs, with consistent values', () => {
      const e = env(name);
      for (const v of requiredEnv(name)) expect(Object.keys(e)).toContain(v);
      const db = new URL(e.DATABASE_URL);
      expect(db.protocol).toMatch(/^postgres(ql)?:$/);
      expect(db.hostname).toBe('postgres');
      expect(db.pathname).toBe(`/siapkerja_${name}`);
      for (const broker of e.KAFKA_BROKERS.split(',')) {
        expect(broker).toMatch(/^[^\s:]+:\d+$/);
        expect(services[broker.split(':')[0]]).toBeDefined();
      }
      expect(e.PERSON_ID_SECRET.length).toBeGreaterThanOrEqual(32);
      expect(['trace', 'debug', 'info', 'warn', 'error', 'fatal']).toContain(e.LOG_LEVEL);
      expect(e.EVENT_BUS ?? 'kafka').toBe('kafka'); // KAFKA_BROKERS is what it uses
      const s = spec(name);
      if (name === 'identity') {
        // A usable ES256 key: PKCS8 PEM of an EC P-256 private key (the dev-only key of this file).
        expect(e.AUTH_SIGNING_KEY.trim()).toMatch(/^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----$/);
        const key = createPrivateKey(e.AUTH_SIGNING_KEY);
        expect(key.asymmetricKeyType).toBe('ec');
        expect(key.asymmetricKeyDetails?.namedCurve).toBe('prime256v1');
      }
      const kekVar = KEK_VARIABLES[name];
      if (kekVar) {
        // a usable key-encryption key: 32 bytes, base64 or hex (the dev-only key of this file)
        const kek = e[kekVar].trim();
        expect(kek).toMatch(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/_-]{43}=?)$/);
        expect(Buffer.from(kek, /^[0-9a-fA-F]{64}$/.test(kek) ? 'hex' : 'base64')).toHaveLength(32);
      }
      if (e.SANDBOX !== undefined) expect(BOOLEANS).toContain(e.SANDBOX.trim().toLowerCase());
      if (s.kind === 'grpc') {
        expect(Number(e.GRPC_PORT)).toBe(s.grpcPort);
        expect(Number(e.METRICS_PORT)).toBe(s.metricsPort);
      } else {
        expect(Number(e.PORT)).toBe(s.httpPort);
        expect(Number(e.GRPC_DEADLINE_MS)).toBeGreaterThan(0);
        for (const target of grpcServices()) {
          const t = spec(target);
          expect(e[grpcUrlVar(target)]).toBe(`${target}:${t.kind === 'grpc' ? t.grpcPort : NaN}`);
        }
      }
    });

    it('has a healthcheck on /health/ready', () => {
      const test = svc().healthcheck?.test as string[];
      expect(test).toEqual(['CMD', 'node', 'tools/deploy/healthcheck.js', '/health/ready']);
    });

    it('waits for what it needs to be healthy', () => {
      const deps = dependsOn(svc());
      const needs = spec(name).kind === 'grpc' ? ['postgres', 'kafka'] : ['postgres', 'kafka', ...grpcServices()];
      for (const dep of needs) expect(deps[dep]?.condition).toBe('service_healthy');
    });
  });

  it('depends_on references only defined services, with valid conditions, healthchecks and no cycles', () => {
    const conditions = ['service_started', 'service_healthy', 'service_completed_successfully'];
    for (const [name, svc] of Object.entries(services)) {
      for (const [dep, opts] of Object.entries(dependsOn(svc))) {
        expect({ service: name, dependsOn: dep, defined: dep in services }).toEqual({ service: name, dependsOn: dep, defined: true });
        expect(conditions).toContain(opts.condition ?? 'service_started');
        if (opts.condition === 'service_healthy') expect(services[dep].healthcheck?.test).toBeDefined();
      }
    }
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (n: string, trail: string[]): void => {
      if (done.has(n)) return;
      if (visiting.has(n)) throw new Error(`depends_on cycle: ${[...trail, n].join(' -> ')}`);
      visiting.add(n);
      for (const dep of Object.keys(dependsOn(services[n] ?? {}))) visit(dep, [...trail, n]);
      visiting.delete(n);
      done.add(n);
    };
    for (const n of Object.keys(services)) visit(n, []);
  });

  it('gives every service and the gateway the same PERSON_ID_SECRET', () => {
    const secrets = new Set(SERVICE_NAMES.map((n) => env(n).PERSON_ID_SECRET));
    expect(secrets.size).toBe(1);
  });

  it('gives every service and the gateway its own database and login role', () => {
    const urls = SERVICE_NAMES.map((n) => new URL(env(n).DATABASE_URL));
    expect(new Set(urls.map((u) => u.pathname)).size).toBe(SERVICE_NAMES.length);
    expect(new Set(urls.map((u) => u.username)).size).toBe(SERVICE_NAMES.length);
  });
});

// ================================================================================================
function selectorMatches(selector: Obj | undefined, labels: Record<string, string> = {}): boolean {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of (selector.matchExpressions ?? []) as Obj[]) {
    const has = e.key in labels;
    const values = (e.values ?? []) as string[];
    if (e.operator === 'In' && !(has && values.includes(labels[e.key]))) return false;
    if (e.operator === 'NotIn' && has && values.includes(labels[e.key])) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

/** Numeric value of a container port given by number or name. */
function resolvePort(container: Obj, port: unknown): number | undefined {
  if (typeof port === 'number') return port;
  return ((container.ports ?? []) as Obj[]).find((p) => p.name === port)?.containerPort;
}

interface ResolvedEnv {
  value?: string;
  configMapKey?: { name: string; key: string };
  secretKey?: { name: string; key: string; optional?: boolean };
}

describe('k8s/base', () => {
  let rendered: RenderedManifest[] = [];
  let renderError: unknown;
  try {
    rendered = renderKustomization(path.join(ROOT, 'k8s/base'), ROOT);
  } catch (err) {
    renderError = err;
  }
  const manifests = rendered.map((r) => r.manifest);
  const validator = createK8sValidator();

  const find = (kind: string, name: string) => manifests.find((m) => m.kind === kind && m.metadata.name === name);
  const all = (kind: string) => manifests.filter((m) => m.kind === kind);
  const deployment = (name: string) => find('Deployment', name) as Obj | undefined;
  const podLabels = (d: Obj) => (d.spec?.template?.metadata?.labels ?? {}) as Record<string, string>;
  const mainContainer = (name: string): Obj => {
    const containers = (deployment(name)?.spec?.template?.spec?.containers ?? []) as Obj[];
    return containers.find((c) => c.name === name) ?? containers[0] ?? {};
  };
  const dataKeys = (m: Manifest | undefined) =>
    m ? [...Object.keys(m.data ?? {}), ...Object.keys(m.stringData ?? {}), ...Object.keys(m.binaryData ?? {})] : [];

  /** Environment of a container, with envFrom expanded from the rendered ConfigMaps/Secrets. */
  function containerEnv(c: Obj): Map<string, ResolvedEnv> {
    const env = new Map<string, ResolvedEnv>();
    for (const from of (c.envFrom ?? []) as Obj[]) {
      const source = from.configMapRef ? find('ConfigMap', from.configMapRef.name) : find('Secret', from.secretRef?.name);
      for (const key of dataKeys(source)) env.set(`${from.prefix ?? ''}${key}`, {});
    }
    for (const e of (c.env ?? []) as Obj[]) {
      env.set(e.name, {
        value: e.value,
        configMapKey: e.valueFrom?.configMapKeyRef,
        secretKey: e.valueFrom?.secretKeyRef,
      });
    }
    return env;
  }
  const envValue = (c: Obj, name: string): string | undefined => {
    const e = containerEnv(c).get(name);
    if (e?.value !== undefined) return e.value;
    if (e?.configMapKey) return find('ConfigMap', e.configMapKey.name)?.data?.[e.configMapKey.key];
    return undefined;
  };

  it('renders', () => {
    expect(renderError).toBeUndefined();
    expect(manifests.length).toBeGreaterThan(0);
  });

  // Where kubectl happens to be installed, the stand-in renderer must agree with the real kustomize.
  const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 30_000 });
  (kubectl.status === 0 ? it : it.skip)(
    'renders the same objects as `kubectl kustomize` (skipped without kubectl)',
    () => {
      const out = spawnSync('kubectl', ['kustomize', path.join(ROOT, 'k8s/base')], { encoding: 'utf8', timeout: 60_000 });
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
      const key = (m: Manifest) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`;
      const theirs = new Map(parseManifests(out.stdout, 'kubectl kustomize').map((m) => [key(m), m]));
      expect([...theirs.keys()].sort()).toEqual(manifests.map(key).sort());
      for (const m of manifests) expect(m).toEqual(theirs.get(key(m)));
    },
    90_000,
  );

  describe('schema validation', () => {
    it.each(rendered.map((r) => [`${r.manifest.kind}/${r.manifest.metadata.name} (${r.source})`, r.manifest] as const))(
      '%s is valid',
      (_label, manifest) => {
        expect(() => validator.validate(manifest)).not.toThrow();
        expect(manifest.metadata.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
      },
    );

    // The validator must not be a no-op: the same check rejects broken copies of a valid manifest.
    const brokenDeployment = `
apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: two
  selector:
    matchLabels: { app: broken }
  template:
    metadata:
      labels: { app: broken }
    spec:
      containers:
        - name: broken
          image: ${IMAGE}
`;
    it('rejects a Deployment with replicas: "two"', () => {
      const [m] = parseManifests(brokenDeployment, 'inline');
      expect(() => validator.validate(m)).toThrow(/replicas/);
      m.spec.replicas = 2; // the same manifest, fixed, passes: the rejection was for that field
      expect(() => validator.validate(m)).not.toThrow();
    });

    const mutations: Array<[string, (d: Obj) => void, RegExp]> = [
      // The official schema allows unknown fields; k8s-validate.ts rejects them in containers explicitly.
      [
        'a misspelt container field (readinesProbe)',
        (d) => (d.spec.template.spec.containers[0].readinesProbe = {}),
        /unknown fields.*readinesProbe/,
      ],
      ['a malformed quantity (512MB)', (d) => (d.spec.template.spec.containers[0].resources.limits.memory = '512MB'), /memory/],
      [
        'a non-string annotation (prometheus.io/scrape: true)',
        (d) => (d.spec.template.metadata.annotations['prometheus.io/scrape'] = true),
        /annotations/,
      ],
      ['a container port as a string', (d) => (d.spec.template.spec.containers[0].ports[0].containerPort = '50051'), /containerPort/],
      ['a Deployment without selector', (d) => delete d.spec.selector, /selector/],
      ['an unknown imagePullPolicy', (d) => (d.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes'), /imagePullPolicy/],
    ];
    it.each(mutations)('rejects %s', (_label, mutate, message) => {
      const original = deployment('jobs');
      expect(original).toBeDefined();
      const copy = structuredClone(original) as Obj;
      expect(() => validator.validate(copy)).not.toThrow();
      mutate(copy);
      expect(() => validator.validate(copy)).toThrow(message);
    });

    it('rejects a kind it has no schema for', () => {
      expect(() => validator.validate({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x' } })).toThrow(/no Kubernetes schema/);
    });
  });

  it('has the siapkerja Namespace and puts everything else in it', () => {
    expect(find('Namespace', NAMESPACE)).toBeDefined();
    for (const m of manifests.filter((x) => x.kind !== 'Namespace')) expect(m.metadata.namespace).toBe(NAMESPACE);
  });

  it('has exactly one Deployment and one Service per services/ folder', () => {
    expect(
      all('Deployment')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual([...SERVICE_NAMES].sort());
    expect(
      all('Service')
        .map((d) => d.metadata.name)
        .sort(),
    ).toEqual([...SERVICE_NAMES].sort());
  });

  it('every container of every Deployment has cpu and memory requests and limits, requests <= limits', () => {
    for (const d of all('Deployment')) {
      const pod = d.spec.template.spec;
      for (const c of [...(pod.initContainers ?? []), ...pod.containers] as Obj[]) {
        for (const r of ['cpu', 'memory']) {
          const where = `${d.metadata.name}/${c.name} ${r}`;
          expect({ where, request: c.resources?.requests?.[r] !== undefined }).toEqual({ where, request: true });
          expect({ where, limit: c.resources?.limits?.[r] !== undefined }).toEqual({ where, limit: true });
          expect(quantity(c.resources.requests[r])).toBeLessThanOrEqual(quantity(c.resources.limits[r]));
        }
      }
    }
  });

  describe.each(SERVICE_NAMES)('service %s', (name) => {
    const s = () => spec(name);
    const httpPort = () => {
      const x = s();
      return x.kind === 'grpc' ? x.metricsPort : x.httpPort;
    };

    it('has a Deployment whose selector matches its pods and a Service that selects them', () => {
      const d = deployment(name);
      expect(d).toBeDefined();
      expect(selectorMatches(d!.spec.selector, podLabels(d!))).toBe(true);
      const svc = find('Service', name);
      expect(svc).toBeDefined();
      expect(Object.keys(svc!.spec.selector ?? {}).length).toBeGreaterThan(0);
      expect(selectorMatches({ matchLabels: svc!.spec.selector }, podLabels(d!))).toBe(true);
      // No other Deployment's pods are selected by this Service.
      for (const other of all('Deployment').filter((o) => o.metadata.name !== name)) {
        expect(selectorMatches({ matchLabels: svc!.spec.selector }, podLabels(other))).toBe(false);
      }
    });

    it('exposes the right ports on its container and Service', () => {
      const c = mainContainer(name);
      const svc = find('Service', name)!;
      const x = s();
      const expected = x.kind === 'grpc' ? [x.grpcPort, x.metricsPort] : [x.httpPort];
      for (const port of expected) {
        expect(((c.ports ?? []) as Obj[]).map((p) => p.containerPort)).toContain(port);
        const sp = (svc.spec.ports as Obj[]).find((p) => p.port === port);
        expect(sp).toBeDefined();
        expect(resolvePort(c, sp!.targetPort ?? sp!.port)).toBe(port);
      }
    });

    it('runs the shared image with SERVICE set to its name', () => {
      const c = mainContainer(name);
      expect(c.image).toBe(IMAGE);
      expect(envValue(c, 'SERVICE')).toBe(name);
    });

    it('has every environment variable it needs, each reference resolving', () => {
      const c = mainContainer(name);
      const env = containerEnv(c);
      for (const v of requiredEnv(name)) expect([...env.keys()]).toContain(v);
      for (const [v, e] of env) {
        if (e.configMapKey)
          expect({ v, keys: dataKeys(find('ConfigMap', e.configMapKey.name)).includes(e.configMapKey.key) }).toEqual({ v, keys: true });
        // an optional reference (e.g. ISSUER_KEY_ENCRYPTION_KEY_PREVIOUS, set by an overlay only during a KEK rotation) may be absent
        if (e.secretKey && !e.secretKey.optional)
          expect({ v, keys: dataKeys(find('Secret', e.secretKey.name)).includes(e.secretKey.key) }).toEqual({ v, keys: true });
      }
      // Database URL and secrets come from the Secret, never from a literal value.
      const dbKey = env.get('DATABASE_URL')?.secretKey;
      expect(dbKey).toBeDefined();
      const secret = find('Secret', dbKey!.name)!;
      expect(new URL(secret.stringData[dbKey!.key]).pathname).toBe(`/siapkerja_${name}`);
      expect(env.get('PERSON_ID_SECRET')?.secretKey?.key).toBe('PERSON_ID_SECRET');
      expect(env.get('KAFKA_BROKERS')?.configMapKey?.key).toBe('KAFKA_BROKERS');
      expect(envValue(c, 'EVENT_BUS') ?? 'kafka').toBe('kafka');
      const x = s();
      const kekVar = KEK_VARIABLES[name];
      if (kekVar) {
        const kekRef = env.get(kekVar)?.secretKey;
        expect(kekRef).toMatchObject({ key: kekVar });
        expect(kekRef!.optional ?? false).toBe(false);
        expect(env.get(`${kekVar}_PREVIOUS`)?.secretKey).toMatchObject({ key: `${kekVar}_PREVIOUS`, optional: true });
      }
      if (name === 'identity') {
        const keyRef = env.get('AUTH_SIGNING_KEY')?.secretKey;
        expect(keyRef).toBeDefined();
        expect(String(find('Secret', keyRef!.name)!.stringData[keyRef!.key])).toMatch(
          /^-----BEGIN PRIVATE KEY-----\n[^]*\n-----END PRIVATE KEY-----\n?$/,
        );
      }
      // The sandbox clients have public secrets: never seeded in a cluster.
      const sandbox = envValue(c, 'SANDBOX');
      if (sandbox !== undefined) expect(['0', 'false', 'no', 'off']).toContain(sandbox.trim().toLowerCase());
      if (x.kind === 'grpc') {
        expect(Number(envValue(c, 'GRPC_PORT'))).toBe(x.grpcPort);
        expect(Number(envValue(c, 'METRICS_PORT'))).toBe(x.metricsPort);
      } else {
        expect(Number(envValue(c, 'PORT'))).toBe(x.httpPort);
        for (const target of grpcServices()) {
          const url = envValue(c, grpcUrlVar(target)) ?? '';
          const [host, port] = url.split(':');
          const targetSpec = spec(target);
          expect({ target, url }).toEqual({ target, url: `${target}:${targetSpec.kind === 'grpc' ? targetSpec.grpcPort : ''}` });
          expect(((find('Service', host)?.spec.ports ?? []) as Obj[]).map((p) => p.port)).toContain(Number(port));
        }
      }
    });

    it('probes /health/ready (readiness) and /health/live (liveness) on its HTTP port', () => {
      const c = mainContainer(name);
      expect(c.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(c.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(resolvePort(c, c.readinessProbe.httpGet.port)).toBe(httpPort());
      expect(resolvePort(c, c.livenessProbe.httpGet.port)).toBe(httpPort());
      if (c.startupProbe) expect(resolvePort(c, c.startupProbe.httpGet?.port)).toBe(httpPort());
    });

    it('is annotated for Prometheus scraping on its metrics port', () => {
      const a = deployment(name)!.spec.template.metadata.annotations ?? {};
      expect(a['prometheus.io/scrape']).toBe('true');
      expect(a['prometheus.io/port']).toBe(String(httpPort()));
      expect(a['prometheus.io/path']).toBe('/metrics');
    });

    it('runs non-root, read-only, without capabilities or privilege escalation', () => {
      const pod = deployment(name)!.spec.template.spec;
      for (const c of [...(pod.initContainers ?? []), ...pod.containers] as Obj[]) {
        const sc = c.securityContext ?? {};
        expect(sc.runAsNonRoot ?? pod.securityContext?.runAsNonRoot).toBe(true);
        expect(sc.readOnlyRootFilesystem).toBe(true);
        expect(sc.allowPrivilegeEscalation).toBe(false);
        expect(sc.capabilities?.drop).toContain('ALL');
        expect(sc.capabilities?.add ?? []).toEqual([]);
        expect(sc.privileged ?? false).toBe(false);
        expect((sc.seccompProfile ?? pod.securityContext?.seccompProfile)?.type).toBe('RuntimeDefault');
      }
      // With a read-only root, /tmp must be a volume.
      const mounts = (mainContainer(name).volumeMounts ?? []) as Obj[];
      expect(mounts.map((m) => m.mountPath)).toContain('/tmp');
    });
  });

  it('Secret holds only placeholders (PERSON_ID_SECRET >= 32 chars, a database URL per service)', () => {
    const secrets = all('Secret');
    expect(secrets.length).toBeGreaterThan(0);
    for (const secret of secrets) {
      expect(secret.data).toBeUndefined(); // stringData only, readable placeholders
      for (const [key, value] of Object.entries(secret.stringData ?? {})) {
        expect({ key, placeholder: String(value).includes('REPLACE_ME') }).toEqual({ key, placeholder: true });
      }
    }
    const shared = find('Secret', 'siapkerja-secrets')!;
    expect(String(shared.stringData.PERSON_ID_SECRET).length).toBeGreaterThanOrEqual(32);
    // One database per service, the gateway included, each referenced by exactly that service.
    const dbKeys = SERVICE_NAMES.map((n) => containerEnv(mainContainer(n)).get('DATABASE_URL')?.secretKey?.key);
    expect(new Set(dbKeys).size).toBe(SERVICE_NAMES.length);
    for (const key of dbKeys) expect(Object.keys(shared.stringData)).toContain(key);
  });

  it('autoscales the gateway and jobs with autoscaling/v2 HPAs, and leaves replicas to them', () => {
    const hpas = all('HorizontalPodAutoscaler');
    for (const name of AUTOSCALED.filter((n) => SERVICE_NAMES.includes(n))) {
      const hpa = hpas.find((h) => h.spec.scaleTargetRef.name === name);
      expect(hpa).toBeDefined();
      expect(hpa!.apiVersion).toBe('autoscaling/v2');
      expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
      expect(hpa!.spec.maxReplicas).toBeGreaterThan(hpa!.spec.minReplicas);
    }
    for (const hpa of hpas) {
      const ref = hpa.spec.scaleTargetRef;
      expect(ref.kind).toBe('Deployment');
      const target = deployment(ref.name);
      expect(target).toBeDefined();
      expect(target!.spec.replicas).toBeUndefined(); // otherwise every apply resets the HPA's count
      for (const metric of (hpa.spec.metrics ?? []) as Obj[]) {
        if (metric.type === 'Resource') {
          for (const c of target!.spec.template.spec.containers as Obj[]) {
            expect(c.resources?.requests?.[metric.resource.name]).toBeDefined(); // utilization is relative to requests
          }
        }
      }
    }
  });

  it('has a PodDisruptionBudget for the gateway that still lets nodes drain', () => {
    const gw = deployment('gateway')!;
    const pdb = all('PodDisruptionBudget').find((p) => selectorMatches(p.spec.selector, podLabels(gw)));
    expect(pdb).toBeDefined();
    const hpa = all('HorizontalPodAutoscaler').find((h) => h.spec.scaleTargetRef.name === 'gateway');
    const minReplicas = hpa?.spec.minReplicas ?? gw.spec.replicas ?? 1;
    if (pdb!.spec.minAvailable !== undefined) {
      expect(typeof pdb!.spec.minAvailable === 'number' ? pdb!.spec.minAvailable : 0).toBeLessThan(minReplicas);
    } else {
      expect(pdb!.spec.maxUnavailable).toBeDefined();
    }
  });

  describe('NetworkPolicies', () => {
    const policies = () => all('NetworkPolicy');
    const policyTypes = (p: Obj): string[] => p.spec.policyTypes ?? ['Ingress', ...(p.spec.egress ? ['Egress'] : [])];

    /** Peers allowed to reach a pod's port: 'any' for a rule without `from`; isolated = some policy selects the pod. */
    function ingressTo(name: string, port: number) {
      const d = deployment(name)!;
      const labels = podLabels(d);
      const c = mainContainer(name);
      const portName = ((c.ports ?? []) as Obj[]).find((p) => p.containerPort === port)?.name;
      const selecting = policies().filter(
        (p) =>
          p.metadata.namespace === d.metadata.namespace &&
          selectorMatches(p.spec.podSelector ?? {}, labels) &&
          policyTypes(p).includes('Ingress'),
      );
      const peers: Array<Obj | 'any'> = [];
      for (const p of selecting) {
        for (const rule of (p.spec.ingress ?? []) as Obj[]) {
          const ports = (rule.ports ?? []) as Obj[];
          const portMatches =
            ports.length === 0 ||
            ports.some(
              (pp) =>
                (pp.protocol ?? 'TCP') === 'TCP' &&
                (pp.port === undefined ||
                  pp.port === port ||
                  (portName !== undefined && pp.port === portName) ||
                  (typeof pp.port === 'number' && pp.endPort !== undefined && port >= pp.port && port <= pp.endPort)),
            );
          if (!portMatches) continue;
          if (!rule.from || rule.from.length === 0) peers.push('any');
          else peers.push(...(rule.from as Obj[]));
        }
      }
      return { isolated: selecting.length > 0, peers };
    }

    it('deny all ingress in the namespace by default', () => {
      const deny = policies().find(
        (p) =>
          Object.keys(p.spec.podSelector ?? {}).length === 0 && policyTypes(p).includes('Ingress') && (p.spec.ingress ?? []).length === 0,
      );
      expect(deny).toBeDefined();
    });

    it.each(SERVICE_NAMES.filter((n) => SERVICES[n]?.kind === 'grpc'))(
      'only the gateway (and the declared service callers) reaches the gRPC port of %s; its metrics port can be scraped',
      (name) => {
        const s = spec(name);
        if (s.kind !== 'grpc') throw new Error('not a gRPC service');
        const grpc = ingressTo(name, s.grpcPort);
        expect(grpc.isolated).toBe(true);
        expect(grpc.peers.length).toBeGreaterThan(0);
        for (const peer of grpc.peers) {
          expect(peer).not.toBe('any');
          const p = peer as Obj;
          expect(p.ipBlock).toBeUndefined();
          expect(p.namespaceSelector).toBeUndefined(); // same namespace only
          const reached = all('Deployment')
            .filter((d) => selectorMatches(p.podSelector, podLabels(d)))
            .map((d) => d.metadata.name);
          expect(reached.length).toBeGreaterThan(0);
          for (const caller of reached) expect(GRPC_CALLERS[name] ?? ['gateway']).toContain(caller);
        }
        expect(ingressTo(name, s.metricsPort).peers.length).toBeGreaterThan(0);
      },
    );

    /** Egress rules that apply to a Deployment's pods; isolated = some policy restricts its egress. */
    function egressOf(name: string) {
      const d = deployment(name)!;
      const selecting = policies().filter(
        (p) =>
          p.metadata.namespace === d.metadata.namespace &&
          selectorMatches(p.spec.podSelector ?? {}, podLabels(d)) &&
          policyTypes(p).includes('Egress'),
      );
      return { isolated: selecting.length > 0, rules: selecting.flatMap((p) => (p.spec.egress ?? []) as Obj[]) };
    }

    // The gateway has its own database and consumes events: wherever egress is restricted, it needs
    // the same way out to Postgres and Kafka as the services (rules towards other pods of this
    // namespace, e.g. the gRPC ports, are the services' own business).
    it.each(SERVICE_NAMES.filter((n) => SERVICES[n]?.kind === 'grpc'))(
      'the gateway may reach whatever outside the namespace %s may (Postgres, Kafka, DNS)',
      (name) => {
        const gw = egressOf('gateway');
        if (!gw.isolated) return; // unrestricted egress reaches everything
        // A rule without `to` allows every destination; one whose peers are all pods of this namespace stays inside.
        const leaves = (r: Obj) => {
          const to = (r.to ?? []) as Obj[];
          return to.length === 0 || to.some((peer) => !peer.podSelector || peer.namespaceSelector);
        };
        const theirs = egressOf(name);
        if (theirs.isolated) {
          for (const rule of theirs.rules.filter(leaves)) expect(gw.rules).toContainEqual(rule);
        } else {
          expect(gw.rules.some(leaves)).toBe(true); // at least some way out to Postgres and Kafka
        }
      },
    );

    it('let clients reach the gateway HTTP port', () => {
      const s = spec('gateway');
      const gw = ingressTo('gateway', s.kind === 'gateway' ? s.httpPort : NaN);
      expect(gw.isolated).toBe(true);
      expect(gw.peers.length).toBeGreaterThan(0);
    });
  });
});
