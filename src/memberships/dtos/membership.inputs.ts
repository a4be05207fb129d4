import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { InvitationEntity } from '../invitation.entity';
import { MembershipRole } from '../../common/domain/membership-role.enum';

const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

@InputType()
export class InviteMemberInput {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field()
  @Transform(normalizeEmail)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email: string;

  @Field(() => MembershipRole, { defaultValue: MembershipRole.MEMBER })
  @IsEnum(MembershipRole)
  role: MembershipRole = MembershipRole.MEMBER;
}

@ArgsType()
export class AcceptInvitationArgs {
  @Field({ description: 'The token from the invitation link' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}

@ObjectType()
export class InvitationPayload {
  @Field(() => InvitationEntity)
  invitation: InvitationEntity;

  @Field({ description: 'The link to send to the invitee. It holds the only copy of the token: it cannot be shown again.' })
  acceptUrl: string;
}

/** The person behind a membership, as colleagues see them: no profiles or other memberships. */
@ObjectType('MemberUser')
export class MemberUserDto {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  // Exposed through MemberUsersResolver.email, which hides it from colleagues.
  email: string;
}
