import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config';

export interface AccessClaims {
  sub: string;
  iat: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  signAccessToken(userId: string): { token: string; expiresAt: Date } {
    const token = this.jwt.sign({ sub: userId }, { secret: this.config.JWT_SECRET, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, algorithm: 'HS256' });
    return { token, expiresAt: new Date(Date.now() + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000) };
  }

  verifyAccessToken(token: string): AccessClaims | null {
    try {
      return this.jwt.verify<AccessClaims>(token, { secret: this.config.JWT_SECRET, algorithms: ['HS256'] });
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
