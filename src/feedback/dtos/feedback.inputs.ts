import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

@InputType()
export class LeaveFeedbackInput {
  @Field(() => Int, { description: '1 (poor) to 5 (excellent)' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(4000)
  comment: string = '';
}
