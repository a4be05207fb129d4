import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsIn, IsString, MaxLength, MinLength } from 'class-validator';

import { LOCALES } from '../../common/domain/locale';
import { NotificationKind } from '../../common/domain/notification-kind.enum';
import { KeepWhenOmitted } from '../../common/validation/update-fields';

@InputType({ description: 'Fields left out stay as they are; null is refused' })
export class UpdateMeInput {
  @Field({ nullable: true })
  @KeepWhenOmitted()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @KeepWhenOmitted()
  @IsIn(LOCALES, { message: 'locale must be one of en, de, ja' })
  locale?: string;

  @Field(() => [NotificationKind], { nullable: true, description: 'Kinds of notification this user does not want' })
  @KeepWhenOmitted()
  @ArrayMaxSize(20)
  @IsEnum(NotificationKind, { each: true })
  mutedNotificationKinds?: NotificationKind[];
}
