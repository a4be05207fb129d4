import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';

import { Actor } from '../access/actor';
import { AppError } from '../errors/app-error';
import { RequestContext } from '../graphql/request-context';

export const IS_PUBLIC = 'rally:isPublic';

/** Marks a resolver or route that anyone may call; everything else requires a signed-in user. */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export function requestContext(ctx: ExecutionContext): RequestContext {
  if (ctx.getType<string>() === 'graphql') return GqlExecutionContext.create(ctx).getContext<RequestContext>();
  return ctx.switchToHttp().getRequest<{ rally: RequestContext }>().rally;
}

/** The signed-in actor; the global guard has already refused anonymous calls. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const actor = requestContext(ctx).actor;
  if (!actor) throw AppError.unauthenticated();
  return actor;
});
