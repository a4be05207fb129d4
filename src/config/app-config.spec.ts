import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses defaults that run on one machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.REDIS_URL).toBe('redis://localhost:6379');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('reads and converts values', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db:5432/rally', SEED_DEMO_ON_START: 'false' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBe('postgres://u@db:5432/rally');
    expect(config.SEED_DEMO_ON_START).toBe(false);
  });

  it('names every problem on its own line', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: 'eighty', REDIS_URL: 'http://nope', NODE_ENV: 'production' });
    } catch (e) {
      error = e as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error?.problems).toHaveLength(3);
    expect(error?.problems.join('\n')).toMatch(/^PORT="eighty": .*\nREDIS_URL="http:\/\/nope": .*\nJWT_SECRET: must be set/);
  });

  it('trusts no proxy unless told, and refuses a proxy list it cannot read', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,::1' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', '::1']);
    expect(() => loadConfig({ TRUST_PROXY: 'loopback,my-proxy' })).toThrow(/TRUST_PROXY="loopback,my-proxy": my-proxy is not an IP address/);
  });

  it('prefixes Redis with REDIS_PREFIX, else the older QUEUE_PREFIX', () => {
    expect(loadConfig({}).redisPrefix).toBe('rally');
    expect(loadConfig({ QUEUE_PREFIX: 'old' }).redisPrefix).toBe('old');
    expect(loadConfig({ QUEUE_PREFIX: 'old', REDIS_PREFIX: 'new' }).redisPrefix).toBe('new');
  });
});
