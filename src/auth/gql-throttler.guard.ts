import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { requestContext } from '../common/auth/auth.decorators';

/** The throttler guard, reading the HTTP request out of the GraphQL context. */
@Injectable()
export class GqlThrottlerGuard extends ThrottlerGuard {
  protected override getRequestResponse(ctx: ExecutionContext) {
    const { req } = requestContext(ctx);
    return { req: req as unknown as Record<string, unknown>, res: req?.res as unknown as Record<string, unknown> };
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    return (req.ip as string | undefined) ?? 'unknown';
  }
}
