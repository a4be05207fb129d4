import { AffiliationsModule } from './affiliations/affiliations.module';
import { CompanyModule } from './company/company.module';
import { EventsModule } from './events/events.module';
import { FeedbackModule } from './feedback/feedback.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { FundingOffersModule } from './funding-offers/funding-offers.module';
import { HoursModule } from './hours/hours.module';
import { ImpactModule } from './impact/impact.module';
import { InboxModule } from './inbox/inbox.module';
import { InterestsModule } from './interests/interests.module';
import { MatchesModule } from './matches/matches.module';
import { MatchingModule } from './matching/matching.module';
import { MeetingsModule } from './meetings/meetings.module';
import { MembershipsModule } from './memberships/memberships.module';
import { MessagesModule } from './messages/messages.module';
import { NeedsModule } from './needs/needs.module';
import { NetworkSharingModule } from './network-sharing/network-sharing.module';
import { NetworkStatementsModule } from './network-statements/network-statements.module';
import { NetworksModule } from './networks/networks.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { ProfilesModule } from './profiles/profiles.module';
import { ProgramsModule } from './programs/programs.module';
import { SkillsModule } from './skills/skills.module';
import { UsersModule } from './users/users.module';

/** Every feature module of the API, in one list so main and tests load the same app. */
export const FEATURE_MODULES = [
  UsersModule,
  OrganizationsModule,
  ProfilesModule,
  FundingOffersModule,
  AffiliationsModule,
  MembershipsModule,
  NetworksModule,
  ProgramsModule,
  SkillsModule,
  NeedsModule,
  MatchesModule,
  MatchingModule,
  NotificationsModule,
  HoursModule,
  FeedbackModule,
  MessagesModule,
  MeetingsModule,
  FollowUpsModule,
  InterestsModule,
  ImpactModule,
  InboxModule,
  CompanyModule,
  EventsModule,
  NetworkStatementsModule,
  NetworkSharingModule,
];
