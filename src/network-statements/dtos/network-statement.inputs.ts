import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min, MinLength } from 'class-validator';

import { KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsDateOnly, PLAIN_TEXT, trimText } from '../../common/validation/validators';
import { MAX_STATEMENT_BODY_LENGTH, MAX_STATEMENT_TITLE_LENGTH } from '../network-statement.entity';
import { MAX_COMMITMENT_TEXT_LENGTH, MAX_PROGRESS_NOTE_LENGTH, StatementCommitmentStatus } from '../statement-commitment.entity';

// One line of plain text: no control characters (line breaks included) and no lone surrogates.
// eslint-disable-next-line no-control-regex
const ONE_LINE = /^(?:[^\u0000-\u001F\u007F\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/;

@ArgsType()
export class StatementIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'statementId must be a valid id' })
  statementId: string;
}

@ArgsType()
export class CreateNetworkStatementArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'networkId must be a valid id' })
  networkId: string;

  @Field(() => ID, { nullable: true, description: 'The member intermediary that drafts; needed only when you curate several in the network' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId?: string;

  @Field()
  @IsString()
  @Transform(trimText)
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_STATEMENT_TITLE_LENGTH, { message: `title must be at most ${MAX_STATEMENT_TITLE_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'title must be one line of text' })
  title: string;

  @Field()
  @IsString()
  @Transform(trimText)
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(MAX_STATEMENT_BODY_LENGTH, { message: `body must be at most ${MAX_STATEMENT_BODY_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'body must be plain text without control characters' })
  body: string;
}

@ArgsType()
export class UpdateNetworkStatementArgs extends StatementIdArgs {
  @Field(() => Int, { description: 'The version you edited; a newer one is refused with CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @Transform(trimText)
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(MAX_STATEMENT_TITLE_LENGTH, { message: `title must be at most ${MAX_STATEMENT_TITLE_LENGTH} characters` })
  @Matches(ONE_LINE, { message: 'title must be one line of text' })
  title?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @Transform(trimText)
  @MinLength(1, { message: 'body must not be empty' })
  @MaxLength(MAX_STATEMENT_BODY_LENGTH, { message: `body must be at most ${MAX_STATEMENT_BODY_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'body must be plain text without control characters' })
  body?: string;
}

@ArgsType()
export class PublishNetworkStatementArgs extends StatementIdArgs {
  @Field(() => Int, { description: 'The version you read: the text published is the text you saw' })
  @IsInt()
  @Min(1)
  version: number;
}

@ArgsType()
export class SignNetworkStatementArgs extends StatementIdArgs {
  @Field(() => ID, { description: 'The member intermediary you sign for' })
  @IsUUID('all', { message: 'organizationId must be a valid id' })
  organizationId: string;
}

@ArgsType()
export class AddStatementCommitmentArgs extends SignNetworkStatementArgs {
  @Field()
  @IsString()
  @Transform(trimText)
  @MinLength(1, { message: 'text must not be empty' })
  @MaxLength(MAX_COMMITMENT_TEXT_LENGTH, { message: `text must be at most ${MAX_COMMITMENT_TEXT_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'text must be plain text without control characters' })
  text: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsDateOnly()
  dueOn?: string | null;
}

@ArgsType()
export class SetStatementCommitmentStatusArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'commitmentId must be a valid id' })
  commitmentId: string;

  @Field(() => StatementCommitmentStatus)
  @IsEnum(StatementCommitmentStatus, { message: 'status must be OPEN, IN_PROGRESS, DONE or DROPPED' })
  status: StatementCommitmentStatus;

  @Field({ defaultValue: '', description: 'What changed; replaces the previous progress note' })
  @IsString()
  @Transform(trimText)
  @MaxLength(MAX_PROGRESS_NOTE_LENGTH, { message: `note must be at most ${MAX_PROGRESS_NOTE_LENGTH} characters` })
  @Matches(PLAIN_TEXT, { message: 'note must be plain text without control characters' })
  note: string = '';
}
