import { registerEnumType } from '@nestjs/graphql';

export enum NotificationKind {
  PROPOSAL_NEW = 'PROPOSAL_NEW',
  OFFER_NEW = 'OFFER_NEW',
  MATCH_ACCEPTED = 'MATCH_ACCEPTED',
  MATCH_DECLINED = 'MATCH_DECLINED',
  MATCH_CONFIRMED = 'MATCH_CONFIRMED',
  OFFER_EXPIRING = 'OFFER_EXPIRING',
  HOURS_TO_CONFIRM = 'HOURS_TO_CONFIRM',
  MATCH_COMPLETED = 'MATCH_COMPLETED',
  INVITATION = 'INVITATION',
  NEW_MESSAGE = 'NEW_MESSAGE',
  // Endings of a match or its need.
  MATCH_REJECTED = 'MATCH_REJECTED',
  MATCH_WITHDRAWN = 'MATCH_WITHDRAWN',
  MATCH_CANCELLED = 'MATCH_CANCELLED',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  NEED_CANCELLED = 'NEED_CANCELLED',
  INTEREST_RAISED = 'INTEREST_RAISED',
  // Months after completion: is the work still in use?
  FOLLOW_UP_ASKED = 'FOLLOW_UP_ASKED',
  // Employer sign-off of an employee's pro-bono time.
  SIGN_OFF_REQUESTED = 'SIGN_OFF_REQUESTED',
  SIGN_OFF_APPROVED = 'SIGN_OFF_APPROVED',
  SIGN_OFF_DECLINED = 'SIGN_OFF_DECLINED',
  // A partner intermediary in a network proposed a volunteer for a shared need; the owner approved it.
  NETWORK_PROPOSAL = 'NETWORK_PROPOSAL',
  NETWORK_PROPOSAL_APPROVED = 'NETWORK_PROPOSAL_APPROVED',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });
