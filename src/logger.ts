import { Params } from 'nestjs-pino';

import { colouredLogs, readableLogs } from './common/logging/log-format';
import { AppConfig } from './config/app-config';

export function loggerOptions(config: AppConfig, stdoutIsTerminal = process.stdout.isTTY === true): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // GraphQL requests all hit one route; the operation shows up in the GraphQL logs instead.
      autoLogging: { ignore: (req) => req.url === '/health' },
      ...(readableLogs(config, stdoutIsTerminal) && {
        transport: {
          target: 'pino-pretty',
          options: {
            singleLine: true,
            colorize: colouredLogs(config, stdoutIsTerminal),
            translateTime: 'SYS:HH:MM:ss.l',
            ignore: 'pid,hostname,context,req,res',
            messageFormat: '{if context}[{context}] {end}{msg}',
          },
        },
      }),
    },
  };
}
