import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { PLAIN_TEXT, trimText as trim } from '../../common/validation/validators';
import { MAX_MESSAGE_LENGTH } from '../message.entity';

@ArgsType()
export class MatchMessagesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;
}

@ArgsType()
export class PostMessageArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;

  @Field({ description: `Plain text, 1 to ${MAX_MESSAGE_LENGTH} characters once trimmed; line breaks are kept, other control characters refused` })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(MAX_MESSAGE_LENGTH, { message: `body must be at most ${MAX_MESSAGE_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'body must be plain text without control characters' })
  body: string;
}
