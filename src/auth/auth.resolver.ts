import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Actor } from '../common/access/actor';
import { CurrentActor, Public } from '../common/auth/auth.decorators';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AddressRateLimitGuard } from './address-rate-limit.guard';
import { AuthService } from './auth.service';
import { AuthPayload, ChangePasswordInput, SignInInput, SignUpInput } from './dtos/auth.inputs';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Public()
  @UseGuards(AddressRateLimitGuard)
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in' })
  signUp(@Args('input') input: SignUpInput): Promise<AuthPayload> {
    return this.auth.signUp(input);
  }

  @Public()
  @UseGuards(AddressRateLimitGuard)
  @Mutation(() => AuthPayload)
  signIn(@Args('input') input: SignInInput): Promise<AuthPayload> {
    return this.auth.signIn(input);
  }

  @Public()
  @UseGuards(AddressRateLimitGuard)
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token for new tokens' })
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.auth.refresh(refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the session of the refresh token, including its access tokens and subscriptions' })
  signOut(@Args('refreshToken') refreshToken: string): Promise<boolean> {
    return this.auth.signOut(refreshToken);
  }

  @UseGuards(AddressRateLimitGuard)
  @Mutation(() => AuthPayload, { description: 'Changes the password and ends every other session' })
  changePassword(@CurrentActor() actor: Actor, @Args('input') input: ChangePasswordInput): Promise<AuthPayload> {
    return this.auth.changePassword(actor.userId, input);
  }

  @Query(() => UserEntity, { description: 'The signed-in user' })
  me(@CurrentActor() actor: Actor): Promise<UserEntity> {
    return this.users.get(actor.userId);
  }
}
