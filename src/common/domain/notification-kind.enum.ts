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
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });
