import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACTOR_SOURCE } from '../common/auth/actor-source';
import { UserEntity } from '../users/user.entity';
import { UsersModule } from '../users/users.module';
import { ActorLoader } from './actor.loader';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TokenService } from './token.service';

@Global()
@Module({
  imports: [JwtModule.register({}), TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity]), UsersModule],
  providers: [AuthService, AuthResolver, TokenService, ActorLoader, { provide: ACTOR_SOURCE, useExisting: ActorLoader }],
  exports: [TokenService, ActorLoader, ACTOR_SOURCE],
})
export class AuthModule {}
