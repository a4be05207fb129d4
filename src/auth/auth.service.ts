import { randomUUID } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';

import { UnitOfWork } from '../common/database/unit-of-work';
import { AppError } from '../common/errors/app-error';
import { RateLimiter } from '../common/redis/rate-limiter';
import { AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AuthPayload, ChangePasswordInput, SignInInput, SignUpInput } from './dtos/auth.inputs';
import { hashPassword, verifyPassword } from './password';
import { requireStrongPassword } from './password-strength';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionRevocations } from './session-revocations';
import { hashToken, TokenService } from './token.service';

// Verified against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$5XdL6KjZhS4XIFb3UHElSg$ZxtjElTiHuYPO9OgdHYg887jAbbt7NiwdNTmhAvy5S4';

function throttled(waitMs: number): AppError {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  return AppError.throttled(`Too many wrong passwords for this account. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`);
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly accounts: UsersService,
    private readonly limiter: RateLimiter,
    private readonly revocations: SessionRevocations,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    requireStrongPassword('password', input.password, [input.email, input.name]);
    if (await this.users.existsBy({ email: input.email })) throw AppError.conflict('An account with this email already exists.');
    const user = await this.accounts.register({ email: input.email, name: input.name.trim(), locale: input.locale, passwordHash: await hashPassword(input.password) });
    return this.issue(user);
  }

  /** Guesses are limited per account (unknown emails too, so limits reveal nothing) with a growing backoff. */
  async signIn(input: SignInInput): Promise<AuthPayload> {
    const account = `sign-in:${hashToken(input.email)}`;
    const wait = await this.limiter.beginAttempt(account);
    if (wait > 0) throw throttled(wait);
    const user = await this.users.findOneBy({ email: input.email });
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !ok) throw AppError.unauthenticated('The email or password is not right.');
    await this.limiter.succeeded(account);
    return this.issue(user);
  }

  /** Rotates the refresh token within its session; presenting a rotated one ends all of that user's sessions. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const row = await this.refreshTokens.findOne({ where: { tokenHash: hashToken(refreshToken) }, relations: { user: true } });
    if (!row || row.expiresAt < new Date()) throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    if (row.revokedAt) {
      // A rotated token presented while its session lives on means one of two holders is a thief.
      // A session that has ended (sign-out, password change) is merely refused.
      if (await this.refreshTokens.existsBy({ sessionId: row.sessionId, revokedAt: IsNull() })) {
        await this.revocations.revoke({ userId: row.userId, sessionIds: await this.endSessions(this.dataSource.manager, row.userId) });
      }
      throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    }
    const revoked = await this.refreshTokens.update({ id: row.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!revoked.affected) throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    return this.issue(row.user, row.sessionId);
  }

  /** Ends the refresh token's session, including the access tokens and sockets it already has. */
  async signOut(refreshToken: string): Promise<boolean> {
    const row = await this.refreshTokens.findOneBy({ tokenHash: hashToken(refreshToken) });
    if (!row) return true;
    await this.refreshTokens.update({ sessionId: row.sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.revocations.revoke({ userId: row.userId, sessionIds: [row.sessionId] });
    return true;
  }

  async changePassword(userId: string, input: ChangePasswordInput): Promise<AuthPayload> {
    const account = `password:${userId}`;
    const wait = await this.limiter.beginAttempt(account);
    if (wait > 0) throw throttled(wait);
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw AppError.badInput('The current password is not right.', [{ field: 'currentPassword', message: 'does not match' }]);
    }
    await this.limiter.succeeded(account);
    requireStrongPassword('newPassword', input.newPassword, [user.email, user.name]);
    // Whole seconds, because JWT iat has second precision and tokens issued before this must fail.
    const changedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    const passwordHash = await hashPassword(input.newPassword);
    const sessionIds = await this.unitOfWork.run(async (tx) => {
      await this.accounts.setPassword(tx, userId, passwordHash, changedAt);
      return this.endSessions(tx.manager, userId);
    });
    await this.revocations.revoke({ userId, sessionIds });
    return this.issue(await this.users.findOneByOrFail({ id: userId }));
  }

  /**
   * Revokes every refresh token of the user and returns the sessions that may still hold a live
   * access token: those with a refresh token unrevoked or revoked (rotated) less than an access
   * token's lifetime ago.
   */
  private async endSessions(m: EntityManager, userId: string): Promise<string[]> {
    const rows = (await m.query(
      `UPDATE refresh_token SET revoked_at = coalesce(revoked_at, now())
        WHERE user_id = $1 AND (revoked_at IS NULL OR revoked_at > now() - make_interval(secs => $2))
        RETURNING session_id`,
      [userId, this.config.ACCESS_TOKEN_TTL_SECONDS],
    )) as [{ session_id: string }[], number];
    return [...new Set(rows[0].map((r) => r.session_id))];
  }

  /** Signs `user` in: a new session (or the given one) with its tokens. */
  async issue(user: UserEntity, sessionId: string = randomUUID()): Promise<AuthPayload> {
    const access = this.tokens.signAccessToken(user.id, sessionId);
    const refresh = this.tokens.newOpaqueToken();
    await this.refreshTokens.insert({
      userId: user.id,
      sessionId,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000),
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }
}
