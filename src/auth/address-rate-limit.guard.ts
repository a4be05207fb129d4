import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';

import { requestContext } from '../common/auth/auth.decorators';
import { AppError } from '../common/errors/app-error';
import { RateLimiter } from '../common/redis/rate-limiter';
import { AppConfig } from '../config/app-config';

const WINDOW_MS = 60_000;

/**
 * Limits an operation per client address and minute, across every API process. The address is
 * the connection's, or X-Forwarded-For's only from a proxy listed in TRUST_PROXY.
 */
@Injectable()
export class AddressRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const address = requestContext(ctx).req?.ip ?? 'unknown';
    if (!(await this.limiter.hit(`${ctx.getHandler().name}:${address}`, this.config.SIGN_IN_RATE_LIMIT_PER_MINUTE, WINDOW_MS))) {
      throw AppError.throttled();
    }
    return true;
  }
}
