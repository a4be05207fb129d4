import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';

import { ACTOR_SOURCE, SOCKET_TRACKER } from '../common/auth/actor-source';
import { Clock } from '../common/clock';
import { RateLimiter } from '../common/redis/rate-limiter';
import { UserEntity } from '../users/user.entity';
import { UsersModule } from '../users/users.module';
import { ActorLoader } from './actor.loader';
import { AddressRateLimitGuard } from './address-rate-limit.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { SessionRevocations } from './session-revocations';
import { SocketSessions } from './socket-sessions';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [JwtModule.register({}), TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity]), UsersModule],
  providers: [
    AuthService,
    AuthResolver,
    TokenService,
    ActorLoader,
    Clock,
    RateLimiter,
    AddressRateLimitGuard,
    SessionRevocations,
    SocketSessions,
    { provide: ACTOR_SOURCE, useExisting: ActorLoader },
    { provide: SOCKET_TRACKER, useExisting: SocketSessions },
  ],
  exports: [AuthService, AddressRateLimitGuard, TokenService, ActorLoader, Clock, RateLimiter, SocketSessions, ACTOR_SOURCE, SOCKET_TRACKER],
})
export class AuthModule {}
