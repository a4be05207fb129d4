import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisPubSub } from 'graphql-redis-subscriptions';

import { Public } from '../common/auth/auth.decorators';
import { PUB_SUB } from '../common/pubsub/pubsub.module';

@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicator: HealthIndicatorService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
  ) {}

  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 2000 }), () => this.redis()]);
  }

  private async redis() {
    const check = this.indicator.check('redis');
    try {
      await Promise.race([this.pubSub.getPublisher().ping(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 1000))]);
      return check.up();
    } catch (e) {
      return check.down({ message: e instanceof Error ? e.message : 'unreachable' });
    }
  }
}
