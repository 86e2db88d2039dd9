import { ConfigError, address, bool, int, list, loadConfig, oneOf, port, secret, str, trustProxy, url } from './index';

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

/** TRUST_PROXY as the gateway reads it (its config spec holds trustProxy): the value Express gets, or the ConfigError. */
const trustProxyValue = (raw: string | undefined) =>
  loadConfig({ TRUST_PROXY: trustProxy({ optional: true }) }, { TRUST_PROXY: raw }).TRUST_PROXY;

describe('TRUST_PROXY', () => {
  it('takes addresses, CIDRs, range names and hop counts; unset, empty, 0 or false believe no X-Forwarded-For', () => {
    expect(trustProxyValue(undefined)).toBeUndefined();
    expect(trustProxyValue('')).toBeUndefined();
    expect(trustProxyValue('false')).toBe(false);
    expect(trustProxyValue('0')).toBe(0);
    expect(trustProxyValue('2')).toBe(2);
    expect(trustProxyValue(' loopback, 10.0.0.0/8 ,fd00::/8,192.168.1.0/255.255.255.0')).toBe(
      'loopback,10.0.0.0/8,fd00::/8,192.168.1.0/255.255.255.0',
    );
  });

  it('refuses true (every sender believed) and entries that are no address, CIDR or range name, as configuration errors', () => {
    expect(() => trustProxyValue('true')).toThrow(ConfigError);
    expect(() => trustProxyValue('true')).toThrow(/any sender/);
    expect(() => trustProxyValue('foo')).toThrow(/"foo" is not an IP address/);
    expect(() => trustProxyValue('10.0.0.0/33')).toThrow(/prefix length/);
    expect(() => trustProxyValue('loopback,10.0.0.1/x')).toThrow(ConfigError);
  });
});
