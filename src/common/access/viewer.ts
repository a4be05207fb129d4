import { GraphQLResolveInfo } from 'graphql';

import { AppError } from '../errors/app-error';
import { RequestContext } from '../graphql/request-context';
import { Actor } from './actor';

export const SELF = 'SELF';

/**
 * Who reads a nested User field. signUp, signIn and refreshSession answer before the caller holds a
 * token; the user of an AuthPayload is always the caller themself, who sees all of their own account.
 */
export function viewerOf(ctx: RequestContext, info: GraphQLResolveInfo): Actor | typeof SELF {
  if (info.path.prev?.typename === 'AuthPayload') return SELF;
  if (!ctx.actor) throw AppError.unauthenticated();
  return ctx.actor;
}
