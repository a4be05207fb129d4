import { AffiliationEntity } from '../affiliations/affiliation.entity';
import { RefreshTokenEntity } from '../auth/refresh-token.entity';
import { DomainEventEntity } from '../common/events/domain-event.entity';
import { EventEntity } from '../events/event.entity';
import { EventAttendeeEntity, EventAttendeeSlotEntity } from '../events/event-attendee.entity';
import { EventMeetingEntity } from '../events/event-meeting.entity';
import { EventRoomEntity, EventSlotEntity } from '../events/event-slot.entity';
import { FeedbackEntity } from '../feedback/feedback.entity';
import { FollowUpEntity } from '../follow-ups/follow-up.entity';
import { FundingOfferEntity } from '../funding-offers/funding-offer.entity';
import { HoursLogEntity } from '../hours/hours-log.entity';
import { InterestEntity } from '../interests/interest.entity';
import { MatchEntity } from '../matches/match.entity';
import { MatchEventEntity } from '../matches/match-event.entity';
import { MatchingRunEntity } from '../matching/matching-run.entity';
import { RoleShortlistEntryEntity } from '../matching/shortlist/role-shortlist-entry.entity';
import { MeetingEntity, MeetingSlotEntity } from '../meetings/meeting.entity';
import { InvitationEntity } from '../memberships/invitation.entity';
import { MembershipEntity } from '../memberships/membership.entity';
import { MessageEntity } from '../messages/message.entity';
import { MessageReadEntity } from '../messages/message-read.entity';
import { NeedEntity } from '../needs/need.entity';
import { NeedRoleEntity } from '../needs/need-role.entity';
import { NeedRoleSkillEntity } from '../needs/need-role-skill.entity';
import { NeedShareEntity } from '../network-sharing/need-share.entity';
import { ProgramShareEntity } from '../network-sharing/program-share.entity';
import { NetworkStatementEntity } from '../network-statements/network-statement.entity';
import { StatementCommitmentEntity } from '../network-statements/statement-commitment.entity';
import { StatementSignatureEntity } from '../network-statements/statement-signature.entity';
import { NetworkEntity } from '../networks/network.entity';
import { NetworkMemberEntity } from '../networks/network-member.entity';
import { NotificationEntity } from '../notifications/notification.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { MentorProfileEntity } from '../profiles/mentor-profile.entity';
import { MentorSkillEntity } from '../profiles/mentor-skill.entity';
import { VolunteerProfileEntity } from '../profiles/volunteer-profile.entity';
import { VolunteerSkillEntity } from '../profiles/volunteer-skill.entity';
import { ProgramEntity } from '../programs/program.entity';
import { ProgramParticipantEntity } from '../programs/program-participant.entity';
import { SkillEntity } from '../skills/skill.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  OrganizationEntity,
  NetworkEntity,
  NetworkMemberEntity,
  NeedShareEntity,
  ProgramShareEntity,
  UserEntity,
  RefreshTokenEntity,
  MembershipEntity,
  InvitationEntity,
  AffiliationEntity,
  SkillEntity,
  VolunteerProfileEntity,
  VolunteerSkillEntity,
  MentorProfileEntity,
  MentorSkillEntity,
  FundingOfferEntity,
  ProgramEntity,
  ProgramParticipantEntity,
  NeedEntity,
  NeedRoleEntity,
  NeedRoleSkillEntity,
  InterestEntity,
  MatchingRunEntity,
  MatchEntity,
  MatchEventEntity,
  RoleShortlistEntryEntity,
  HoursLogEntity,
  FeedbackEntity,
  MessageEntity,
  MessageReadEntity,
  MeetingEntity,
  MeetingSlotEntity,
  EventEntity,
  EventSlotEntity,
  EventRoomEntity,
  EventAttendeeEntity,
  EventAttendeeSlotEntity,
  EventMeetingEntity,
  FollowUpEntity,
  NetworkStatementEntity,
  StatementSignatureEntity,
  StatementCommitmentEntity,
  NotificationEntity,
  DomainEventEntity,
];
