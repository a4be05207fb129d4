import { Params } from 'nestjs-pino';

import { colouredLogs, readableLogs } from './common/logging/log-format';
import { AppConfig } from './config/app-config';

interface LoggedRequest {
  id?: unknown;
  method?: string;
  url?: string;
}

export const requestSummary = (req: LoggedRequest) => ({ id: req.id, method: req.method, url: req.url });
export const responseSummary = (res: { statusCode?: number }) => ({ statusCode: res.statusCode });

export function loggerOptions(config: AppConfig, stdoutIsTerminal = process.stdout.isTTY === true): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // One line per request names it and its outcome; serializing every header of every request cost more than the GraphQL work of a small page.
      serializers: { req: requestSummary, res: responseSummary },
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
