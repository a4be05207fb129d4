import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { MAX_MESSAGE_LENGTH } from '../message.entity';

// Control characters other than tab and line breaks (NUL included), and lone surrogates: plain text only.
// eslint-disable-next-line no-control-regex
const PLAIN_TEXT = /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : value);

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
