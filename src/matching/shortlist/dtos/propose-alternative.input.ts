import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@InputType()
export class ProposeAlternativeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'roleId must be a valid id' })
  roleId: string;

  @Field(() => ID, { description: "The shortlist entry's candidate: a volunteer profile, mentor profile or funding offer" })
  @IsUUID('all', { message: 'candidateId must be a valid id' })
  candidateId: string;

  @Field(() => ID, { nullable: true, description: 'A PROPOSED match of the same role to withdraw in the same step' })
  @IsOptional()
  @IsUUID('all', { message: 'replacesMatchId must be a valid id' })
  replacesMatchId?: string | null;

  @Field({ description: 'Why this candidate instead; both sides and the history see it' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(1000)
  reason: string;
}
