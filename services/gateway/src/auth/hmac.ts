import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { isUniqueViolation } from '@siapkerja/persistence';

const sha256hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Nonces of signed requests: edge state of the gateway (replay protection), kept until the timestamp window ends. */
export class GatewayNonces1763800001001 implements MigrationInterface {
  name = 'GatewayNonces1763800001001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE IF NOT EXISTS auth_nonces (
        client_id text NOT NULL,
        nonce text NOT NULL,
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (client_id, nonce)
      )`);
    await q.query(`CREATE INDEX IF NOT EXISTS auth_nonces_expires ON auth_nonces (expires_at)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS auth_nonces`);
  }
}

/**
 * Request signing for partners (Kartu Prakerja style):
 *   X-Client-Id, X-Timestamp (unix seconds), X-Nonce, X-Signature =
 *   base64url(HMAC-SHA256(hmacSecret, clientId \n timestamp \n nonce \n METHOD \n pathWithQuery \n sha256hex(body)))
 */
export function signingString(
  clientId: string,
  timestamp: string,
  nonce: string,
  method: string,
  pathWithQuery: string,
  body: Buffer | string,
): string {
  return `${clientId}\n${timestamp}\n${nonce}\n${method.toUpperCase()}\n${pathWithQuery}\n${sha256hex(body)}`;
}

export function hmacSignature(secret: string, stringToSign: string): string {
  return createHmac('sha256', secret).update(stringToSign).digest('base64url');
}

export type HmacCheck = { ok: true } | { ok: false; reason: string };

let sinceCleanup = 0;

/** Checks a signed request; on success stores its nonce so the same request is refused a second time. */
export async function verifySignedRequest(
  ds: DataSource,
  req: Request & { rawBody?: Buffer },
  clientId: string,
  secrets: string[],
  skewS: number,
): Promise<HmacCheck> {
  const headerClient = req.header('x-client-id');
  const ts = req.header('x-timestamp');
  const nonce = req.header('x-nonce');
  const sig = req.header('x-signature');
  if (!headerClient || !ts || !nonce || !sig)
    return { ok: false, reason: 'signed request required: X-Client-Id, X-Timestamp, X-Nonce and X-Signature' };
  if (headerClient !== clientId) return { ok: false, reason: 'X-Client-Id does not match the token' };
  if (!/^\d{1,12}$/.test(ts)) return { ok: false, reason: 'X-Timestamp must be unix seconds' };
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(nonce)) return { ok: false, reason: 'X-Nonce must be 16 to 128 characters [A-Za-z0-9_-]' };
  const now = Math.floor(Date.now() / 1000);
  if (Math.abs(now - Number(ts)) > skewS) return { ok: false, reason: `X-Timestamp is outside the ${skewS} s window` };
  const toSign = signingString(clientId, ts, nonce, req.method, req.originalUrl, req.rawBody ?? Buffer.alloc(0));
  if (!secrets.some((s) => safeEqual(hmacSignature(s, toSign), sig)))
    return { ok: false, reason: 'X-Signature does not match the request' };
  try {
    // kept until the timestamp can no longer pass the window, so the replay of a valid request always hits this key
    await ds.query(`INSERT INTO auth_nonces (client_id, nonce, expires_at) VALUES ($1, $2, to_timestamp($3))`, [
      clientId,
      nonce,
      Number(ts) + skewS + 1,
    ]);
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, reason: 'replayed request (nonce already used)' };
    throw e;
  }
  if (++sinceCleanup >= 500) {
    sinceCleanup = 0;
    await ds.query('DELETE FROM auth_nonces WHERE expires_at < now()').catch(() => undefined);
  }
  return { ok: true };
}
