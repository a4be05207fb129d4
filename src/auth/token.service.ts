import { createHash, createSecretKey, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

import { AccessClaims } from '../common/auth/actor-source';
import { AppConfig } from '../config/app-config';
import { resolveJwtSecret } from './jwt-secret';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const isClaims = (c: Record<string, unknown>): c is Record<string, unknown> & AccessClaims =>
  typeof c.sub === 'string' && typeof c.sid === 'string' && Number.isInteger(c.iat) && Number.isInteger(c.exp);

@Injectable()
export class TokenService {
  private readonly secret: string;
  /**
   * Given a string, jsonwebtoken first tries to read it as a PEM public key and builds a key object
   * from it on every call: with one built here, verifying a token no longer does per request.
   */
  private readonly verifier: JwtService;

  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {
    this.secret = resolveJwtSecret(config);
    this.verifier = new JwtService({ secret: createSecretKey(Buffer.from(this.secret, 'utf8')) });
  }

  signAccessToken(userId: string, sessionId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId, sid: sessionId }, { secret: this.secret, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  /** The claims of a token this install signed with HS256 and that has not expired; null for anything else. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      // The algorithm is pinned, and a token without exp would never expire: both are refused.
      const claims = this.verifier.verify<Record<string, unknown>>(token, { algorithms: ['HS256'] });
      return isClaims(claims) ? { sub: claims.sub, sid: claims.sid, iat: claims.iat, exp: claims.exp } : null;
    } catch {
      return null;
    }
  }

  /** An opaque random token; only its hash is stored. */
  newOpaqueToken(): { token: string; hash: string } {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashToken(token) };
  }
}
