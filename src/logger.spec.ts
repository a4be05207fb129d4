import { loadConfig } from './config/app-config';
import { loggerOptions } from './logger';

const transportOf = (env: NodeJS.ProcessEnv, terminal: boolean) => {
  const http = loggerOptions(loadConfig(env), terminal).pinoHttp as { transport?: { target: string } };
  return http.transport?.target ?? 'json';
};

describe('log format', () => {
  it('is readable in a terminal and JSON lines when piped', () => {
    expect(transportOf({}, true)).toBe('pino-pretty');
    expect(transportOf({}, false)).toBe('json');
  });

  it('is JSON in production even in a terminal, unless asked otherwise', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) };
    expect(transportOf(production, true)).toBe('json');
    expect(transportOf({ ...production, LOG_FORMAT: 'pretty' }, false)).toBe('pino-pretty');
    expect(transportOf({ LOG_FORMAT: 'json' }, true)).toBe('json');
  });

  it('refuses an unknown format in one line', () => {
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT="xml": LOG_FORMAT must be one of the following values: auto, json, pretty/);
  });
});
