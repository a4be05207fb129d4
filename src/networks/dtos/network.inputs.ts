import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

import { PageArgs } from '../../common/pagination/pagination';
import { KeepWhenOmitted } from '../../common/validation/update-fields';

@InputType()
export class CreateNetworkInput {
  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string = '';

  @Field({ defaultValue: 'Global', description: 'e.g. Asia, Europe, Global' })
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  region: string = 'Global';
}

@InputType()
export class UpdateNetworkInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  region?: string;
}

@InputType()
export class NetworkFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class NetworksArgs extends PageArgs {
  @Field(() => NetworkFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => NetworkFilter)
  filter?: NetworkFilter;
}

@ArgsType()
export class NetworkMemberArgs {
  @Field(() => ID)
  @IsUUID()
  networkId: string;

  @Field(() => ID, { description: 'An intermediary' })
  @IsUUID()
  organizationId: string;
}
