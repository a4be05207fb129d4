import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsTimeZone as IsKnownTimeZone, IsUrl, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';

import { OrganizationKind } from '../../common/domain/organization-kind.enum';
import { PageArgs } from '../../common/pagination/pagination';
import { ClearWithNull, KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsCountry, IsCurrency, IsLanguageList, IsTimeZone } from '../../common/validation/validators';

const TIME_ZONE_DESCRIPTION = 'IANA time zone such as Europe/Warsaw; left out on creation, it follows the country when the country has one zone';
const IsIanaTimeZone = () => applyDecorators(IsTimeZone(), IsKnownTimeZone({ message: '$property must be an IANA time zone such as Europe/Warsaw' }));

@InputType()
export class CreateOrganizationInput {
  @Field(() => OrganizationKind)
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @Field()
  @IsString()
  @MinLength(2, { message: 'name must be at least 2 characters long' })
  @MaxLength(200)
  name: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. JP' })
  @IsCountry()
  country: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. JPY; left out, the currency of the country (EUR in the euro area, else USD when unknown)' })
  @IsOptional()
  @IsCurrency()
  currency?: string | null;

  @Field(() => [String], { defaultValue: [] })
  @IsLanguageList()
  languages: string[] = [];

  @Field(() => String, { nullable: true, description: TIME_ZONE_DESCRIPTION })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a full http(s) address' })
  @MaxLength(500)
  website?: string | null;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string = '';
}

@InputType({ description: 'Fields left out stay as they are; null clears the website and is refused elsewhere' })
export class UpdateOrganizationInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsCountry()
  country?: string;

  @Field(() => String, { nullable: true, description: 'Changes the default of new funding offers and roles, not of existing ones' })
  @KeepWhenOmitted()
  @IsCurrency()
  currency?: string;

  @Field(() => [String], { nullable: true })
  @KeepWhenOmitted()
  @IsLanguageList()
  languages?: string[];

  @Field(() => String, { nullable: true, description: 'IANA time zone such as Europe/Warsaw; null clears it' })
  @ClearWithNull()
  @IsIanaTimeZone()
  timeZone?: string | null;

  @Field(() => String, { nullable: true })
  @ClearWithNull()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'website must be a full http(s) address' })
  @MaxLength(500)
  website?: string | null;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class OrganizationFilter {
  @Field(() => OrganizationKind, { nullable: true })
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field(() => ID, { nullable: true, description: 'Only organizations this intermediary curates: affiliated with it or in one of its programs' })
  @IsOptional()
  @IsUUID()
  intermediaryId?: string;

  @Field(() => String, { nullable: true, description: 'Matches the name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only organizations the signed-in user belongs to' })
  @IsOptional()
  mine?: boolean;
}

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => OrganizationFilter)
  filter?: OrganizationFilter;
}
