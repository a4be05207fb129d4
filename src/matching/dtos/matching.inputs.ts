import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsOptional, IsUUID, ValidateIf, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { MatchingRunStatus, MatchingScope } from '../matching-run.entity';

const STARTABLE_SCOPES = [MatchingScope.NEED, MatchingScope.PROGRAM, MatchingScope.INTERMEDIARY, MatchingScope.ALL];

@InputType()
export class StartMatchingRunInput {
  @Field(() => MatchingScope, { description: 'NEED, PROGRAM or INTERMEDIARY for curators; ALL for platform admins' })
  @IsIn(STARTABLE_SCOPES, { message: 'scope must be one of NEED, PROGRAM, INTERMEDIARY or ALL' })
  scope: MatchingScope;

  @Field(() => ID, { nullable: true, description: 'The need, program or intermediary; empty for ALL' })
  @ValidateIf((input: StartMatchingRunInput) => input.scope !== MatchingScope.ALL || input.scopeId != null)
  @IsUUID('all', { message: 'scopeId must be the id of the need, program or intermediary (empty only for ALL)' })
  scopeId?: string | null;
}

@InputType()
export class MatchingRunFilter {
  @Field(() => MatchingRunStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MatchingRunStatus)
  status?: MatchingRunStatus;

  @Field(() => MatchingScope, { nullable: true })
  @IsOptional()
  @IsEnum(MatchingScope)
  scope?: MatchingScope;
}

@ArgsType()
export class MatchingRunsArgs extends PageArgs {
  @Field(() => MatchingRunFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchingRunFilter)
  filter?: MatchingRunFilter;
}
