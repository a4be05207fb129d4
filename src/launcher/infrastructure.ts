import { AppConfig, DEFAULT_REDIS_URL } from '../config/app-config';
import { startEmbeddedDatabase } from '../database/embedded-database';
import { ensureRedis } from './session-redis';

export interface Infrastructure {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

/**
 * What the API and worker need on one machine: DATABASE_URL's PostgreSQL or the embedded one,
 * REDIS_URL's Redis or one started for the session. `stop()` stops only what was started here.
 */
export async function startInfrastructure(config: AppConfig, say: (line: string) => void): Promise<Infrastructure> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s();
  };
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const db = await startEmbeddedDatabase(config.DATA_DIR, config.EMBEDDED_DB_PORT);
      stops.push(() => db.stop());
      say(`Embedded PostgreSQL on port ${db.port}, data in ${db.clusterDir}`);
      databaseUrl = db.url;
    }
    const isDefault = config.REDIS_URL === DEFAULT_REDIS_URL;
    const redisUrl = isDefault ? `redis://localhost:${config.SESSION_REDIS_PORT}` : config.REDIS_URL;
    const redis = await ensureRedis(redisUrl, config.DATA_DIR, isDefault);
    stops.push(() => redis.stop());
    if (redis.dataDir) say(`Started redis-server for this session on ${redis.url}, data in ${redis.dataDir}`);
    return { databaseUrl, redisUrl: redis.url, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
