import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from '@siapkerja/logging';
import { LOGGER, PollingWorker, SERVICE_CONFIG } from '@siapkerja/service-kit';
import type { IntegrationConfig } from '../integration.config';
import { sign } from './signature';
import { checkTarget, type CheckedTarget, type TargetPolicy } from './ssrf';

interface Claimed {
  id: string;
  event_id: string;
  event: Record<string, unknown>;
  attempt: number;
  url: string;
  secret: string;
  active: boolean;
}

export interface AttemptResult {
  ok: boolean;
  status?: number;
  error?: string;
}

export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=utf-8';

export function targetPolicy(cfg: { WEBHOOK_ALLOW_PRIVATE_TARGETS: boolean; WEBHOOK_ALLOWED_PRIVATE_TARGETS?: string[] }): TargetPolicy {
  return { allowPrivate: cfg.WEBHOOK_ALLOW_PRIVATE_TARGETS, allowedPrivateTargets: cfg.WEBHOOK_ALLOWED_PRIVATE_TARGETS ?? [] };
}

/** POSTs the body to the checked address only (the host is not resolved again: no DNS rebinding). */
function post(target: CheckedTarget, headers: Record<string, string>, body: string, timeoutMs: number): Promise<number> {
  const pinned = target.addresses[0];
  const lookup: LookupFunction = (_host, opts, cb) => {
    if ((opts as { all?: boolean }).all) (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const mod = target.url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = mod.request(
      target.url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (res) => {
        res.resume(); // the body is not needed
        res.on('error', () => undefined);
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (e) =>
      reject(e.name === 'AbortError' || e.name === 'TimeoutError' ? new Error(`no answer within ${timeoutMs} ms`) : e),
    );
    req.end(body);
  });
}

/**
 * Sends due deliveries. Rows are claimed with FOR UPDATE SKIP LOCKED and leased (next_attempt_at pushed
 * past the request timeout), so several integration instances share the work and a crash mid-request only
 * means the lease expires and the delivery is tried again (receivers de-duplicate on Webhook-Id).
 * Success is any 2xx within WEBHOOK_TIMEOUT_MS; otherwise the next attempt waits
 * WEBHOOK_BACKOFF_MS * 2^(attempt-1), and after WEBHOOK_MAX_ATTEMPTS the delivery is dead (dead-letter
 * list, replayable). The target is checked against the SSRF policy before every attempt.
 */
@Injectable()
export class DeliveryWorker extends PollingWorker {
  constructor(
    private readonly ds: DataSource,
    @Inject(SERVICE_CONFIG) private readonly cfg: IntegrationConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    super(logger, cfg.WEBHOOK_POLL_MS, 'webhook delivery worker');
  }

  /** A full round of deliveries means more may be due: go again at once. */
  protected async poll(): Promise<boolean> {
    return (await this.tick()) >= this.cfg.WEBHOOK_CONCURRENCY;
  }

  /** Claims and sends up to WEBHOOK_CONCURRENCY due deliveries; returns how many. */
  async tick(): Promise<number> {
    const cfg = this.cfg;
    const leaseSeconds = cfg.WEBHOOK_TIMEOUT_MS / 1000 + 30;
    // TypeORM answers an UPDATE with [rows, affected]
    const [rows]: [Claimed[], number] = await this.ds.query(
      `WITH due AS (
         SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED
       )
       UPDATE webhook_deliveries d
          SET attempt = d.attempt + 1, next_attempt_at = now() + make_interval(secs => $2), updated_at = now()
         FROM due, webhook_subscriptions s
        WHERE d.id = due.id AND s.id = d.subscription_id
       RETURNING d.id, d.event_id, d.event, d.attempt, s.url, s.secret, s.active`,
      [cfg.WEBHOOK_CONCURRENCY, leaseSeconds],
    );
    await Promise.all(rows.map((r) => this.deliver(r)));
    return rows.length;
  }

  private async attempt(d: Claimed): Promise<AttemptResult> {
    const cfg = this.cfg;
    if (!d.active) return { ok: false, error: 'subscription deleted' };
    try {
      const target = await checkTarget(d.url, targetPolicy(cfg));
      const body = JSON.stringify(d.event);
      const timestamp = Math.floor(Date.now() / 1000);
      const status = await post(
        target,
        {
          'content-type': CLOUDEVENTS_CONTENT_TYPE,
          'user-agent': 'SIAPKerja-Webhooks/1.0',
          'webhook-id': d.event_id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': sign(d.secret, d.event_id, timestamp, body),
        },
        body,
        cfg.WEBHOOK_TIMEOUT_MS,
      );
      return status >= 200 && status < 300 ? { ok: true, status } : { ok: false, status, error: `receiver answered ${status}` };
    } catch (e) {
      return { ok: false, error: (e as Error).message || String(e) };
    }
  }

  private async deliver(d: Claimed): Promise<void> {
    const cfg = this.cfg;
    const started = Date.now();
    const result = await this.attempt(d);
    const ms = Date.now() - started;
    const dead = !result.ok && (d.attempt >= cfg.WEBHOOK_MAX_ATTEMPTS || !d.active);
    const backoffMs = Math.round(cfg.WEBHOOK_BACKOFF_MS * 2 ** (d.attempt - 1) * (1 + Math.random() * 0.1));
    await this.ds.transaction(async (m) => {
      await m.query(
        `INSERT INTO webhook_delivery_attempts (delivery_id, attempt, status_code, error, duration_ms) VALUES ($1, $2, $3, $4, $5)`,
        [d.id, d.attempt, result.status ?? null, result.error?.slice(0, 1000) ?? null, ms],
      );
      // the attempt guard keeps a worker whose lease ran out from overwriting a newer attempt
      if (result.ok) {
        await m.query(
          `UPDATE webhook_deliveries SET status = 'delivered', delivered_at = now(), last_status = $2, last_error = NULL, updated_at = now()
            WHERE id = $1 AND attempt = $3 AND status = 'pending'`,
          [d.id, result.status, d.attempt],
        );
      } else {
        await m.query(
          `UPDATE webhook_deliveries
              SET status = CASE WHEN $4 THEN 'dead' ELSE 'pending' END,
                  next_attempt_at = CASE WHEN $4 THEN next_attempt_at ELSE now() + make_interval(secs => $5::double precision / 1000) END,
                  last_status = $2, last_error = $3, updated_at = now()
            WHERE id = $1 AND attempt = $6 AND status = 'pending'`,
          [d.id, result.status ?? null, result.error?.slice(0, 1000) ?? null, dead, backoffMs, d.attempt],
        );
      }
    });
    if (!result.ok) this.logger.info({ deliveryId: d.id, attempt: d.attempt, dead, error: result.error }, 'webhook delivery failed');
  }
}
