import { childColourEnv, colouredLogs } from './common/logging/log-format';
import { loadConfig } from './config/app-config';
import { loggerOptions, requestSummary } from './logger';

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

  it('has colours only in a terminal, unless NO_COLOR or FORCE_COLOR say otherwise', () => {
    const coloured = (env: NodeJS.ProcessEnv, terminal: boolean) => colouredLogs(loadConfig(env), terminal);
    expect(coloured({}, true)).toBe(true);
    expect(coloured({}, false)).toBe(false);
    expect(coloured({ LOG_FORMAT: 'pretty' }, false)).toBe(false);
    expect(coloured({ LOG_FORMAT: 'json' }, true)).toBe(false);
    expect(coloured({ NO_COLOR: '1' }, true)).toBe(false);
    expect(coloured({ FORCE_COLOR: '0' }, true)).toBe(false);
    expect(coloured({ FORCE_COLOR: 'false' }, true)).toBe(false);
    expect(coloured({ LOG_FORMAT: 'pretty', FORCE_COLOR: '1' }, false)).toBe(true);
    expect(coloured({ LOG_FORMAT: 'pretty', FORCE_COLOR: '1', NO_COLOR: '1' }, false)).toBe(false);
    // An empty NO_COLOR is unset, as the convention says.
    expect(coloured({ NO_COLOR: '' }, true)).toBe(true);
  });

  it('tells pino-pretty and the launched processes the same', () => {
    const pretty = (env: NodeJS.ProcessEnv, terminal: boolean) =>
      (loggerOptions(loadConfig(env), terminal).pinoHttp as { transport?: { options: { colorize: boolean } } }).transport?.options.colorize;
    expect(pretty({}, true)).toBe(true);
    expect(pretty({ LOG_FORMAT: 'pretty' }, false)).toBe(false);
    expect(childColourEnv(loadConfig({ LOG_FORMAT: 'pretty' }), false)).toEqual({ NO_COLOR: '1', FORCE_COLOR: '0' });
    expect(childColourEnv(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }), true)).toEqual({ NO_COLOR: '1', FORCE_COLOR: '0' });
    expect(childColourEnv(loadConfig({}), true)).toEqual({});
  });

  it('logs a request by id, method and url, never its headers (no token or cookie can reach the logs)', () => {
    const req = { id: 7, method: 'POST', url: '/graphql', headers: { authorization: 'Bearer secret', cookie: 'sid=1' } };
    expect(requestSummary(req)).toEqual({ id: 7, method: 'POST', url: '/graphql' });
    expect(JSON.stringify(requestSummary(req))).not.toContain('secret');
  });
});
