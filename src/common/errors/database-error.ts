import { QueryFailedError } from 'typeorm';

import { AppError, ErrorCode } from './app-error';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

// Constraint names are internal; the messages below say what went wrong in the user's terms.
const CONSTRAINT_MESSAGES: Record<string, string> = {
  UQ_user_email: 'An account with this email already exists.',
  CHK_need_role_seats_filled: 'All seats of this role are already filled.',
  CHK_volunteer_profile_load: 'This volunteer has no free capacity for another engagement.',
  CHK_mentor_profile_load: 'This mentor has no free capacity for another mentee.',
  CHK_funding_offer_budget: 'The funding offer has no budget left for this amount.',
  UQ_affiliation_pair: 'These organizations are already affiliated.',
  UQ_program_participant: 'This organization already takes part in the program.',
  UQ_network_member: 'This organization is already a member of the network.',
  UQ_need_share: 'This need is already shared with the network.',
  UQ_program_share: 'This program is already shared with the network.',
  UQ_membership_user_organization: 'This person is already a member of the organization.',
  UQ_match_open_pair: 'This candidate already has an open proposal or engagement for this role.',
  UQ_invitation_pending: 'This person already has a pending invitation.',
  UQ_feedback_match_direction: 'Feedback for this match has already been given.',
  UQ_statement_signature: 'This organization has already signed the statement.',
  FK_statement_commitment_signatory: 'Only organizations that signed the statement can commit to it.',
  CHK_network_statement_title: 'A statement title must be 1 to 200 characters long.',
  CHK_network_statement_body: 'A statement text must be 1 to 20,000 characters long.',
  CHK_statement_commitment_text: 'A commitment must be 1 to 1,000 characters long.',
  CHK_statement_commitment_note: 'A progress note must be at most 2,000 characters long.',
  CHK_organization_sign_off_company: 'Only companies can require sign-off of their employees’ pro-bono time.',
};

export function fromDatabaseError(error: QueryFailedError): AppError {
  const { code, constraint } = error.driverError as PgDriverError;
  const known = constraint ? CONSTRAINT_MESSAGES[constraint] : undefined;
  switch (code) {
    case '23505':
      return AppError.conflict(known ?? 'This already exists.');
    case '23502':
      return AppError.badInput('A required value is missing.');
    case '23503':
      return AppError.badInput(known ?? 'This refers to something that does not exist or is still in use.');
    case '23514':
      return known?.includes('filled') || known?.includes('capacity') || known?.includes('budget')
        ? AppError.conflict(known)
        : AppError.badInput(known ?? 'A value is outside what is allowed.');
    case '22P02':
    case '22003':
    case '22001':
    case '22007':
    case '22008':
      return AppError.badInput('A value has the wrong format or is too long.');
    // NUL bytes and characters the database encoding cannot hold.
    case '22021':
    case '22P05':
      return AppError.badInput('A text value contains a character that cannot be stored, such as a NUL byte.');
    case '40001':
    case '40P01':
      return AppError.conflict('Someone else changed this at the same time. Please try again.');
    default:
      return new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Something went wrong on our side. Please try again.');
  }
}
