import net from 'node:net';

/** The port a server could listen on now (0: any free one), or undefined when it is taken. */
function listenable(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(undefined));
    s.listen(port, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

const PORT_SLICE = 500;
let portCursor = Math.floor(Math.random() * PORT_SLICE);

/**
 * A free port on 127.0.0.1 for a server a test starts (a service, a PostgreSQL server): below Linux's ephemeral range
 * (32768-60999 by default), from a slice of its own per jest worker (20000-31999). A port chosen by listening on port 0
 * is an ephemeral one, which the tests' own outgoing connections (PostgreSQL, Kafka, HTTP) are also given: in CI one took
 * it between the check and the server's bind (EADDRINUSE). An ephemeral port only when every port of the slice is taken.
 */
export async function freePort(): Promise<number> {
  const worker = Math.max(1, Number(process.env.JEST_WORKER_ID) || 1);
  const base = 20000 + ((worker - 1) % 24) * PORT_SLICE;
  for (let i = 0; i < PORT_SLICE; i++) {
    const port = await listenable(base + (portCursor++ % PORT_SLICE));
    if (port) return port;
  }
  const any = await listenable(0);
  if (!any) throw new Error('no free port on 127.0.0.1');
  return any;
}
