import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

import { FollowUpAnswer, MAX_FOLLOW_UP_COMMENT_LENGTH } from '../follow-up.entity';

// Plain text: line breaks and tabs allowed, other control characters and lone surrogates not.
// eslint-disable-next-line no-control-regex
const PLAIN_TEXT = /^(?:[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

const trimOrNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? null : trimmed;
};

@ArgsType()
export class AnswerFollowUpArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'matchId must be a valid id' })
  matchId: string;

  @Field(() => FollowUpAnswer, { description: 'Is the work still in use?' })
  @IsEnum(FollowUpAnswer, { message: 'answer must be YES, PARTLY or NO' })
  answer: FollowUpAnswer;

  @Field(() => String, { nullable: true, description: `Optional, plain text, at most ${MAX_FOLLOW_UP_COMMENT_LENGTH} characters` })
  @IsOptional()
  @Transform(trimOrNull)
  @IsString()
  @MaxLength(MAX_FOLLOW_UP_COMMENT_LENGTH, { message: `comment must be at most ${MAX_FOLLOW_UP_COMMENT_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'comment must be plain text without control characters' })
  comment?: string | null;
}
