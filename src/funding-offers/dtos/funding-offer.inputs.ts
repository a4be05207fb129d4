import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsEnum, IsOptional, IsPositive, IsString, IsUUID, Max, MaxLength, MinLength, ValidateNested } from 'class-validator';

import { FocusArea } from '../../common/domain/focus-area.enum';
import { PageArgs } from '../../common/pagination/pagination';
import { KeepWhenOmitted } from '../../common/validation/update-fields';
import { IsCountry, IsCountryList, IsCurrency, IsDecimal } from '../../common/validation/validators';
import { MAX_AMOUNT } from '../funding-offer.rules';

/** A positive amount in the offer's currency, with at most two decimals (the column is numeric(14,2)). */
const IsAmount = () =>
  applyDecorators(
    IsDecimal(2, '$property must be an amount with at most two decimals'),
    IsPositive({ message: '$property must be more than 0' }),
    Max(MAX_AMOUNT, { message: `$property must be at most ${MAX_AMOUNT}` }),
  );

const IsFocusAreaList = () =>
  applyDecorators(
    ArrayMaxSize(Object.keys(FocusArea).length),
    ArrayUnique({ message: '$property must not repeat a focus area' }),
    IsEnum(FocusArea, { each: true, message: '$property must hold focus areas' }),
  );

const IsTitle = () => applyDecorators(IsString(), MinLength(3, { message: '$property must be at least 3 characters long' }), MaxLength(200));

@InputType()
export class CreateFundingOfferInput {
  @Field(() => ID, { description: 'The funder organization publishing the offer; you must be its member' })
  @IsUUID('all', { message: '$property must be a valid id' })
  funderId: string;

  @Field()
  @IsTitle()
  title: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(5000)
  description: string = '';

  @Field(() => [FocusArea], { defaultValue: [], description: 'Empty means any focus area' })
  @IsFocusAreaList()
  focusAreas: FocusArea[] = [];

  @Field(() => [String], { defaultValue: [], description: 'ISO 3166-1 codes; empty means any country' })
  @IsCountryList()
  countries: string[] = [];

  @Field(() => Float, { description: 'Smallest grant; at most maxTicket' })
  @IsAmount()
  minTicket: number;

  @Field(() => Float, { description: 'Largest grant; at most budgetTotal' })
  @IsAmount()
  maxTicket: number;

  @Field(() => Float)
  @IsAmount()
  budgetTotal: number;

  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. EUR or JPY; left out, the funder organization’s currency' })
  @IsOptional()
  @IsCurrency()
  currency?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; null is refused' })
export class UpdateFundingOfferInput {
  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsTitle()
  title?: string;

  @Field(() => String, { nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @Field(() => [FocusArea], { nullable: true })
  @KeepWhenOmitted()
  @IsFocusAreaList()
  focusAreas?: FocusArea[];

  @Field(() => [String], { nullable: true })
  @KeepWhenOmitted()
  @IsCountryList()
  countries?: string[];

  @Field(() => Float, { nullable: true })
  @KeepWhenOmitted()
  @IsAmount()
  minTicket?: number;

  @Field(() => Float, { nullable: true })
  @KeepWhenOmitted()
  @IsAmount()
  maxTicket?: number;

  @Field(() => Float, { nullable: true, description: 'Not below what is already committed (budgetTotal - budgetLeft)' })
  @KeepWhenOmitted()
  @IsAmount()
  budgetTotal?: number;

  @Field(() => String, { nullable: true, description: 'Only while nothing is committed' })
  @KeepWhenOmitted()
  @IsCurrency()
  currency?: string;
}

@InputType()
export class FundingOfferFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  funderId?: string;

  @Field(() => FocusArea, { nullable: true, description: 'Offers for this focus area, including those open to any' })
  @IsOptional()
  @IsEnum(FocusArea)
  focusArea?: FocusArea;

  @Field(() => String, { nullable: true, description: 'Offers for this country, including those open to any' })
  @IsOptional()
  @IsCountry()
  country?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@ArgsType()
export class FundingOffersArgs extends PageArgs {
  @Field(() => FundingOfferFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => FundingOfferFilter)
  filter?: FundingOfferFilter;
}
