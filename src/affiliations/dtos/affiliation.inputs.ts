import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';

@InputType()
export class AffiliateOrganizationInput {
  @Field(() => ID)
  @IsUUID()
  intermediaryId: string;

  @Field(() => ID, { description: 'A nonprofit, company or funder' })
  @IsUUID()
  organizationId: string;
}

@InputType()
export class AffiliationFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  vetted?: boolean;
}

@ArgsType()
export class AffiliationsArgs extends PageArgs {
  @Field(() => AffiliationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AffiliationFilter)
  filter?: AffiliationFilter;
}
