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

/**
 * An Authorization header for a sandbox client, renewed in the background a minute before its access token expires
 * (as a partner's client would), so a suite that runs longer than one token's life on a slow machine keeps its caller.
 * The header's value is read when the record is spread or read; a token of two minutes or less is never renewed, so
 * a test of expiry sees it expire. The renewal timer never keeps the process alive and stops when the gateway is gone.
 */
export async function sandboxAuth(baseUrl: string, client: SandboxClient = 'admin', scope?: string): Promise<Record<string, string>> {
  const issue = async (): Promise<{ token: string; expiresIn: number }> => {
    const c = SANDBOX_CLIENTS[client];
    const res = await fetch(`${baseUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: c.id,
        client_secret: c.secret,
        ...(scope ? { scope } : {}),
      }),
    });
    if (res.status !== 200) throw new Error(`token for ${client} refused: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    return { token: body.access_token, expiresIn: body.expires_in };
  };
  let current = await issue();
  const headers: Record<string, string> = {};
  Object.defineProperty(headers, 'authorization', { enumerable: true, configurable: true, get: () => `Bearer ${current.token}` });
  const renewLater = (): void => {
    if (current.expiresIn <= 120) return;
    setTimeout(
      () =>
        void issue().then(
          (next) => {
            current = next;
            renewLater();
          },
          () => undefined, // the platform was closed: the suite that used this header has ended
        ),
      (current.expiresIn - 60) * 1000,
    ).unref();
  };
  renewLater();
  return headers;
}
