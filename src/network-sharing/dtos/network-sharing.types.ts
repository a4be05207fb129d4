import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';

export const MAX_SHARED_NEEDS = 100;
export const MAX_PARTNER_NOTE = 1000;

@ArgsType()
export class NeedShareArgs {
  @Field(() => ID)
  @IsUUID()
  needId: string;

  @Field(() => ID)
  @IsUUID()
  networkId: string;
}

@ArgsType()
export class ProgramShareArgs {
  @Field(() => ID)
  @IsUUID()
  programId: string;

  @Field(() => ID)
  @IsUUID()
  networkId: string;
}

@ArgsType()
export class SharedNeedsArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most ${MAX_SHARED_NEEDS}` })
  @IsInt()
  @Min(1)
  @Max(MAX_SHARED_NEEDS)
  first: number = 50;
}

@InputType()
export class ProposeAsPartnerInput {
  @Field(() => ID, { description: 'A volunteer role of a need shared with your network' })
  @IsUUID()
  roleId: string;

  @Field(() => ID, { description: 'A volunteer you may see' })
  @IsUUID()
  volunteerProfileId: string;

  @Field({ description: 'Why this volunteer fits, for the need’s curators' })
  @IsString()
  @MinLength(1, { message: 'note must not be empty' })
  @MaxLength(MAX_PARTNER_NOTE)
  note: string;
}

@ObjectType('SharedNeed', { description: 'A need shared into a network, by itself or as part of a shared program' })
export class SharedNeedDto {
  @Field(() => ID)
  needId: string;

  @Field(() => ID)
  networkId: string;

  @Field(() => ID, { description: 'The intermediary that shared it' })
  ownerId: string;

  @Field(() => ID, { nullable: true, description: 'Set when the need is shared through its program' })
  programId: string | null;

  @Field()
  sharedAt: Date;

  @Field(() => String, { nullable: true, description: 'The curator who shared it; empty once their account is gone' })
  sharedByName: string | null;
}
