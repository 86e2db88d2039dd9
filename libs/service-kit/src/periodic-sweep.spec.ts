import pino from 'pino';
import { PeriodicSweep } from './periodic-sweep';

class Counting extends PeriodicSweep {
  calls = 0;
  release?: () => void;
  fail = false;
  constructor() {
    super(pino({ level: 'silent' }), 3_600_000, 'things swept');
  }
  protected runOnce(): Promise<number> {
    this.calls++;
    return new Promise((resolve, reject) => (this.release = () => (this.fail ? reject(new Error('db down')) : resolve(1))));
  }
}

describe('PeriodicSweep', () => {
  it('runs one sweep at a time, survives a failing one, and waits for a running sweep on stop', async () => {
    const s = new Counting();
    s.onApplicationBootstrap();
    const again = s.sweep();
    expect(s.calls).toBe(1);
    s.fail = true;
    s.release!();
    await again;
    const next = s.sweep();
    expect(s.calls).toBe(2);
    let stopped = false;
    const stopping = s.onModuleDestroy().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    s.fail = false;
    s.release!();
    await next;
    await stopping;
    expect(stopped).toBe(true);
    await s.sweep();
    expect(s.calls).toBe(2);
  });
});
