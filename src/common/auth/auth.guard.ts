import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

import { AppError } from '../errors/app-error';
import { IS_PUBLIC, requestContext } from './auth.decorators';

/** Global guard: every resolver needs a signed-in user unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [ctx.getHandler(), ctx.getClass()]);
    if (isPublic) return true;
    const context = requestContext(ctx);
    if (!context?.actor) throw AppError.unauthenticated(context?.authError ?? undefined);
    return true;
  }
}
