import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { MembershipRole } from '../../common/domain/membership-role.enum';
import { ListSize } from '../../common/graphql/query-limits';
import { InvitationEntity } from '../invitation.entity';
import { InvitationRowProblem, MAX_IMPORT_ROWS } from '../invitation-csv';

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

@ArgsType()
export class ImportInvitationsArgs {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;

  @Field({
    description: 'The list as CSV text: a header line naming the columns email, name and optionally role (MEMBER or ADMIN) and language (en, de, ja); at most 2,000 rows and 1 MB',
  })
  @IsString()
  // Characters, not bytes: the service checks the 1 MB; this only stops absurd payloads before parsing.
  @MaxLength(1_000_000)
  csv: string;
}

export enum InvitationImportStatus {
  INVITED = 'INVITED',
  REINVITED = 'REINVITED',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  ERROR = 'ERROR',
}
registerEnumType(InvitationImportStatus, { name: 'InvitationImportStatus' });
registerEnumType(InvitationRowProblem, { name: 'InvitationRowProblem' });

@ObjectType()
export class InvitationImportRow {
  @Field(() => Int, { description: 'The row as a spreadsheet numbers it (the header is row 1)' })
  row: number;

  @Field(() => String, { nullable: true, description: 'The address, when the row had a valid one' })
  email: string | null;

  @Field(() => InvitationImportStatus)
  status: InvitationImportStatus;

  @Field(() => InvitationRowProblem, { nullable: true, description: 'Why the row was not imported, for the client to word' })
  problem: InvitationRowProblem | null;

  @Field(() => String, { nullable: true, description: 'Why the row was not imported, in English' })
  reason: string | null;
}

@ObjectType()
export class InvitationImportResult {
  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  reinvited: number;

  @Field(() => Int)
  alreadyMembers: number;

  @Field(() => Int)
  errors: number;

  @Field(() => [InvitationImportRow], { description: 'One entry per row, in file order' })
  @ListSize(MAX_IMPORT_ROWS)
  rows: InvitationImportRow[];
}
