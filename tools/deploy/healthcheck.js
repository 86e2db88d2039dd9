#!/usr/bin/env node
// Container healthcheck for Docker / docker compose (Kubernetes uses its own httpGet probes).
// Usage: node tools/deploy/healthcheck.js [/health/live|/health/ready]
// Probes the HTTP port of this container: METRICS_PORT for the gRPC services, PORT for the gateway.
'use strict';
const path = process.argv[2] || '/health/live';
const port = process.env.METRICS_PORT || process.env.PORT || '3000';
fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
