import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './schema';

export type { components, operations, paths } from './schema';

export type SiapkerjaClient = Client<paths>;

export interface SdkOptions {
  /** access token from POST /oauth/token or /v1/auth/login */
  token?: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/**
 * Typed client of the SIAPKerja REST API, generated from the gateway's OpenAPI document
 * (tools/gen-sdk.js). Paths, parameters, bodies and responses are checked by the compiler.
 */
export function createSiapkerjaClient(baseUrl: string, opts: SdkOptions = {}): SiapkerjaClient {
  return createClient<paths>({
    baseUrl,
    headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
}

/** Client-credentials token for a partner platform. */
export async function fetchClientToken(baseUrl: string, clientId: string, clientSecret: string, scope?: string): Promise<string> {
  const res = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
      ...(scope ? { scope } : {}),
    }),
  });
  if (!res.ok) throw new Error(`token request refused: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
