import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Standard Webhooks signatures (standardwebhooks.com): the secret is `whsec_<base64 key>`; the signature
 * is `v1,<base64 HMAC-SHA256(key, "<webhook-id>.<webhook-timestamp>.<body>")>`, sent in Webhook-Signature
 * next to Webhook-Id and Webhook-Timestamp (unix seconds). Partners can verify with any Standard Webhooks
 * library, or with the three lines of verifySignature.
 */
export const SECRET_PREFIX = 'whsec_';

export function newSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

function key(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return 'v1,' + createHmac('sha256', key(secret)).update(`${id}.${timestamp}.${body}`).digest('base64');
}

/** True when one of the space-separated signatures matches (constant-time comparison). */
export function verifySignature(secret: string, id: string, timestamp: string, body: string, header: string): boolean {
  const expected = Buffer.from(sign(secret, id, Number(timestamp), body));
  return header.split(' ').some((s) => {
    const b = Buffer.from(s);
    return b.length === expected.length && timingSafeEqual(b, expected);
  });
}
