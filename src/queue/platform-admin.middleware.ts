import { NextFunction, Request, RequestHandler, Response } from 'express';

import { ActorSource } from '../common/auth/actor-source';

export const DASHBOARD_COOKIE = 'rally_queues';

/**
 * Lets platform admins through: a Bearer access token in the Authorization header, or (for a
 * browser opening the page) the same token in the dashboard's own HttpOnly cookie.
 * No credentials → 401; a valid user who is not a platform admin → 403.
 */
export function platformAdminOnly(actors: ActorSource): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const cookie = readCookie(req.headers.cookie, DASHBOARD_COOKIE);
    const authorization = req.headers.authorization ?? (cookie ? `Bearer ${cookie}` : undefined);
    actors
      .fromAuthorization(authorization)
      .then(({ actor, error }) => {
        if (!actor) {
          res.setHeader('WWW-Authenticate', 'Bearer');
          res.status(401).json({ error: error ?? 'Sign in as a platform admin to see the queues.' });
        } else if (!actor.isPlatformAdmin) {
          res.status(403).json({ error: 'Only platform admins can see the queues.' });
        } else {
          next();
        }
      })
      .catch(next);
  };
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
