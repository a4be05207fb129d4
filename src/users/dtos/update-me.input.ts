import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { LOCALES } from '../../auth/dtos/auth.inputs';
import { NotificationKind } from '../../notifications/notification.entity';

@InputType()
export class UpdateMeInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(LOCALES, { message: 'locale must be one of en, de, ja' })
  locale?: string;

  @Field(() => [NotificationKind], { nullable: true, description: 'Kinds of notification this user does not want' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsEnum(NotificationKind, { each: true })
  mutedNotificationKinds?: NotificationKind[];
}
