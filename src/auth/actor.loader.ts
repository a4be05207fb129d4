import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, ActorMembership } from '../common/access/actor';
import { ActorSource, ResolvedActor } from '../common/auth/actor-source';
import { TokenService } from './token.service';

interface ActorRow {
  id: string;
  email: string;
  is_platform_admin: boolean;
  password_changed_at: Date | null;
  memberships: ActorMembership[] | null;
  volunteer_profile_id: string | null;
  mentor_profile_id: string | null;
}

/** Turns a bearer token into an Actor with one query. */
@Injectable()
export class ActorLoader implements ActorSource {
  constructor(
    private readonly tokens: TokenService,
    private readonly dataSource: DataSource,
  ) {}

  async fromAuthorization(header: string | undefined): Promise<ResolvedActor> {
    if (!header) return { actor: null, error: null };
    const [scheme, token] = header.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token) return { actor: null, error: 'The Authorization header must be "Bearer <token>".' };
    const claims = this.tokens.verifyAccessToken(token);
    if (!claims) return { actor: null, error: 'Your session has expired. Please sign in again.' };
    const actor = await this.load(claims.sub, claims.iat);
    return actor ? { actor, error: null } : { actor: null, error: 'Your session is no longer valid. Please sign in again.' };
  }

  async load(userId: string, issuedAt?: number): Promise<Actor | null> {
    const [row] = await this.dataSource.query<ActorRow[]>(
      `SELECT u.id, u.email, u.is_platform_admin, u.password_changed_at,
              (SELECT json_agg(json_build_object('organizationId', m.organization_id, 'kind', o.kind, 'role', m.role))
                 FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.user_id = u.id) AS memberships,
              (SELECT id FROM volunteer_profile WHERE user_id = u.id) AS volunteer_profile_id,
              (SELECT id FROM mentor_profile WHERE user_id = u.id) AS mentor_profile_id
         FROM user_account u WHERE u.id = $1`,
      [userId],
    );
    if (!row) return null;
    // A password change ends every session, including access tokens issued before it.
    if (issuedAt !== undefined && row.password_changed_at && issuedAt < Math.floor(row.password_changed_at.getTime() / 1000)) return null;
    return new Actor(row.id, row.email, row.is_platform_admin, row.memberships ?? [], row.volunteer_profile_id, row.mentor_profile_id);
  }
}
