import { todayWib } from '@siapkerja/codes';
import { sandboxAuth } from '@siapkerja/testing';
import { DevVerificationSender } from '../../services/identity/src/accounts/verification';

/*
 * The HTTP helpers every e2e file shares: requests as a named caller, status and problem+json checks, OAuth2 clients and
 * people's accounts made through the public API, WIB dates and random test values. support.ts holds the multi-process
 * harness, in-process.ts the in-process one.
 */

export type Headers = Record<string, string>;

/** Requests to the gateway at `base()` (read at each call: the gateway starts in beforeAll) as the caller named `who` in `auth`. */
export interface CallerHttp {
  /** POST a JSON body. */
  post(path: string, who: string, payload: unknown, headers?: Headers): Promise<Response>;
  get(path: string, who: string, headers?: Headers): Promise<Response>;
  /** Any method; the body (JSON) and its content type only when given. */
  call(method: string, path: string, who: string, body?: unknown): Promise<Response>;
}

export function callerHttp(base: () => string, auth: Record<string, Headers>): CallerHttp {
  return {
    post: (path, who, payload, headers = {}) =>
      fetch(base() + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth[who], ...headers },
        body: JSON.stringify(payload),
      }),
    get: (path, who, headers = {}) => fetch(base() + path, { headers: { ...auth[who], ...headers } }),
    call: (method, path, who, body) =>
      fetch(base() + path, {
        method,
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...auth[who] },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

/** Expects the status (the body is shown when it differs) and answers the JSON body. */
export async function ok<T = any>(res: Response | Promise<Response>, status = 200): Promise<T> {
  const r = await res;
  const text = await r.text();
  expect({ status: r.status, text }).toMatchObject({ status });
  return JSON.parse(text) as T;
}

/** What a problem+json answer is expected to say beyond its status. */
export type ProblemExpectation =
  /** these fields are among the violations */
  | string[]
  /** the detail matches */
  | RegExp
  /** the violations name exactly these fields (none given: not checked) */
  | { exactly: string[] };

/**
 * Expects an RFC 9457 problem+json answer with this status (from fetch, or an SDK result with `response` and `error`), and
 * answers its body.
 */
export async function expectProblem(
  res: Response | { response: Response; error?: unknown },
  status: number,
  want?: ProblemExpectation,
): Promise<Record<string, any>> {
  let response: Response;
  let p: Record<string, any>;
  if (res instanceof Response) {
    response = res;
    const text = await res.text();
    expect({ status: res.status, text }).toMatchObject({ status });
    p = JSON.parse(text);
  } else {
    response = res.response;
    expect({ status: res.response.status, error: res.error }).toMatchObject({ status });
    p = res.error as Record<string, any>;
  }
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(p).toMatchObject({ status, type: expect.stringContaining('/problems/') });
  const fields = () => (p.errors as { field: string }[]).map((e) => e.field);
  if (want instanceof RegExp) expect(p.detail).toMatch(want);
  else if (Array.isArray(want)) {
    if (want.length) expect(fields()).toEqual(expect.arrayContaining(want));
  } else if (want?.exactly.length) expect([...fields()].sort()).toEqual([...want.exactly].sort());
  return p;
}

/** The WIB (UTC+7) calendar date `days` from today, `YYYY-MM-DD`. */
export function wibDate(days = 0): string {
  return todayWib(new Date(Date.now() + days * 86400_000));
}

/**
 * Rate-limit and login-throttle counters live in fixed windows aligned to the epoch (one minute for the gateway's limits,
 * AUTH_LOGIN_WINDOW_S for failed logins), of PostgreSQL's clock, this host's: a test that counts requests against one starts
 * with at least `needSeconds` of the window left, so the counter cannot start again from zero in the middle of its sequence.
 */
export async function freshWindow(needSeconds = 10, windowSeconds = 60): Promise<void> {
  const into = (Date.now() / 1000) % windowSeconds;
  if (into > windowSeconds - needSeconds) await new Promise((r) => setTimeout(r, (windowSeconds - into) * 1000 + 250));
}

/** A random 13-digit NIB that no other test uses. */
export const nib = () => String(9_100_000_000_000 + Math.floor(Math.random() * 899_999_999_999));

/**
 * POST as the sandbox ministry admin (the gateway runs with SANDBOX=true), or as the `authorization` among `headers`; a string
 * body is sent as it is.
 */
export async function post(base: string, path: string, body: unknown, headers: Headers = {}): Promise<Response> {
  return fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(headers.authorization ? {} : await sandboxAuth(base)), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** GET as the sandbox ministry admin, or with the given headers. */
export async function get(base: string, path: string, headers?: Headers): Promise<Response> {
  return fetch(base + path, { headers: headers ?? (await sandboxAuth(base)) });
}

const bearer = (token: string): Headers => ({ authorization: `Bearer ${token}` });

/** An OAuth2 client made by the ministry admin (`adminAuth`), and its client-credentials token. */
export async function newClient(
  base: string,
  adminAuth: Headers,
  client: { name: string; scopes: string[]; roles: string[]; regionCode: string },
): Promise<{ clientId: string; auth: Headers }> {
  const c = await ok(
    await fetch(`${base}/v1/admin/clients`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminAuth },
      body: JSON.stringify(client),
    }),
    201,
  );
  const t = await fetch(`${base}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, client_secret: c.clientSecret }),
  });
  return { clientId: c.clientId, auth: bearer((await t.json()).access_token) };
}

export interface TestPerson {
  nik: string;
  name: string;
  motherMaidenName: string;
  birthDate: string;
  sex: 1 | 2;
  phone: string;
  email: string;
  password: string;
}

const jsonPost = (base: string, path: string, body: unknown) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/**
 * Signs a person up (201 expected) and verifies the account with the code the sandbox sent to his phone; answers the
 * account id.
 */
export async function signUpPerson(base: string, person: TestPerson): Promise<string> {
  const signup = await jsonPost(base, '/v1/auth/signup', person);
  expect(signup.status).toBe(201);
  const { id } = await signup.json();
  const verify = await jsonPost(base, '/v1/auth/verify', {
    login: person.email,
    code: DevVerificationSender.lastCode(`+62${person.phone.slice(1)}`),
  });
  expect(verify.status).toBeLessThan(300);
  return id;
}

/** Logs a person in (200 expected) and answers his access token. */
export async function logIn(base: string, person: Pick<TestPerson, 'email' | 'password'>): Promise<string> {
  const login = await jsonPost(base, '/v1/auth/login', { login: person.email, password: person.password });
  expect(login.status).toBe(200);
  return (await login.json()).access_token;
}

/** A person's account (sign-up, verification, login) and his bearer header. */
export async function personAuth(base: string, person: TestPerson): Promise<Headers> {
  await signUpPerson(base, person);
  return bearer(await logIn(base, person));
}

/** One change-feed item (`/v1/feed/*`). */
export interface FeedItem {
  cursor: string;
  op: 'upsert' | 'delete';
  id: string;
  data: Record<string, any> | null;
  regionCode: string | null;
  occurredAt: string;
}

/**
 * Reads every page of a change feed from `after` until hasMore is false (200 expected on each page); `page(after)` asks for
 * one page.
 */
export async function readFeed(
  page: (after: string) => Promise<Response>,
  after = '0',
): Promise<{ items: FeedItem[]; cursor: string; pages: number }> {
  const items: FeedItem[] = [];
  let pages = 0;
  for (;;) {
    const res = await page(after);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: FeedItem[]; nextCursor: string; hasMore: boolean };
    pages++;
    items.push(...body.items);
    after = body.nextCursor;
    if (!body.hasMore) return { items, cursor: after, pages };
  }
}
