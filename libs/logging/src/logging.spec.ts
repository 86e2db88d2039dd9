import { Writable } from 'node:stream';
import { acceptCorrelationId, correlationId, createLogger, runWithContext } from './index';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(chunk.toString()));
      cb();
    },
  });
  return { lines, stream };
}

describe('logging', () => {
  it('writes JSON with the correlation id of the current context', async () => {
    const { lines, stream } = capture();
    const log = createLogger('jobs', 'info', stream as never);
    await runWithContext({ correlationId: 'corr-12345678' }, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(correlationId()).toBe('corr-12345678');
      log.info({ vacancyId: 'v1' }, 'created');
    });
    log.info('outside');
    await new Promise((r) => setImmediate(r));
    expect(lines[0]).toMatchObject({ level: 'info', service: 'jobs', correlationId: 'corr-12345678', vacancyId: 'v1', msg: 'created' });
    expect(lines[1].correlationId).toBeUndefined();
  });

  it('redacts personal data fields', async () => {
    const { lines, stream } = capture();
    createLogger('jobs', 'info', stream as never).info({ nik: '3273014507900001', seeker: { phone: '0812' } }, 'x');
    await new Promise((r) => setImmediate(r));
    expect(lines[0].nik).toBe('[redacted]');
    expect((lines[0].seeker as Record<string, unknown>).phone).toBe('[redacted]');
  });

  it('accepts only sane incoming correlation ids', () => {
    expect(acceptCorrelationId('abc-12345678')).toBe('abc-12345678');
    expect(acceptCorrelationId('bad id with spaces')).toMatch(/^[0-9a-f-]{36}$/);
    expect(acceptCorrelationId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
    expect(acceptCorrelationId('x'.repeat(500))).not.toBe('x'.repeat(500));
  });
});
