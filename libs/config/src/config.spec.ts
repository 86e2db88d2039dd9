import { ConfigError, address, bool, int, list, loadConfig, oneOf, port, secret, str, url } from './index';

describe('loadConfig', () => {
  const specs = {
    PORT: port({ default: 3000 }),
    DATABASE_URL: url({ protocols: ['postgres', 'postgresql'] }),
    KAFKA_BROKERS: list({ optional: true, item: /^[^:]+:\d+$/ }),
    PERSON_ID_SECRET: secret({ minLength: 32 }),
    LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error'] as const, { default: 'info' }),
    VERBOSE: bool({ default: false }),
    JOBS: address({ default: '127.0.0.1:50051' }),
    NAME: str({ optional: true, pattern: /^[a-z]+$/ }),
    BATCH: int({ default: 100, min: 1, max: 1000 }),
  };
  const good = { DATABASE_URL: 'postgres://u@h:5432/db', PERSON_ID_SECRET: 'x'.repeat(32) };

  it('parses and applies defaults', () => {
    const c = loadConfig(specs, { ...good, KAFKA_BROKERS: 'a:1, b:2', VERBOSE: 'yes', BATCH: '7' });
    expect(c.PORT).toBe(3000);
    expect(c.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(c.VERBOSE).toBe(true);
    expect(c.BATCH).toBe(7);
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.NAME).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names every missing variable', () => {
    try {
      loadConfig(specs, {});
      throw new Error('should throw');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const msg = (e as ConfigError).message;
      expect(msg).toContain('DATABASE_URL is required');
      expect(msg).toContain('PERSON_ID_SECRET is required');
      expect((e as ConfigError).problems).toHaveLength(2);
    }
  });

  it('names malformed variables and never prints a secret', () => {
    expect(() => loadConfig(specs, { ...good, PORT: '70000' })).toThrow(/PORT must be <= 65535/);
    expect(() => loadConfig(specs, { ...good, PORT: 'abc' })).toThrow(/PORT must be an integer/);
    expect(() => loadConfig(specs, { ...good, DATABASE_URL: 'mysql://x/y' })).toThrow(/DATABASE_URL must use postgres or postgresql/);
    expect(() => loadConfig(specs, { ...good, DATABASE_URL: 'nope' })).toThrow(/DATABASE_URL must be a URL/);
    expect(() => loadConfig(specs, { ...good, KAFKA_BROKERS: 'nohost' })).toThrow(/KAFKA_BROKERS item "nohost"/);
    expect(() => loadConfig(specs, { ...good, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of/);
    expect(() => loadConfig(specs, { ...good, VERBOSE: 'maybe' })).toThrow(/VERBOSE must be true or false/);
    expect(() => loadConfig(specs, { ...good, JOBS: 'nohost' })).toThrow(/JOBS must be host:port/);
    expect(() => loadConfig(specs, { ...good, NAME: 'ABC' })).toThrow(/NAME must match/);
    let msg = '';
    try {
      loadConfig(specs, { ...good, PERSON_ID_SECRET: 'short-secret-value' });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('PERSON_ID_SECRET must be at least 32 characters');
    expect(msg).not.toContain('short-secret-value');
  });
});
