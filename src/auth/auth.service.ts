import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Repository } from 'typeorm';
import { AppError } from '../common/errors/app-error';
import { AppConfig } from '../config/app-config';
import { UserEntity } from '../users/user.entity';
import { AuthPayload, ChangePasswordInput, SignInInput, SignUpInput } from './dtos/auth.inputs';
import { hashPassword, verifyPassword } from './password';
import { RefreshTokenEntity } from './refresh-token.entity';
import { hashToken, TokenService } from './token.service';

// Verified against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$5XdL6KjZhS4XIFb3UHElSg$ZxtjElTiHuYPO9OgdHYg887jAbbt7NiwdNTmhAvy5S4';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
    private readonly tokens: TokenService,
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  async signUp(input: SignUpInput): Promise<AuthPayload> {
    if (await this.users.existsBy({ email: input.email })) throw AppError.conflict('An account with this email already exists.');
    const user = await this.users.save(
      this.users.create({ email: input.email, name: input.name.trim(), locale: input.locale, passwordHash: await hashPassword(input.password) }),
    );
    return this.issue(user);
  }

  async signIn(input: SignInInput): Promise<AuthPayload> {
    const user = await this.users.findOneBy({ email: input.email });
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    if (!user || !ok) throw AppError.unauthenticated('The email or password is not right.');
    return this.issue(user);
  }

  /** Rotates the refresh token; presenting a used one ends all of that user's sessions. */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const row = await this.refreshTokens.findOne({ where: { tokenHash: hashToken(refreshToken) }, relations: { user: true } });
    if (!row || row.expiresAt < new Date()) throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    if (row.revokedAt) {
      await this.revokeAll(row.userId);
      throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    }
    const revoked = await this.refreshTokens.update({ id: row.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!revoked.affected) throw AppError.unauthenticated('Your session has ended. Please sign in again.');
    return this.issue(row.user);
  }

  async signOut(refreshToken: string): Promise<boolean> {
    await this.refreshTokens.update({ tokenHash: hashToken(refreshToken), revokedAt: IsNull() }, { revokedAt: new Date() });
    return true;
  }

  async changePassword(userId: string, input: ChangePasswordInput): Promise<AuthPayload> {
    const user = await this.users.findOneByOrFail({ id: userId });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw AppError.badInput('The current password is not right.', [{ field: 'currentPassword', message: 'does not match' }]);
    }
    // Whole seconds, because JWT iat has second precision and tokens issued before this must fail.
    const changedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    await this.dataSource.transaction(async (m) => {
      await m.update(UserEntity, { id: userId }, { passwordHash: await hashPassword(input.newPassword), passwordChangedAt: changedAt });
      await m.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    });
    return this.issue(await this.users.findOneByOrFail({ id: userId }));
  }

  private async revokeAll(userId: string): Promise<void> {
    await this.refreshTokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async issue(user: UserEntity): Promise<AuthPayload> {
    const access = this.tokens.signAccessToken(user.id);
    const refresh = this.tokens.newOpaqueToken();
    await this.refreshTokens.insert({
      userId: user.id,
      tokenHash: refresh.hash,
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86400_000),
    });
    return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken: refresh.token, user };
  }
}
