import { ConsoleLogger, LoggerService } from '@nestjs/common';
import pino from 'pino';

import { AppConfig } from '../../config/app-config';

/** People read a terminal; log collectors read JSON, which production always writes. */
export function readableLogs(config: AppConfig, stdoutIsTerminal: boolean): boolean {
  if (config.LOG_FORMAT !== 'auto') return config.LOG_FORMAT === 'pretty';
  return stdoutIsTerminal && !config.isProduction;
}

/**
 * Colours only in readable logs, and there only in a terminal unless FORCE_COLOR asks for them
 * (as concurrently does for `npm run dev`); NO_COLOR or FORCE_COLOR=0 turn them off. A pipe or a
 * file never gets escape codes otherwise.
 */
export function colouredLogs(config: AppConfig, stdoutIsTerminal: boolean): boolean {
  if (!readableLogs(config, stdoutIsTerminal) || config.NO_COLOR !== undefined) return false;
  if (config.FORCE_COLOR !== undefined) return !['0', 'false'].includes(config.FORCE_COLOR.toLowerCase());
  return stdoutIsTerminal;
}

/**
 * The environment that keeps the launcher's children (API, worker and, in dev, concurrently, Nest
 * CLI and Vite) from writing escape codes when the launcher's own output has no colours.
 */
export function childColourEnv(config: AppConfig, stdoutIsTerminal = process.stdout.isTTY === true): NodeJS.ProcessEnv {
  return colouredLogs(config, stdoutIsTerminal) ? {} : { NO_COLOR: '1', FORCE_COLOR: '0' };
}

/**
 * The logger of processes without a Nest application (the launcher, migrate): Nest's readable
 * lines in a terminal, the API's pino JSON lines otherwise, colours as `colouredLogs` says.
 */
export function standaloneLogger(config: AppConfig, stdoutIsTerminal = process.stdout.isTTY === true): LoggerService {
  if (readableLogs(config, stdoutIsTerminal)) return new ConsoleLogger({ colors: colouredLogs(config, stdoutIsTerminal) });
  const json = pino({ level: config.LOG_LEVEL });
  const line =
    (level: 'info' | 'warn' | 'error' | 'debug' | 'trace' | 'fatal') =>
    (message: unknown, ...rest: unknown[]) => {
      const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
      json[level]({ context }, typeof message === 'string' ? message : JSON.stringify(message));
    };
  return { log: line('info'), warn: line('warn'), error: line('error'), debug: line('debug'), verbose: line('trace'), fatal: line('fatal') };
}
