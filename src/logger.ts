import { Params } from 'nestjs-pino';
import { AppConfig } from './config/app-config';

export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.LOG_LEVEL,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // GraphQL requests all hit one route; the operation shows up in the GraphQL logs instead.
      autoLogging: { ignore: (req) => req.url === '/health' },
    },
  };
}
