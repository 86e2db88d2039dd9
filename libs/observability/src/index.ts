import http from 'node:http';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export { Registry, Counter, Gauge, Histogram };

/** A Prometheus registry labelled with the service name, with process metrics. */
export function createRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

export interface ReadinessReport {
  ready: boolean;
  /** `required: false`: reported, but its state does not make the process unready */
  checks: Record<string, { ok: boolean; detail?: string; required?: boolean }>;
}

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * A small HTTP server for operations: `/metrics` (Prometheus text), `/health/live` (the process
 * answers) and `/health/ready` (the real state of the dependencies, 503 when not ready).
 */
export async function startOpsServer(opts: {
  port: number;
  host?: string;
  registry: Registry;
  readiness: () => ReadinessReport | Promise<ReadinessReport>;
}): Promise<OpsServer> {
  const server = http.createServer(async (req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res
          .writeHead(405, { 'content-type': 'application/problem+json', allow: 'GET, HEAD' })
          .end(JSON.stringify({ title: 'Method Not Allowed', status: 405 }));
      } else if (url === '/metrics') {
        res.writeHead(200, { 'content-type': opts.registry.contentType }).end(await opts.registry.metrics());
      } else if (url === '/health/live') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok' }));
      } else if (url === '/health/ready') {
        const r = await opts.readiness();
        res
          .writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ status: r.ready ? 'ok' : 'unavailable', checks: r.checks }));
      } else {
        res.writeHead(404, { 'content-type': 'application/problem+json' }).end(JSON.stringify({ title: 'Not Found', status: 404 }));
      }
    } catch (e) {
      res
        .writeHead(500, { 'content-type': 'application/problem+json' })
        .end(JSON.stringify({ title: 'Internal Server Error', status: 500 }));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host ?? '0.0.0.0', () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : opts.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
