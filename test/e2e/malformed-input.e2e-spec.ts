import { sandboxAuth } from '@siapkerja/testing';
import { certificationService } from '../../services/certification/src/certification.module';
import { entrepreneurshipService } from '../../services/entrepreneurship/src/entrepreneurship.module';
import type { RunningGateway } from '../../services/gateway/src/app';
import { jobsService } from '../../services/jobs/src/jobs.module';
import { placementService } from '../../services/placement/src/placement.module';
import { trainingService } from '../../services/training/src/training.module';
import { startInProcessPlatform, type InProcessPlatform } from './in-process';

type Schema = { $ref?: string; allOf?: Schema[]; type?: string; format?: string; properties?: Record<string, Schema>; items?: Schema };
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
        for (const [caller, headers] of Object.entries(who)) {
          for (const p of paths) {
            for (const q of queries) {
              for (const body of bodies) {
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
                else if (res.status >= 400) {
                  let problem: { status?: number; title?: unknown } = {};
                  try {
                    problem = JSON.parse(text);
                  } catch {
                    /* not JSON */
                  }
                  if (
                    !res.headers.get('content-type')?.startsWith('application/problem+json') ||
                    problem.status !== res.status ||
                    typeof problem.title !== 'string'
                  )
                    failures.push(`not problem+json: ${what}`);
                }
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    // the run did reach the API: most answers refuse the input (400), and nothing was refused for want of a token
    expect(operations).toBeGreaterThan(60);
    expect(statuses[400]).toBeGreaterThan(5000);
    expect(statuses[401] ?? 0).toBe(0);
  }, 600_000);
});
