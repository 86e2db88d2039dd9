import { sandboxAuth } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import type { RunningGateway } from '../../services/gateway/src/app';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
};
type Spec = {
  paths: Record<
    string,
    Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>
  >;
  components: { schemas: Record<string, Schema> };
};

/** A body of the operation's schema with every field of the wrong type (strings as numbers, arrays as strings...). */
function wrongTypes(spec: Spec, schema: Schema | undefined, depth = 0): unknown {
  const s = resolve(spec, schema);
  if (!s || depth > 3) return 'x';
  if (s.type === 'object' || s.properties)
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, wrongTypes(spec, v, depth + 1)]));
  return { string: 12345, array: 'not-an-array', integer: 'NaN', number: 'NaN', boolean: 'yes' }[s.type ?? ''] ?? null;
}

/** A body of the right types with hostile values: impossible dates, nil UUIDs, NUL characters, huge strings and numbers. */
function hostile(spec: Spec, schema: Schema | undefined, depth = 0): unknown {
  const s = resolve(spec, schema);
  if (!s || depth > 3) return 'x'.repeat(5000);
  if (s.type === 'object' || s.properties)
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, hostile(spec, v, depth + 1)]));
  if (s.type === 'string')
    return s.format === 'date' ? '2026-02-30' : s.format === 'uuid' ? '00000000-0000-0000-0000-000000000000' : `\u0000${'ä'.repeat(3000)}`;
  if (s.type === 'array') return [hostile(spec, s.items, depth + 1), hostile(spec, s.items, depth + 1)];
  if (s.type === 'integer' || s.type === 'number') return 1e308;
  return s.type === 'boolean' ? true : {};
}

/** A body of the operation's schema with plausible values (examples, first enum values), so a bad string is what matters. */
function plausible(spec: Spec, schema: Schema | undefined, depth = 0): unknown {
  const s = resolve(spec, schema);
  if (!s || depth > 3) return 'x';
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.type === 'object' || s.properties)
    return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(spec, v, depth + 1)]));
  if (s.type === 'array') return [plausible(spec, s.items, depth + 1)];
  if (s.type === 'string') return s.format === 'date' ? '2026-01-15' : s.format === 'uuid' ? '00000000-0000-4000-8000-000000000000' : 'x';
  if (s.type === 'integer' || s.type === 'number') return 1;
  return s.type === 'boolean' ? true : null;
}

/** The path of every string field of a schema (array items as index 0), to three levels. */
function stringFields(spec: Spec, schema: Schema | undefined, at: (string | number)[] = []): (string | number)[][] {
  const s = resolve(spec, schema);
  if (!s || at.length > 3) return [];
  if (s.type === 'object' || s.properties) return Object.entries(s.properties ?? {}).flatMap(([k, v]) => stringFields(spec, v, [...at, k]));
  if (s.type === 'array') return stringFields(spec, s.items, [...at, 0]);
  return s.type === 'string' ? [at] : [];
}

function withValue(body: unknown, at: (string | number)[], value: string): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]] = value;
  return copy;
}

/** How the gateway names a field: body.a.b[0] */
const fieldName = (at: (string | number)[]) => at.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), 'body');

/** The answer's RFC 9457 problem, or undefined when it is not problem+json with the answer's status and a title. */
function asProblem(res: Response, text: string): { errors?: { field: string }[] } | undefined {
  let problem: { status?: number; title?: unknown; errors?: { field: string }[] } = {};
  try {
    problem = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  const ok =
    res.headers.get('content-type')?.startsWith('application/problem+json') &&
    problem.status === res.status &&
    typeof problem.title === 'string';
  return ok ? problem : undefined;
}

function resolve(spec: Spec, schema: Schema | undefined): Schema | undefined {
  let s = schema;
  for (let i = 0; s && i < 5; i++) {
    if (s.$ref) s = spec.components.schemas[s.$ref.split('/').pop()!];
    else if (s.allOf?.length) s = s.allOf[0];
    else break;
  }
  return s;
}

/**
 * The quality bar over the whole API, generated from the served OpenAPI document: every operation (but the token and login
 * routes, whose per-IP failure throttling has its own tests) is called by a partner and by the ministry with malformed
 * path parameters, query strings and bodies. No answer may be a 5xx, and every 4xx must be RFC 9457 problem+json whose
 * status matches. The gateway runs in front of all five real services (gRPC, PostgreSQL, Kafka).
 */
describe('malformed input on every route: 4xx problem+json, never a 5xx', () => {
  let platform: InProcessPlatform;
  let gw: RunningGateway;

  beforeAll(async () => {
    platform = await startInProcessPlatform(
      'e2e_fuzz',
      [jobsService, trainingService, certificationService, placementService, entrepreneurshipService],
      { RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_IP_PER_MINUTE: '1000000' },
    );
    ({ gw } = platform);
  });
  afterAll(async () => {
    await platform?.close();
  });

  it('answers thousands of malformed requests across the API without one 5xx, each 4xx a problem+json', async () => {
    const spec = (await (await fetch(`${gw.url}/openapi.json`)).json()) as Spec;
    const who = { partner: await sandboxAuth(gw.url, 'partnerA'), ministry: await sandboxAuth(gw.url, 'admin') };
    const failures: string[] = [];
    const statuses: Record<number, number> = {};
    const calls: (() => Promise<void>)[] = [];
    let operations = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      if (path === '/oauth/token' || path.startsWith('/v1/auth/')) continue;
      for (const [method, op] of Object.entries(methods)) {
        operations++;
        const paths = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', '%E0%A4%A', 'x'.repeat(3000)].map((v) =>
          path.replace(/\{[^}]+\}/g, v),
        );
        const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const queries = [
          '',
          query.map((n) => `${n}=%00%ZZ`).join('&'),
          query.map((n) => `${n}=${'9'.repeat(400)}`).join('&'),
          query.map((n) => `${n}[]=a&${n}[]=b`).join('&'),
        ];
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const bodies =
          method === 'get' || method === 'delete'
            ? [undefined]
            : ['{}', '[]', 'null', '"text"', '{not json', JSON.stringify(wrongTypes(spec, schema)), JSON.stringify(hostile(spec, schema))];
        for (const [caller, headers] of Object.entries(who))
          for (const p of paths)
            for (const q of queries)
              for (const body of bodies)
                calls.push(async () => {
                  const url = `${gw.url}${p}${q ? `?${q}` : ''}`;
                  const res = await fetch(url, {
                    method: method.toUpperCase(),
                    body,
                    headers: {
                      ...headers,
                      'x-purpose': 'SUPERVISION',
                      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
                    },
                  });
                  statuses[res.status] = (statuses[res.status] ?? 0) + 1;
                  const text = await res.text();
                  const what = `${res.status} ${caller} ${method.toUpperCase()} ${url.slice(0, 140)} body=${String(body).slice(0, 80)}: ${text.slice(0, 200)}`;
                  if (res.status >= 500) failures.push(what);
                  else if (res.status >= 400 && !asProblem(res, text)) failures.push(`not problem+json: ${what}`);
                });
      }
    }
    // four requests in flight: the gateway, the services and PostgreSQL work side by side, as under a client's traffic
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let call = calls.shift(); call; call = calls.shift()) await call();
      }),
    );
    expect(failures).toEqual([]);
    // the run did reach the API: most answers refuse the input (400), and nothing was refused for want of a token
    expect(operations).toBeGreaterThan(60);
    expect(statuses[400]).toBeGreaterThan(5000);
    expect(statuses[401] ?? 0).toBe(0);
  }, 600_000);

  it('refuses every string field, query parameter and path parameter holding a string PostgreSQL cannot store or a control character, naming it', async () => {
    const spec = (await (await fetch(`${gw.url}/openapi.json`)).json()) as Spec;
    const headers = { ...(await sandboxAuth(gw.url, 'admin')), 'x-purpose': 'SUPERVISION' };
    // in bodies; what cannot be stored and control characters must be refused naming the field, a huge string may be accepted or refused
    const bodyValues = { nul: 'a\u0000b', surrogate: 'a\ud800b', control: '\u0001\u0008\u001b\u007f', huge: 'x'.repeat(200_000) };
    // in URLs, percent-encoded: a NUL, bytes that are no UTF-8 (a surrogate's encoding), control characters, 6,000 characters
    const urlValues = { nul: 'a%00b', surrogate: 'a%ED%A0%80b', control: '%01%08%1B%7F', huge: 'x'.repeat(6000) };
    const failures: string[] = [];
    let requests = 0;
    const check = async (res: Response, what: string, unstorableField?: string) => {
      requests++;
      const text = await res.text();
      const line = `${res.status} ${what}: ${text.slice(0, 200)}`;
      if (res.status >= 500) return void failures.push(line);
      if (unstorableField && res.status < 400) return void failures.push(`accepted: ${line}`);
      if (res.status < 400) return;
      const problem = asProblem(res, text);
      if (!problem) failures.push(`not problem+json: ${line}`);
      else if (unstorableField && res.status === 400 && !problem.errors?.some((e) => e.field === unstorableField))
        failures.push(`field not named ${unstorableField}: ${line}`);
    };
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const params = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
        const concrete = (bad?: string, value?: string) =>
          path.replace(/\{([^}]+)\}/g, (_, name: string) => (name === bad ? value! : '00000000-0000-4000-8000-000000000000'));
        const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const content = op.requestBody?.content ?? {};
        const schema = (content['application/json'] ?? content['application/x-www-form-urlencoded'])?.schema;
        const form = !content['application/json'] && !!content['application/x-www-form-urlencoded'];
        const base = plausible(spec, schema);
        const call = (url: string, body?: unknown) =>
          fetch(`${gw.url}${url}`, {
            method: method.toUpperCase(),
            headers: {
              ...headers,
              ...(body === undefined ? {} : { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' }),
            },
            body:
              body === undefined ? undefined : form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body),
          });
        const bodyless = method === 'get' || method === 'delete' || !schema;
        for (const [kind, value] of Object.entries(urlValues)) {
          const unstorable = kind === 'nul' || kind === 'control';
          for (const name of params)
            await check(
              await call(concrete(name, value), bodyless ? undefined : base),
              `${method} ${path} params.${name}=${kind}`,
              unstorable ? `params.${name}` : undefined,
            );
          for (const name of query)
            await check(
              await call(`${concrete()}?${name}=${value}`, bodyless ? undefined : base),
              `${method} ${path} query.${name}=${kind}`,
              unstorable ? `query.${name}` : undefined,
            );
        }
        if (bodyless) continue;
        for (const at of stringFields(spec, schema)) {
          if (form && at.length > 1) continue;
          for (const [kind, value] of Object.entries(bodyValues)) {
            const unstorable = kind === 'nul' || kind === 'control' || (kind === 'surrogate' && !form);
            await check(
              await call(concrete(), withValue(base, at, value)),
              `${method} ${path} ${fieldName(at)}=${kind}`,
              unstorable ? fieldName(at) : undefined,
            );
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
  }, 600_000);
});
