import { AppConfig } from '../../config/app-config';

/** A Redis key or channel under this install's prefix; every key Rally owns goes through here. */
export const redisKey = (config: Pick<AppConfig, 'redisPrefix'>, ...parts: string[]): string => [config.redisPrefix, ...parts].join(':');
