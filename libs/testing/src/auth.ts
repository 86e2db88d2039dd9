/**
 * Sandbox credentials the gateway seeds when SANDBOX=true (documented in the README), and a
 * helper that turns one into an Authorization header through POST /oauth/token.
 */
export const SANDBOX_CLIENTS = {
  admin: { id: 'sandbox-admin', secret: 'sandbox-admin-secret-0000000000000001' },
  partnerA: { id: 'sandbox-partner-a', secret: 'sandbox-partner-a-secret-000000000001' },
  partnerB: { id: 'sandbox-partner-b', secret: 'sandbox-partner-b-secret-000000000001' },
  province33: { id: 'sandbox-province-33', secret: 'sandbox-province-33-secret-0000000001' },
  regency3373: { id: 'sandbox-regency-33-73', secret: 'sandbox-regency-3373-secret-00000001' },
} as const;
export type SandboxClient = keyof typeof SANDBOX_CLIENTS;

export async function sandboxAuth(baseUrl: string, client: SandboxClient = 'admin', scope?: string): Promise<Record<string, string>> {
  const c = SANDBOX_CLIENTS[client];
  const res = await fetch(`${baseUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: c.id, client_secret: c.secret, ...(scope ? { scope } : {}) }),
  });
  if (res.status !== 200) throw new Error(`token for ${client} refused: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { access_token: string };
  return { authorization: `Bearer ${body.access_token}` };
}
