import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import { LOCALES } from '../../common/domain/locale';

/** A new account for the invited email; the email comes from the invitation, never from the form. */
@InputType()
export class SignUpWithInvitationInput {
  @Field({ description: 'The token from the invitation link' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name: string;

  @Field()
  @IsString()
  @MinLength(10, { message: 'password must be at least 10 characters long' })
  @MaxLength(200)
  password: string;

  @Field({ defaultValue: 'en' })
  @IsIn(LOCALES, { message: 'locale must be one of en, de, ja' })
  locale: string = 'en';
}
