import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import { LOCALES } from '../../common/domain/locale';
import { UserEntity } from '../../users/user.entity';

const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  password: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: 'en' })
  @IsIn(LOCALES, { message: 'locale must be one of en, de, ja' })
  locale: string = 'en';
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  email: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'newPassword must be at least 10 characters long' })
  @MaxLength(200)
  newPassword: string;
}

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  accessTokenExpiresAt: Date;

  @Field({ description: 'Exchange it with refreshSession for a new pair; it is single-use' })
  refreshToken: string;

  @Field(() => UserEntity)
  user: UserEntity;
}
