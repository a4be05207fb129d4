import { isIP } from 'node:net';

import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === 'true' || value === '1');

export const DEFAULT_REDIS_URL = 'redis://localhost:6379';

/** Every setting Rally reads, validated once at start; nothing else reads process.env. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL?: string;

  /** The Vite dev server's port under `npm run dev`. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  DEV_CLIENT_PORT = 5173;

  @IsString()
  DATA_DIR = '.data';

  /** Unset: the port the embedded cluster used last, else the first free one from 54329. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_DB_PORT?: number;

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = DEFAULT_REDIS_URL;

  /** Where `npm start` and `npm run dev` look for Redis, and run their own when nothing answers, while REDIS_URL is the default. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  SESSION_REDIS_PORT = 6379;

  @IsString()
  @MinLength(1)
  QUEUE_PREFIX = 'rally';

  @IsOptional()
  @IsString()
  @MinLength(1)
  REDIS_PREFIX?: string;

  /** Unset outside production: a random secret is kept in DATA_DIR instead (see src/auth/jwt-secret.ts). */
  @IsOptional()
  @IsString()
  @MinLength(32)
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  @IsString()
  CORS_ORIGINS = 'http://localhost:5173,http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** auto: readable lines in a terminal, JSON lines otherwise and always in production. */
  @IsIn(['auto', 'json', 'pretty'])
  LOG_FORMAT: 'auto' | 'json' | 'pretty' = 'auto';

  /** The common convention: any value turns colours off in readable logs (https://no-color.org). */
  @IsOptional()
  @IsString()
  NO_COLOR?: string;

  /** The common convention: 0 or false turns colours off, any other value on, even when piped. */
  @IsOptional()
  @IsString()
  FORCE_COLOR?: string;

  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Rally <no-reply@rally.local>';

  @IsString()
  OUTBOX_DIR = '.data/outbox';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  OFFER_DEADLINE_DAYS = 14;

  /** Minutes a message may stay unread before its recipient gets one email digest for the thread. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  MESSAGE_DIGEST_DELAY_MINUTES = 15;

  /** Seconds after a match is completed before its nonprofit is asked whether the work is still in use (90 days). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(366 * 86400)
  FOLLOW_UP_DELAY_SECONDS = 90 * 86400;

  /** Messages one person may post per minute, across all threads. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MESSAGE_POSTS_PER_MINUTE = 20;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  MATCHING_TOP_K = 50;

  @IsString()
  MATCHING_SCHEDULE = '0 3 * * *';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  SIGN_IN_RATE_LIMIT_PER_MINUTE = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  SIGN_IN_FREE_FAILURES = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  SIGN_IN_BACKOFF_BASE_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(86400)
  SIGN_IN_BACKOFF_MAX_SECONDS = 900;

  @IsString()
  TRUST_PROXY = '';

  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO_ON_START = true;

  @IsOptional()
  @IsUrl({ require_tld: false })
  PUBLIC_URL?: string;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  /** Where people open Rally; defaults to this machine's API port, which also serves the client. */
  get publicUrl(): string {
    return this.PUBLIC_URL ?? `http://localhost:${this.PORT}`;
  }

  /** Every Redis key and channel Rally owns starts with this, so installs sharing a Redis stay apart. */
  get redisPrefix(): string {
    return this.REDIS_PREFIX ?? this.QUEUE_PREFIX;
  }

  /** Express's "trust proxy" value: false (the default) trusts no X-Forwarded-For at all. */
  get trustProxy(): false | string[] {
    const list = this.TRUST_PROXY.split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    return list.length ? list : false;
  }

  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];
const isProxy = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/');
  return PROXY_NAMES.includes(entry) || (isIP(address) !== 0 && rest.length === 0 && (bits === undefined || /^\d{1,3}$/.test(bits)));
};

/** Reads and checks the environment; throws ConfigError with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = new Set([...Object.keys(new AppConfig()), 'DATABASE_URL', 'EMBEDDED_DB_PORT', 'SMTP_URL', 'PUBLIC_URL', 'REDIS_PREFIX', 'JWT_SECRET', 'NO_COLOR', 'FORCE_COLOR']);
  const raw = Object.fromEntries(Object.entries(env).filter(([k, v]) => known.has(k) && v !== ''));
  const config = plainToInstance(AppConfig, raw, { exposeDefaultValues: true });
  const problems = validateSync(config, { stopAtFirstError: true }).map(
    (e) => `${e.property}=${JSON.stringify(env[e.property] ?? '')}: ${Object.values(e.constraints ?? {}).join('; ')}`,
  );
  const badProxies = config.trustProxy ? config.trustProxy.filter((p) => !isProxy(p)) : [];
  if (badProxies.length > 0) {
    problems.push(`TRUST_PROXY=${JSON.stringify(config.TRUST_PROXY)}: ${badProxies.join(', ')} is not an IP address, a CIDR range or one of ${PROXY_NAMES.join(', ')}`);
  }
  if (config.isProduction && !config.JWT_SECRET) {
    problems.push('JWT_SECRET: must be set to a secret of at least 32 characters in production');
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
