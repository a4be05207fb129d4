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
});
