import { randomBytes } from 'node:crypto';

import { DataSource } from 'typeorm';

import { hashToken } from '../auth/token.service';

export interface IssuedInvitation {
  token: string;
  email: string;
  name: string | null;
  locale: string | null;
  organizationName: string;
}

/**
 * Gives a pending invitation a fresh token and returns it with what its email needs. Only the
 * invitation as issued at `issuedAt` gets one: a re-invitation since then has its own email on
 * the way, and an older job arriving late must not replace that newer link.
 */
export async function issueInvitationLink(dataSource: DataSource, invitationId: string, issuedAt: string): Promise<IssuedInvitation | null> {
  const token = randomBytes(32).toString('base64url');
  const [row] = (await dataSource.query(
    `UPDATE invitation i SET token_hash = $3 FROM organization o
      WHERE i.id = $1 AND o.id = i.organization_id AND i.accepted_at IS NULL AND i.expires_at > now()
        AND date_trunc('milliseconds', i.created_at) = $2::timestamptz
      RETURNING i.email, i.name, i.locale, o.name AS organization_name`,
    [invitationId, issuedAt, hashToken(token)],
  )) as [{ email: string; name: string | null; locale: string | null; organization_name: string }[], number];
  const found = row?.[0];
  return found ? { token, email: found.email, name: found.name, locale: found.locale, organizationName: found.organization_name } : null;
}
