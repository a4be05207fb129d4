import { ArgsType, Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

import { IsDecimal } from '../../common/validation/validators';

@InputType()
export class LogHoursInput {
  @Field({ description: 'The day the work was done, YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'workedOn must be a date such as 2025-03-14' })
  workedOn: string;

  @Field(() => Float, { description: 'Hours worked that day, in quarter hours: 0.25 to 24' })
  @IsDecimal(2, 'hours must be a number with at most two decimals')
  @Min(0.25)
  @Max(24)
  hours: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  note: string = '';
}

@ArgsType()
export class DisputeHoursArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;

  @Field({ description: 'What is wrong with these hours' })
  @IsString()
  @MinLength(3, { message: 'reason must say why, in at least 3 characters' })
  @MaxLength(1000)
  reason: string;
}
