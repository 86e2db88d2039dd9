import { Counter, createRegistry, startOpsServer } from './index';

describe('ops server', () => {
  it('serves metrics, liveness and truthful readiness', async () => {
    const registry = createRegistry('test');
    const c = new Counter({ name: 'things_total', help: 'things', registers: [registry] });
    c.inc(3);
    let dbOk = true;
    const ops = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      registry,
      readiness: () => ({ ready: dbOk, checks: { database: { ok: dbOk } } }),
    });
    const base = `http://127.0.0.1:${ops.port}`;
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('things_total{service="test"} 3');
    expect(metrics).toContain('process_cpu_user_seconds_total');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    dbOk = false;
    const r = await fetch(`${base}/health/ready`);
    expect(r.status).toBe(503);
    expect(await r.json()).toEqual({ status: 'unavailable', checks: { database: { ok: false } } });
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
    await ops.close();
  });
});
