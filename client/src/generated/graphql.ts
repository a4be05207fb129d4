/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CreateFundingOfferInput = {
  budgetTotal: number;
  /** ISO 3166-1 codes; empty means any country */
  countries?: Array<string>;
  /** ISO 4217, e.g. EUR or JPY */
  currency?: string;
  description?: string;
  /** Empty means any focus area */
  focusAreas?: Array<FocusArea>;
  /** The funder organization publishing the offer; you must be its member */
  funderId: string | number;
  /** Largest grant; at most budgetTotal */
  maxTicket: number;
  /** Smallest grant; at most maxTicket */
  minTicket: number;
  title: string;
};

export type CreateManualMatchInput = {
  fundingOfferId?: string | number | null | undefined;
  mentorProfileId?: string | number | null | undefined;
  /** Why this pairing; both sides and the history see it */
  reason: string;
  roleId: string | number;
  volunteerProfileId?: string | number | null | undefined;
};

export type CreateNeedInput = {
  /** ISO 3166-1 alpha-2, e.g. JP */
  country: string;
  /** yyyy-mm-dd, not before startsOn */
  endsOn?: string | null | undefined;
  focusArea: FocusArea;
  /** Why it matters: the impact it will have */
  impact?: string;
  /** The working language, ISO 639-1, e.g. ja */
  language: string;
  nonprofitId: string | number;
  /** A program the nonprofit is a cohort member of */
  programId?: string | number | null | undefined;
  remote?: boolean;
  /** 1 to 20 roles */
  roles: Array<RoleInput>;
  /** yyyy-mm-dd */
  startsOn?: string | null | undefined;
  /** What the nonprofit needs done */
  summary: string;
  title: string;
};

export type CreateOrganizationInput = {
  /** ISO 3166-1 alpha-2, e.g. JP */
  country: string;
  description?: string;
  kind: OrganizationKind;
  languages?: Array<string>;
  name: string;
  website?: string | null | undefined;
};

export type CreateProgramInput = {
  curationRequired?: boolean;
  description?: string;
  /** yyyy-mm-dd, on or after startsOn */
  endsOn?: string | null | undefined;
  /** The intermediary that runs the program */
  intermediaryId: string | number;
  name: string;
  requiresMentor?: boolean;
  /** yyyy-mm-dd */
  startsOn?: string | null | undefined;
};

export const DeclineReason = {
  FoundSomeoneElse: 'FOUND_SOMEONE_ELSE',
  Language: 'LANGUAGE',
  NotInterested: 'NOT_INTERESTED',
  NoTime: 'NO_TIME',
  Other: 'OTHER',
  SkillsMismatch: 'SKILLS_MISMATCH',
  Timing: 'TIMING',
} as const;

export type DeclineReason = (typeof DeclineReason)[keyof typeof DeclineReason];
export const FocusArea = {
  ArtsCulture: 'ARTS_CULTURE',
  ChildrenYouth: 'CHILDREN_YOUTH',
  CommunityDevelopment: 'COMMUNITY_DEVELOPMENT',
  DisasterRelief: 'DISASTER_RELIEF',
  Education: 'EDUCATION',
  ElderlyCare: 'ELDERLY_CARE',
  Environment: 'ENVIRONMENT',
  Health: 'HEALTH',
  HumanRights: 'HUMAN_RIGHTS',
  PoliticsEconomy: 'POLITICS_ECONOMY',
  TruthfulInformation: 'TRUTHFUL_INFORMATION',
  VulnerableGroups: 'VULNERABLE_GROUPS',
} as const;

export type FocusArea = (typeof FocusArea)[keyof typeof FocusArea];
export type FundingOfferFilter = {
  active?: boolean | null | undefined;
  /** Offers for this country, including those open to any */
  country?: string | null | undefined;
  /** Offers for this focus area, including those open to any */
  focusArea?: FocusArea | null | undefined;
  funderId?: string | number | null | undefined;
};

export const HoursStatus = {
  Confirmed: 'CONFIRMED',
  Disputed: 'DISPUTED',
  Logged: 'LOGGED',
} as const;

export type HoursStatus = (typeof HoursStatus)[keyof typeof HoursStatus];
/** Exactly one of the ids: whose impact to count */
export type ImpactScopeInput = {
  /** Hours and matches of the company’s employees */
  companyId?: string | number | null | undefined;
  /** The programs it funds and the needs it funded */
  funderId?: string | number | null | undefined;
  intermediaryId?: string | number | null | undefined;
  nonprofitId?: string | number | null | undefined;
  programId?: string | number | null | undefined;
  volunteerProfileId?: string | number | null | undefined;
};

export const InvitationImportStatus = {
  AlreadyMember: 'ALREADY_MEMBER',
  Error: 'ERROR',
  Invited: 'INVITED',
  Reinvited: 'REINVITED',
} as const;

export type InvitationImportStatus = (typeof InvitationImportStatus)[keyof typeof InvitationImportStatus];
export const InvitationRowProblem = {
  CellCount: 'CELL_COUNT',
  ControlCharacters: 'CONTROL_CHARACTERS',
  DuplicateEmail: 'DUPLICATE_EMAIL',
  EmptyName: 'EMPTY_NAME',
  Formula: 'FORMULA',
  InvalidEmail: 'INVALID_EMAIL',
  InvalidLanguage: 'INVALID_LANGUAGE',
  InvalidRole: 'INVALID_ROLE',
  NameTooLong: 'NAME_TOO_LONG',
} as const;

export type InvitationRowProblem = (typeof InvitationRowProblem)[keyof typeof InvitationRowProblem];
export type LogHoursInput = {
  /** Hours worked that day, in quarter hours: 0.25 to 24 */
  hours: number;
  note?: string;
  /** The day the work was done, YYYY-MM-DD */
  workedOn: string;
};

/** What can be done to a match; see Match.allowedActions */
export const MatchAction = {
  Accept: 'ACCEPT',
  Approve: 'APPROVE',
  Cancel: 'CANCEL',
  Complete: 'COMPLETE',
  CreateManual: 'CREATE_MANUAL',
  Decline: 'DECLINE',
  Expire: 'EXPIRE',
  Propose: 'PROPOSE',
  Reject: 'REJECT',
  Start: 'START',
  Withdraw: 'WITHDRAW',
} as const;

export type MatchAction = (typeof MatchAction)[keyof typeof MatchAction];
export type MatchFilter = {
  candidateKind?: RoleKind | null | undefined;
  /** Only matches where you are on a side: your nonprofit, you, or your funder */
  mine?: boolean | null | undefined;
  needId?: string | number | null | undefined;
  programId?: string | number | null | undefined;
  roleId?: string | number | null | undefined;
  statuses?: Array<MatchStatus> | null | undefined;
};

/** Why a pairing was proposed; each kind sets its own fields of MatchReason */
export const MatchReasonKind = {
  Availability: 'AVAILABILITY',
  Cause: 'CAUSE',
  Funding: 'FUNDING',
  Intermediary: 'INTERMEDIARY',
  Language: 'LANGUAGE',
  Load: 'LOAD',
  Location: 'LOCATION',
  Manual: 'MANUAL',
  MissingSkill: 'MISSING_SKILL',
  Program: 'PROGRAM',
  Skill: 'SKILL',
} as const;

export type MatchReasonKind = (typeof MatchReasonKind)[keyof typeof MatchReasonKind];
export const MatchStatus = {
  Active: 'ACTIVE',
  Cancelled: 'CANCELLED',
  Completed: 'COMPLETED',
  Confirmed: 'CONFIRMED',
  Declined: 'DECLINED',
  Expired: 'EXPIRED',
  Offered: 'OFFERED',
  Proposed: 'PROPOSED',
  Rejected: 'REJECTED',
  Withdrawn: 'WITHDRAWN',
} as const;

export type MatchStatus = (typeof MatchStatus)[keyof typeof MatchStatus];
export type MatchingRunFilter = {
  scope?: MatchingScope | null | undefined;
  status?: MatchingRunStatus | null | undefined;
};

export const MatchingRunStatus = {
  Failed: 'FAILED',
  Queued: 'QUEUED',
  Running: 'RUNNING',
  Succeeded: 'SUCCEEDED',
} as const;

export type MatchingRunStatus = (typeof MatchingRunStatus)[keyof typeof MatchingRunStatus];
export const MatchingScope = {
  All: 'ALL',
  Intermediary: 'INTERMEDIARY',
  Need: 'NEED',
  Program: 'PROGRAM',
  Roles: 'ROLES',
} as const;

export type MatchingScope = (typeof MatchingScope)[keyof typeof MatchingScope];
export const MatchingTrigger = {
  Curator: 'CURATOR',
  NeedChanged: 'NEED_CHANGED',
  NeedPublished: 'NEED_PUBLISHED',
  ProfileChanged: 'PROFILE_CHANGED',
  Scheduled: 'SCHEDULED',
} as const;

export type MatchingTrigger = (typeof MatchingTrigger)[keyof typeof MatchingTrigger];
export const MembershipRole = {
  Admin: 'ADMIN',
  Member: 'MEMBER',
} as const;

export type MembershipRole = (typeof MembershipRole)[keyof typeof MembershipRole];
export type MentorProfileInput = {
  /** Whether you want new proposals */
  available?: boolean;
  bio?: string;
  causes?: Array<FocusArea>;
  /** ISO 3166-1 alpha-2, e.g. JP */
  country: string;
  /** 1 to 30 areas of expertise; replaces the current list */
  expertise: Array<ProfileSkillInput>;
  headline?: string;
  /** 0 to 200 */
  hoursPerMonth?: number;
  /** ISO 639-1 codes, at least one */
  languages: Array<string>;
  /** How many mentees at once, 1 to 20 */
  menteeCapacity?: number;
  /** IANA time zone, e.g. Asia/Tokyo */
  timeZone?: string;
};

export type MyProposalFilter = {
  status?: MatchStatus | null | undefined;
};

export type NeedFilter = {
  country?: string | null | undefined;
  focusArea?: FocusArea | null | undefined;
  /** Needs of nonprofits affiliated with this intermediary or in its programs */
  intermediaryId?: string | number | null | undefined;
  /** Only needs of organizations the signed-in user belongs to */
  mine?: boolean | null | undefined;
  nonprofitId?: string | number | null | undefined;
  programId?: string | number | null | undefined;
  /** Needs with at least one role of this kind */
  roleKind?: RoleKind | null | undefined;
  /** Words of the title or summary; supports "quoted phrases", or, and -excluded words */
  search?: string | null | undefined;
  /** Needs with a role that asks for this skill */
  skillId?: string | null | undefined;
  status?: Array<NeedStatus> | null | undefined;
};

export const NeedStatus = {
  Cancelled: 'CANCELLED',
  Completed: 'COMPLETED',
  Draft: 'DRAFT',
  InProgress: 'IN_PROGRESS',
  Open: 'OPEN',
  Staffed: 'STAFFED',
} as const;

export type NeedStatus = (typeof NeedStatus)[keyof typeof NeedStatus];
export const NotificationKind = {
  HoursToConfirm: 'HOURS_TO_CONFIRM',
  Invitation: 'INVITATION',
  MatchAccepted: 'MATCH_ACCEPTED',
  MatchCompleted: 'MATCH_COMPLETED',
  MatchConfirmed: 'MATCH_CONFIRMED',
  MatchDeclined: 'MATCH_DECLINED',
  OfferExpiring: 'OFFER_EXPIRING',
  OfferNew: 'OFFER_NEW',
  ProposalNew: 'PROPOSAL_NEW',
} as const;

export type NotificationKind = (typeof NotificationKind)[keyof typeof NotificationKind];
export const OrganizationKind = {
  Company: 'COMPANY',
  Funder: 'FUNDER',
  Intermediary: 'INTERMEDIARY',
  Nonprofit: 'NONPROFIT',
} as const;

export type OrganizationKind = (typeof OrganizationKind)[keyof typeof OrganizationKind];
export type ProfileSkillInput = {
  /** 1 = basic, 5 = expert */
  level: number;
  /** A skill id from the taxonomy, e.g. financial-modeling */
  skillId: string | number;
};

export type ProgramFilter = {
  intermediaryId?: string | number | null | undefined;
  /** Matches the name */
  search?: string | null | undefined;
};

export const ProgramParticipantRole = {
  Cohort: 'COHORT',
  Funder: 'FUNDER',
  PartnerCompany: 'PARTNER_COMPANY',
} as const;

export type ProgramParticipantRole = (typeof ProgramParticipantRole)[keyof typeof ProgramParticipantRole];
export type ProposalDecisionInput = {
  matchIds: Array<string | number>;
  reason?: string | null | undefined;
};

export type ProposalFilter = {
  needId?: string | number | null | undefined;
  roleId?: string | number | null | undefined;
  status?: MatchStatus | null | undefined;
};

export type RoleInput = {
  /** Money wanted: required for funding roles, not allowed for others */
  amount?: number | null | undefined;
  description?: string;
  /** Hours a month asked of each person, 0 to 200 */
  hoursPerMonth?: number;
  kind: RoleKind;
  /** How many people (or funding offers) the role takes, 1 to 50 */
  seats?: number;
  /** Up to 15 skills; volunteer and mentor roles need at least one */
  skills?: Array<RoleSkillInput>;
  title: string;
};

export const RoleKind = {
  Funding: 'FUNDING',
  Mentor: 'MENTOR',
  Volunteer: 'VOLUNTEER',
} as const;

export type RoleKind = (typeof RoleKind)[keyof typeof RoleKind];
export type RoleSkillInput = {
  /** The level wanted, 1 (basic) to 5 (expert) */
  level: number;
  /** A skill id from the taxonomy, e.g. "financial-planning" */
  skillId: string;
  /** How much this skill matters, 1 to 5 */
  weight?: number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  email: string;
  locale?: string;
  name: string;
  password: string;
};

export type StartMatchingRunInput = {
  /** NEED, PROGRAM or INTERMEDIARY for curators; ALL for platform admins */
  scope: MatchingScope;
  /** The need, program or intermediary; empty for ALL */
  scopeId?: string | number | null | undefined;
};

export type VolunteerProfileInput = {
  /** Whether you want new proposals */
  available?: boolean;
  bio?: string;
  causes?: Array<FocusArea>;
  /** ISO 3166-1 alpha-2, e.g. JP */
  country: string;
  /** A company you are a member of */
  employerId?: string | number | null | undefined;
  headline?: string;
  /** 0 to 200 */
  hoursPerMonth?: number;
  /** ISO 639-1 codes, at least one */
  languages: Array<string>;
  /** 1 to 10 */
  maxConcurrentEngagements?: number;
  onSiteOk?: boolean;
  remoteOk?: boolean;
  /** 1 to 30 skills; replaces the current list */
  skills: Array<ProfileSkillInput>;
  /** IANA time zone, e.g. Asia/Tokyo */
  timeZone?: string;
};

export type ViewerFieldsFragment = {
  __typename: 'User';
  id: string;
  email: string | null;
  name: string;
  locale: string;
  isPlatformAdmin: boolean;
  memberships: Array<{
    __typename: 'Membership';
    id: string;
    role: MembershipRole;
    organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
  }>;
  volunteerProfile: { __typename: 'VolunteerProfile'; id: string } | null;
  mentorProfile: { __typename: 'MentorProfile'; id: string } | null;
};

export type MeQueryVariables = Exact<{ [key: string]: never }>;

export type MeQuery = {
  me: {
    __typename: 'User';
    id: string;
    email: string | null;
    name: string;
    locale: string;
    isPlatformAdmin: boolean;
    memberships: Array<{
      __typename: 'Membership';
      id: string;
      role: MembershipRole;
      organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
    }>;
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string } | null;
  };
};

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;

export type SignInMutation = {
  signIn: {
    __typename: 'AuthPayload';
    accessToken: string;
    refreshToken: string;
    user: {
      __typename: 'User';
      id: string;
      email: string | null;
      name: string;
      locale: string;
      isPlatformAdmin: boolean;
      memberships: Array<{
        __typename: 'Membership';
        id: string;
        role: MembershipRole;
        organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
      }>;
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string } | null;
    };
  };
};

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;

export type SignUpMutation = {
  signUp: {
    __typename: 'AuthPayload';
    accessToken: string;
    refreshToken: string;
    user: {
      __typename: 'User';
      id: string;
      email: string | null;
      name: string;
      locale: string;
      isPlatformAdmin: boolean;
      memberships: Array<{
        __typename: 'Membership';
        id: string;
        role: MembershipRole;
        organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
      }>;
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string } | null;
    };
  };
};

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;

export type RefreshSessionMutation = { refreshSession: { __typename: 'AuthPayload'; accessToken: string; refreshToken: string } };

export type SignOutMutationVariables = Exact<{
  refreshToken: string;
}>;

export type SignOutMutation = { signOut: boolean };

export type UpdateMyLocaleMutationVariables = Exact<{
  locale: string;
}>;

export type UpdateMyLocaleMutation = { updateMe: { __typename: 'User'; id: string; locale: string } };

export type ProposalsQueryVariables = Exact<{
  filter?: ProposalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProposalsQuery = {
  proposals: {
    __typename: 'ProposalConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Match';
      id: string;
      status: MatchStatus;
      score: number;
      explanation: string;
      version: number;
      manual: boolean;
      candidateKind: RoleKind;
      expiresAt: string | null;
      offeredAt: string | null;
      confirmedAt: string | null;
      completedAt: string | null;
      nonprofitAcceptedAt: string | null;
      candidateAcceptedAt: string | null;
      declineReason: DeclineReason | null;
      allowedActions: Array<MatchAction>;
      createdAt: string;
      breakdown: {
        __typename: 'ScoreBreakdown';
        parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
        weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      } | null;
      reasons: Array<{
        __typename: 'MatchReason';
        kind: MatchReasonKind;
        skillId: string | null;
        name: string | null;
        level: number | null;
        wanted: number | null;
        language: string | null;
        country: string | null;
        sameCountry: boolean | null;
        utcOffsetDiffMinutes: number | null;
        hoursPerMonthFree: number | null;
        hoursPerMonthWanted: number | null;
        amount: number | null;
        budgetLeft: number | null;
        cause: string | null;
        programId: string | null;
        intermediaryId: string | null;
        activeEngagements: number | null;
        note: string | null;
      }>;
      need: {
        __typename: 'Need';
        id: string;
        title: string;
        focusArea: FocusArea;
        country: string;
        publishedAt: string | null;
        nonprofit: { __typename: 'Organization'; id: string; name: string };
      };
      role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type ApproveProposalsMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;

export type ApproveProposalsMutation = {
  approveProposals: Array<{
    __typename: 'ProposalDecisionResult';
    matchId: string;
    ok: boolean;
    match: { __typename: 'Match'; id: string; status: MatchStatus; version: number; allowedActions: Array<MatchAction> } | null;
    error: { __typename: 'MatchItemError'; code: string; message: string } | null;
  }>;
};

export type RejectProposalsMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;

export type RejectProposalsMutation = {
  rejectProposals: Array<{
    __typename: 'ProposalDecisionResult';
    matchId: string;
    ok: boolean;
    match: { __typename: 'Match'; id: string; status: MatchStatus; version: number; allowedActions: Array<MatchAction> } | null;
    error: { __typename: 'MatchItemError'; code: string; message: string } | null;
  }>;
};

export type CreateManualMatchMutationVariables = Exact<{
  input: CreateManualMatchInput;
}>;

export type CreateManualMatchMutation = {
  createManualMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type CandidateSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;

export type CandidateSearchQuery = {
  volunteerProfiles: {
    __typename: 'VolunteerProfileConnection';
    nodes: Array<{ __typename: 'VolunteerProfile'; id: string; headline: string; user: { __typename: 'User'; id: string; name: string } }>;
  };
  mentorProfiles: {
    __typename: 'MentorProfileConnection';
    nodes: Array<{ __typename: 'MentorProfile'; id: string; headline: string; user: { __typename: 'User'; id: string; name: string } }>;
  };
};

export type MatchingRunFieldsFragment = {
  __typename: 'MatchingRun';
  id: string;
  scope: MatchingScope;
  scopeId: string | null;
  trigger: MatchingTrigger;
  status: MatchingRunStatus;
  progress: number;
  counts: unknown;
  error: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  createdAt: string;
};

export type MatchingRunsQueryVariables = Exact<{
  filter?: MatchingRunFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MatchingRunsQuery = {
  matchingRuns: {
    __typename: 'MatchingRunConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'MatchingRun';
      id: string;
      scope: MatchingScope;
      scopeId: string | null;
      trigger: MatchingTrigger;
      status: MatchingRunStatus;
      progress: number;
      counts: unknown;
      error: string | null;
      startedAt: string | null;
      finishedAt: string | null;
      createdAt: string;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type StartMatchingRunMutationVariables = Exact<{
  input: StartMatchingRunInput;
}>;

export type StartMatchingRunMutation = {
  startMatchingRun: {
    __typename: 'MatchingRun';
    id: string;
    scope: MatchingScope;
    scopeId: string | null;
    trigger: MatchingTrigger;
    status: MatchingRunStatus;
    progress: number;
    counts: unknown;
    error: string | null;
    startedAt: string | null;
    finishedAt: string | null;
    createdAt: string;
  };
};

export type MatchingRunProgressSubscriptionVariables = Exact<{
  runId: string | number;
}>;

export type MatchingRunProgressSubscription = {
  matchingRunProgress: {
    __typename: 'MatchingRun';
    id: string;
    scope: MatchingScope;
    scopeId: string | null;
    trigger: MatchingTrigger;
    status: MatchingRunStatus;
    progress: number;
    counts: unknown;
    error: string | null;
    startedAt: string | null;
    finishedAt: string | null;
    createdAt: string;
  };
};

export type ProgramFieldsFragment = {
  __typename: 'Program';
  id: string;
  intermediaryId: string;
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  requiresMentor: boolean;
  curationRequired: boolean;
  intermediary: { __typename: 'Organization'; id: string; name: string };
  participants: Array<{
    __typename: 'ProgramParticipant';
    id: string;
    role: ProgramParticipantRole;
    organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
  }>;
};

export type ProgramsQueryVariables = Exact<{
  filter?: ProgramFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ProgramsQuery = {
  programs: {
    __typename: 'ProgramConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Program';
      id: string;
      intermediaryId: string;
      name: string;
      description: string;
      startsOn: string | null;
      endsOn: string | null;
      requiresMentor: boolean;
      curationRequired: boolean;
      intermediary: { __typename: 'Organization'; id: string; name: string };
      participants: Array<{
        __typename: 'ProgramParticipant';
        id: string;
        role: ProgramParticipantRole;
        organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
      }>;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type CreateProgramMutationVariables = Exact<{
  input: CreateProgramInput;
}>;

export type CreateProgramMutation = {
  createProgram: {
    __typename: 'Program';
    id: string;
    intermediaryId: string;
    name: string;
    description: string;
    startsOn: string | null;
    endsOn: string | null;
    requiresMentor: boolean;
    curationRequired: boolean;
    intermediary: { __typename: 'Organization'; id: string; name: string };
    participants: Array<{
      __typename: 'ProgramParticipant';
      id: string;
      role: ProgramParticipantRole;
      organization: { __typename: 'Organization'; id: string; name: string; kind: OrganizationKind };
    }>;
  };
};

export type HoursLogFieldsFragment = {
  __typename: 'HoursLog';
  id: string;
  matchId: string;
  workedOn: string;
  hours: number;
  note: string;
  status: HoursStatus;
  disputeReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
};

export type EngagementsQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type EngagementsQuery = {
  matches: {
    __typename: 'MatchConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Match';
      confirmedHours: number;
      id: string;
      status: MatchStatus;
      score: number;
      explanation: string;
      version: number;
      manual: boolean;
      candidateKind: RoleKind;
      expiresAt: string | null;
      offeredAt: string | null;
      confirmedAt: string | null;
      completedAt: string | null;
      nonprofitAcceptedAt: string | null;
      candidateAcceptedAt: string | null;
      declineReason: DeclineReason | null;
      allowedActions: Array<MatchAction>;
      createdAt: string;
      hoursLogs: Array<{
        __typename: 'HoursLog';
        id: string;
        matchId: string;
        workedOn: string;
        hours: number;
        note: string;
        status: HoursStatus;
        disputeReason: string | null;
        reviewedAt: string | null;
        createdAt: string;
      }>;
      breakdown: {
        __typename: 'ScoreBreakdown';
        parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
        weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      } | null;
      reasons: Array<{
        __typename: 'MatchReason';
        kind: MatchReasonKind;
        skillId: string | null;
        name: string | null;
        level: number | null;
        wanted: number | null;
        language: string | null;
        country: string | null;
        sameCountry: boolean | null;
        utcOffsetDiffMinutes: number | null;
        hoursPerMonthFree: number | null;
        hoursPerMonthWanted: number | null;
        amount: number | null;
        budgetLeft: number | null;
        cause: string | null;
        programId: string | null;
        intermediaryId: string | null;
        activeEngagements: number | null;
        note: string | null;
      }>;
      need: {
        __typename: 'Need';
        id: string;
        title: string;
        focusArea: FocusArea;
        country: string;
        publishedAt: string | null;
        nonprofit: { __typename: 'Organization'; id: string; name: string };
      };
      role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type LogHoursMutationVariables = Exact<{
  matchId: string | number;
  input: LogHoursInput;
}>;

export type LogHoursMutation = {
  logHours: {
    __typename: 'HoursLog';
    id: string;
    matchId: string;
    workedOn: string;
    hours: number;
    note: string;
    status: HoursStatus;
    disputeReason: string | null;
    reviewedAt: string | null;
    createdAt: string;
  };
};

export type ConfirmHoursMutationVariables = Exact<{
  id: string | number;
}>;

export type ConfirmHoursMutation = {
  confirmHours: {
    __typename: 'HoursLog';
    id: string;
    matchId: string;
    workedOn: string;
    hours: number;
    note: string;
    status: HoursStatus;
    disputeReason: string | null;
    reviewedAt: string | null;
    createdAt: string;
  };
};

export type DisputeHoursMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type DisputeHoursMutation = {
  disputeHours: {
    __typename: 'HoursLog';
    id: string;
    matchId: string;
    workedOn: string;
    hours: number;
    note: string;
    status: HoursStatus;
    disputeReason: string | null;
    reviewedAt: string | null;
    createdAt: string;
  };
};

export type UpdateHoursMutationVariables = Exact<{
  id: string | number;
  input: LogHoursInput;
}>;

export type UpdateHoursMutation = {
  updateHours: {
    __typename: 'HoursLog';
    id: string;
    matchId: string;
    workedOn: string;
    hours: number;
    note: string;
    status: HoursStatus;
    disputeReason: string | null;
    reviewedAt: string | null;
    createdAt: string;
  };
};

export type DeleteHoursMutationVariables = Exact<{
  id: string | number;
}>;

export type DeleteHoursMutation = { deleteHours: string };

export type FundingOfferFieldsFragment = {
  __typename: 'FundingOffer';
  id: string;
  funderId: string;
  title: string;
  description: string;
  focusAreas: Array<FocusArea>;
  countries: Array<string>;
  minTicket: number;
  maxTicket: number;
  budgetTotal: number | null;
  budgetLeft: number | null;
  currency: string;
  active: boolean;
  createdAt: string;
  funder: { __typename: 'Organization'; id: string; name: string };
};

export type FundingOffersQueryVariables = Exact<{
  filter?: FundingOfferFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type FundingOffersQuery = {
  fundingOffers: {
    __typename: 'FundingOfferConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'FundingOffer';
      id: string;
      funderId: string;
      title: string;
      description: string;
      focusAreas: Array<FocusArea>;
      countries: Array<string>;
      minTicket: number;
      maxTicket: number;
      budgetTotal: number | null;
      budgetLeft: number | null;
      currency: string;
      active: boolean;
      createdAt: string;
      funder: { __typename: 'Organization'; id: string; name: string };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type CreateFundingOfferMutationVariables = Exact<{
  input: CreateFundingOfferInput;
}>;

export type CreateFundingOfferMutation = {
  createFundingOffer: {
    __typename: 'FundingOffer';
    id: string;
    funderId: string;
    title: string;
    description: string;
    focusAreas: Array<FocusArea>;
    countries: Array<string>;
    minTicket: number;
    maxTicket: number;
    budgetTotal: number | null;
    budgetLeft: number | null;
    currency: string;
    active: boolean;
    createdAt: string;
    funder: { __typename: 'Organization'; id: string; name: string };
  };
};

export type SetFundingOfferActiveMutationVariables = Exact<{
  id: string | number;
  active: boolean;
}>;

export type SetFundingOfferActiveMutation = { setFundingOfferActive: { __typename: 'FundingOffer'; id: string; active: boolean } };

export type ImpactFiguresFieldsFragment = {
  __typename: 'ImpactFigures';
  proposals: number;
  offers: number;
  confirmed: number;
  completed: number;
  acceptanceRate: number | null;
  medianDaysToMatch: number | null;
  seats: number | null;
  seatsFilled: number | null;
  fillRate: number | null;
  confirmedHours: number;
  hoursValue: number;
};

export type ImpactQueryVariables = Exact<{
  scope: ImpactScopeInput;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type ImpactQuery = {
  impact: {
    __typename: 'ImpactReport';
    currency: string;
    from: string | null;
    to: string | null;
    totals: {
      __typename: 'ImpactFigures';
      proposals: number;
      offers: number;
      confirmed: number;
      completed: number;
      acceptanceRate: number | null;
      medianDaysToMatch: number | null;
      seats: number | null;
      seatsFilled: number | null;
      fillRate: number | null;
      confirmedHours: number;
      hoursValue: number;
    };
    byFocusArea: Array<{
      __typename: 'ImpactBucket';
      key: string;
      figures: {
        __typename: 'ImpactFigures';
        proposals: number;
        offers: number;
        confirmed: number;
        completed: number;
        acceptanceRate: number | null;
        medianDaysToMatch: number | null;
        seats: number | null;
        seatsFilled: number | null;
        fillRate: number | null;
        confirmedHours: number;
        hoursValue: number;
      };
    }>;
    byCountry: Array<{
      __typename: 'ImpactBucket';
      key: string;
      figures: {
        __typename: 'ImpactFigures';
        proposals: number;
        offers: number;
        confirmed: number;
        completed: number;
        acceptanceRate: number | null;
        medianDaysToMatch: number | null;
        seats: number | null;
        seatsFilled: number | null;
        fillRate: number | null;
        confirmedHours: number;
        hoursValue: number;
      };
    }>;
    byMonth: Array<{
      __typename: 'ImpactBucket';
      key: string;
      figures: {
        __typename: 'ImpactFigures';
        proposals: number;
        offers: number;
        confirmed: number;
        completed: number;
        acceptanceRate: number | null;
        medianDaysToMatch: number | null;
        seats: number | null;
        seatsFilled: number | null;
        fillRate: number | null;
        confirmedHours: number;
        hoursValue: number;
      };
    }>;
  };
};

export type ImpactCsvQueryVariables = Exact<{
  scope: ImpactScopeInput;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type ImpactCsvQuery = { impactCsv: string };

export type MatchCardFieldsFragment = {
  __typename: 'Match';
  id: string;
  status: MatchStatus;
  score: number;
  explanation: string;
  version: number;
  manual: boolean;
  candidateKind: RoleKind;
  expiresAt: string | null;
  offeredAt: string | null;
  confirmedAt: string | null;
  completedAt: string | null;
  nonprofitAcceptedAt: string | null;
  candidateAcceptedAt: string | null;
  declineReason: DeclineReason | null;
  allowedActions: Array<MatchAction>;
  createdAt: string;
  breakdown: {
    __typename: 'ScoreBreakdown';
    parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
  } | null;
  reasons: Array<{
    __typename: 'MatchReason';
    kind: MatchReasonKind;
    skillId: string | null;
    name: string | null;
    level: number | null;
    wanted: number | null;
    language: string | null;
    country: string | null;
    sameCountry: boolean | null;
    utcOffsetDiffMinutes: number | null;
    hoursPerMonthFree: number | null;
    hoursPerMonthWanted: number | null;
    amount: number | null;
    budgetLeft: number | null;
    cause: string | null;
    programId: string | null;
    intermediaryId: string | null;
    activeEngagements: number | null;
    note: string | null;
  }>;
  need: {
    __typename: 'Need';
    id: string;
    title: string;
    focusArea: FocusArea;
    country: string;
    publishedAt: string | null;
    nonprofit: { __typename: 'Organization'; id: string; name: string };
  };
  role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
  volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
  mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
  fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
};

export type MatchesQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MatchesQuery = {
  matches: {
    __typename: 'MatchConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Match';
      id: string;
      status: MatchStatus;
      score: number;
      explanation: string;
      version: number;
      manual: boolean;
      candidateKind: RoleKind;
      expiresAt: string | null;
      offeredAt: string | null;
      confirmedAt: string | null;
      completedAt: string | null;
      nonprofitAcceptedAt: string | null;
      candidateAcceptedAt: string | null;
      declineReason: DeclineReason | null;
      allowedActions: Array<MatchAction>;
      createdAt: string;
      breakdown: {
        __typename: 'ScoreBreakdown';
        parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
        weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      } | null;
      reasons: Array<{
        __typename: 'MatchReason';
        kind: MatchReasonKind;
        skillId: string | null;
        name: string | null;
        level: number | null;
        wanted: number | null;
        language: string | null;
        country: string | null;
        sameCountry: boolean | null;
        utcOffsetDiffMinutes: number | null;
        hoursPerMonthFree: number | null;
        hoursPerMonthWanted: number | null;
        amount: number | null;
        budgetLeft: number | null;
        cause: string | null;
        programId: string | null;
        intermediaryId: string | null;
        activeEngagements: number | null;
        note: string | null;
      }>;
      need: {
        __typename: 'Need';
        id: string;
        title: string;
        focusArea: FocusArea;
        country: string;
        publishedAt: string | null;
        nonprofit: { __typename: 'Organization'; id: string; name: string };
      };
      role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type MyProposalsQueryVariables = Exact<{
  filter?: MyProposalFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type MyProposalsQuery = {
  myProposals: {
    __typename: 'ProposalConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Match';
      id: string;
      status: MatchStatus;
      score: number;
      explanation: string;
      version: number;
      manual: boolean;
      candidateKind: RoleKind;
      expiresAt: string | null;
      offeredAt: string | null;
      confirmedAt: string | null;
      completedAt: string | null;
      nonprofitAcceptedAt: string | null;
      candidateAcceptedAt: string | null;
      declineReason: DeclineReason | null;
      allowedActions: Array<MatchAction>;
      createdAt: string;
      breakdown: {
        __typename: 'ScoreBreakdown';
        parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
        weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      } | null;
      reasons: Array<{
        __typename: 'MatchReason';
        kind: MatchReasonKind;
        skillId: string | null;
        name: string | null;
        level: number | null;
        wanted: number | null;
        language: string | null;
        country: string | null;
        sameCountry: boolean | null;
        utcOffsetDiffMinutes: number | null;
        hoursPerMonthFree: number | null;
        hoursPerMonthWanted: number | null;
        amount: number | null;
        budgetLeft: number | null;
        cause: string | null;
        programId: string | null;
        intermediaryId: string | null;
        activeEngagements: number | null;
        note: string | null;
      }>;
      need: {
        __typename: 'Need';
        id: string;
        title: string;
        focusArea: FocusArea;
        country: string;
        publishedAt: string | null;
        nonprofit: { __typename: 'Organization'; id: string; name: string };
      };
      role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
      volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
      fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type AcceptMatchMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type AcceptMatchMutation = {
  acceptMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type DeclineMatchMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason: DeclineReason;
  note?: string | null | undefined;
}>;

export type DeclineMatchMutation = {
  declineMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type StartMatchMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type StartMatchMutation = {
  startMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type CompleteMatchMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;

export type CompleteMatchMutation = {
  completeMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type WithdrawMatchMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;

export type WithdrawMatchMutation = {
  withdrawMatch: {
    __typename: 'Match';
    id: string;
    status: MatchStatus;
    score: number;
    explanation: string;
    version: number;
    manual: boolean;
    candidateKind: RoleKind;
    expiresAt: string | null;
    offeredAt: string | null;
    confirmedAt: string | null;
    completedAt: string | null;
    nonprofitAcceptedAt: string | null;
    candidateAcceptedAt: string | null;
    declineReason: DeclineReason | null;
    allowedActions: Array<MatchAction>;
    createdAt: string;
    breakdown: {
      __typename: 'ScoreBreakdown';
      parts: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
      weights: { __typename: 'ScoreParts'; skills: number; cause: number; language: number; location: number; availability: number; affinity: number; load: number };
    } | null;
    reasons: Array<{
      __typename: 'MatchReason';
      kind: MatchReasonKind;
      skillId: string | null;
      name: string | null;
      level: number | null;
      wanted: number | null;
      language: string | null;
      country: string | null;
      sameCountry: boolean | null;
      utcOffsetDiffMinutes: number | null;
      hoursPerMonthFree: number | null;
      hoursPerMonthWanted: number | null;
      amount: number | null;
      budgetLeft: number | null;
      cause: string | null;
      programId: string | null;
      intermediaryId: string | null;
      activeEngagements: number | null;
      note: string | null;
    }>;
    need: {
      __typename: 'Need';
      id: string;
      title: string;
      focusArea: FocusArea;
      country: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
    };
    role: { __typename: 'NeedRole'; id: string; title: string; kind: RoleKind; seats: number; seatsFilled: number };
    volunteerProfile: { __typename: 'VolunteerProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    mentorProfile: { __typename: 'MentorProfile'; id: string; headline: string; country: string; user: { __typename: 'User'; id: string; name: string } } | null;
    fundingOffer: { __typename: 'FundingOffer'; id: string; title: string; currency: string; funder: { __typename: 'Organization'; id: string; name: string } } | null;
  };
};

export type NeedSummaryFieldsFragment = {
  __typename: 'Need';
  id: string;
  title: string;
  status: NeedStatus;
  focusArea: FocusArea;
  country: string;
  remote: boolean;
  updatedAt: string;
  publishedAt: string | null;
  nonprofit: { __typename: 'Organization'; id: string; name: string };
  roles: Array<{ __typename: 'NeedRole'; id: string; kind: RoleKind; title: string; seats: number; seatsFilled: number }>;
};

export type NeedDetailFieldsFragment = {
  __typename: 'Need';
  nonprofitId: string;
  summary: string;
  impact: string;
  language: string;
  startsOn: string | null;
  endsOn: string | null;
  id: string;
  title: string;
  status: NeedStatus;
  focusArea: FocusArea;
  country: string;
  remote: boolean;
  updatedAt: string;
  publishedAt: string | null;
  program: { __typename: 'Program'; id: string; name: string } | null;
  roles: Array<{
    __typename: 'NeedRole';
    id: string;
    kind: RoleKind;
    title: string;
    description: string;
    hoursPerMonth: number;
    seats: number;
    seatsFilled: number;
    seatsOpen: number;
    amount: number | null;
    skills: Array<{
      __typename: 'RoleSkill';
      level: number;
      weight: number;
      skill: { __typename: 'Skill'; id: string; name: string; names: { __typename: 'SkillNames'; en: string; de: string | null; ja: string | null } };
    }>;
  }>;
  nonprofit: { __typename: 'Organization'; id: string; name: string };
};

export type NeedsQueryVariables = Exact<{
  filter?: NeedFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type NeedsQuery = {
  needs: {
    __typename: 'NeedConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Need';
      id: string;
      title: string;
      status: NeedStatus;
      focusArea: FocusArea;
      country: string;
      remote: boolean;
      updatedAt: string;
      publishedAt: string | null;
      nonprofit: { __typename: 'Organization'; id: string; name: string };
      roles: Array<{ __typename: 'NeedRole'; id: string; kind: RoleKind; title: string; seats: number; seatsFilled: number }>;
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type NeedQueryVariables = Exact<{
  id: string | number;
}>;

export type NeedQuery = {
  need: {
    __typename: 'Need';
    nonprofitId: string;
    summary: string;
    impact: string;
    language: string;
    startsOn: string | null;
    endsOn: string | null;
    id: string;
    title: string;
    status: NeedStatus;
    focusArea: FocusArea;
    country: string;
    remote: boolean;
    updatedAt: string;
    publishedAt: string | null;
    program: { __typename: 'Program'; id: string; name: string } | null;
    roles: Array<{
      __typename: 'NeedRole';
      id: string;
      kind: RoleKind;
      title: string;
      description: string;
      hoursPerMonth: number;
      seats: number;
      seatsFilled: number;
      seatsOpen: number;
      amount: number | null;
      skills: Array<{
        __typename: 'RoleSkill';
        level: number;
        weight: number;
        skill: { __typename: 'Skill'; id: string; name: string; names: { __typename: 'SkillNames'; en: string; de: string | null; ja: string | null } };
      }>;
    }>;
    nonprofit: { __typename: 'Organization'; id: string; name: string };
  };
};

export type CreateNeedMutationVariables = Exact<{
  input: CreateNeedInput;
}>;

export type CreateNeedMutation = {
  createNeed: {
    __typename: 'Need';
    nonprofitId: string;
    summary: string;
    impact: string;
    language: string;
    startsOn: string | null;
    endsOn: string | null;
    id: string;
    title: string;
    status: NeedStatus;
    focusArea: FocusArea;
    country: string;
    remote: boolean;
    updatedAt: string;
    publishedAt: string | null;
    program: { __typename: 'Program'; id: string; name: string } | null;
    roles: Array<{
      __typename: 'NeedRole';
      id: string;
      kind: RoleKind;
      title: string;
      description: string;
      hoursPerMonth: number;
      seats: number;
      seatsFilled: number;
      seatsOpen: number;
      amount: number | null;
      skills: Array<{
        __typename: 'RoleSkill';
        level: number;
        weight: number;
        skill: { __typename: 'Skill'; id: string; name: string; names: { __typename: 'SkillNames'; en: string; de: string | null; ja: string | null } };
      }>;
    }>;
    nonprofit: { __typename: 'Organization'; id: string; name: string };
  };
};

export type PublishNeedMutationVariables = Exact<{
  id: string | number;
}>;

export type PublishNeedMutation = { publishNeed: { __typename: 'Need'; id: string; status: NeedStatus; publishedAt: string | null } };

export type CancelNeedMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;

export type CancelNeedMutation = { cancelNeed: { __typename: 'Need'; id: string; status: NeedStatus } };

export type NotificationFieldsFragment = {
  __typename: 'Notification';
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  matchId: string | null;
  readAt: string | null;
  createdAt: string;
};

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;

export type NotificationsQuery = {
  notifications: {
    __typename: 'NotificationConnection';
    totalCount: number;
    nodes: Array<{ __typename: 'Notification'; id: string; kind: NotificationKind; title: string; body: string; matchId: string | null; readAt: string | null; createdAt: string }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never }>;

export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never }>;

export type NotificationAddedSubscription = {
  notificationAdded: {
    __typename: 'Notification';
    id: string;
    kind: NotificationKind;
    title: string;
    body: string;
    matchId: string | null;
    readAt: string | null;
    createdAt: string;
  };
};

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;

export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never }>;

export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type ImportInvitationsMutationVariables = Exact<{
  organizationId: string | number;
  csv: string;
}>;

export type ImportInvitationsMutation = {
  importInvitations: {
    __typename: 'InvitationImportResult';
    invited: number;
    reinvited: number;
    alreadyMembers: number;
    errors: number;
    rows: Array<{ __typename: 'InvitationImportRow'; row: number; email: string | null; status: InvitationImportStatus; problem: InvitationRowProblem | null }>;
  };
};

export type OrganizationFieldsFragment = {
  __typename: 'Organization';
  id: string;
  kind: OrganizationKind;
  name: string;
  country: string;
  languages: Array<string>;
  website: string | null;
  description: string;
  verified: boolean;
};

export type CreateOrganizationMutationVariables = Exact<{
  input: CreateOrganizationInput;
}>;

export type CreateOrganizationMutation = {
  createOrganization: {
    __typename: 'Organization';
    id: string;
    kind: OrganizationKind;
    name: string;
    country: string;
    languages: Array<string>;
    website: string | null;
    description: string;
    verified: boolean;
  };
};

export type VolunteerProfileFieldsFragment = {
  __typename: 'VolunteerProfile';
  id: string;
  headline: string;
  bio: string;
  languages: Array<string>;
  country: string;
  timeZone: string;
  hoursPerMonth: number;
  maxConcurrentEngagements: number;
  activeEngagements: number;
  causes: Array<FocusArea>;
  remoteOk: boolean;
  onSiteOk: boolean;
  available: boolean;
  employerId: string | null;
  skills: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
};

export type MentorProfileFieldsFragment = {
  __typename: 'MentorProfile';
  id: string;
  headline: string;
  bio: string;
  languages: Array<string>;
  country: string;
  timeZone: string;
  hoursPerMonth: number;
  menteeCapacity: number;
  activeMentees: number;
  causes: Array<FocusArea>;
  available: boolean;
  expertise: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
};

export type MyProfilesQueryVariables = Exact<{ [key: string]: never }>;

export type MyProfilesQuery = {
  myVolunteerProfile: {
    __typename: 'VolunteerProfile';
    id: string;
    headline: string;
    bio: string;
    languages: Array<string>;
    country: string;
    timeZone: string;
    hoursPerMonth: number;
    maxConcurrentEngagements: number;
    activeEngagements: number;
    causes: Array<FocusArea>;
    remoteOk: boolean;
    onSiteOk: boolean;
    available: boolean;
    employerId: string | null;
    skills: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
  } | null;
  myMentorProfile: {
    __typename: 'MentorProfile';
    id: string;
    headline: string;
    bio: string;
    languages: Array<string>;
    country: string;
    timeZone: string;
    hoursPerMonth: number;
    menteeCapacity: number;
    activeMentees: number;
    causes: Array<FocusArea>;
    available: boolean;
    expertise: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
  } | null;
};

export type UpsertVolunteerProfileMutationVariables = Exact<{
  input: VolunteerProfileInput;
}>;

export type UpsertVolunteerProfileMutation = {
  upsertVolunteerProfile: {
    __typename: 'VolunteerProfile';
    id: string;
    headline: string;
    bio: string;
    languages: Array<string>;
    country: string;
    timeZone: string;
    hoursPerMonth: number;
    maxConcurrentEngagements: number;
    activeEngagements: number;
    causes: Array<FocusArea>;
    remoteOk: boolean;
    onSiteOk: boolean;
    available: boolean;
    employerId: string | null;
    skills: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
  };
};

export type UpsertMentorProfileMutationVariables = Exact<{
  input: MentorProfileInput;
}>;

export type UpsertMentorProfileMutation = {
  upsertMentorProfile: {
    __typename: 'MentorProfile';
    id: string;
    headline: string;
    bio: string;
    languages: Array<string>;
    country: string;
    timeZone: string;
    hoursPerMonth: number;
    menteeCapacity: number;
    activeMentees: number;
    causes: Array<FocusArea>;
    available: boolean;
    expertise: Array<{ __typename: 'ProfileSkill'; level: number; skill: { __typename: 'Skill'; id: string; name: string; category: string } }>;
  };
};

export type SkillsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type SkillsQuery = {
  skills: {
    __typename: 'SkillConnection';
    totalCount: number;
    nodes: Array<{
      __typename: 'Skill';
      id: string;
      name: string;
      category: string;
      synonyms: Array<string>;
      names: { __typename: 'SkillNames'; en: string; de: string | null; ja: string | null };
    }>;
    pageInfo: { __typename: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
};

export const ViewerFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const MatchingRunFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingRunFieldsFragment, unknown>;
export const ProgramFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgramFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Program' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresMentor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'curationRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intermediary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgramFieldsFragment, unknown>;
export const HoursLogFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HoursLogFieldsFragment, unknown>;
export const FundingOfferFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundingOfferFieldsFragment, unknown>;
export const ImpactFiguresFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'proposals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medianDaysToMatch' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fillRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursValue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactFiguresFieldsFragment, unknown>;
export const MatchCardFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchCardFieldsFragment, unknown>;
export const NeedSummaryFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonprofit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedSummaryFieldsFragment, unknown>;
export const NeedDetailFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedSummaryFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'names' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'de' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonprofit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedDetailFieldsFragment, unknown>;
export const NotificationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const OrganizationFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<OrganizationFieldsFragment, unknown>;
export const VolunteerProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolunteerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolunteerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxConcurrentEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remoteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onSiteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<VolunteerProfileFieldsFragment, unknown>;
export const MentorProfileFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeCapacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeMentees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expertise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MentorProfileFieldsFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Me' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'me' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignIn' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignInInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signIn' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignUpDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignUp' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'SignUpInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signUp' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ViewerFields' } }] },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ViewerFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'User' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPlatformAdmin' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'memberships' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }] },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignUpMutation, SignUpMutationVariables>;
export const RefreshSessionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RefreshSession' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'refreshSession' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'refreshToken' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'accessToken' } },
                { kind: 'Field', name: { kind: 'Name', value: 'refreshToken' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const SignOutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SignOut' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'signOut' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'refreshToken' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'refreshToken' } } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const UpdateMyLocaleDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateMyLocale' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateMe' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [{ kind: 'ObjectField', name: { kind: 'Name', value: 'locale' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'locale' } } }],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'locale' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateMyLocaleMutation, UpdateMyLocaleMutationVariables>;
export const ProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Proposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProposalsQuery, ProposalsQueryVariables>;
export const ApproveProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveProposals' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'match' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'error' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApproveProposalsMutation, ApproveProposalsMutationVariables>;
export const RejectProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProposalDecisionInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectProposals' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'match' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'error' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RejectProposalsMutation, RejectProposalsMutationVariables>;
export const CreateManualMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateManualMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateManualMatchInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createManualMatch' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateManualMatchMutation, CreateManualMatchMutationVariables>;
export const CandidateSearchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CandidateSearch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'search' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } } },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'available' }, value: { kind: 'BooleanValue', value: true } },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfiles' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'search' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } } },
                    { kind: 'ObjectField', name: { kind: 'Name', value: 'available' }, value: { kind: 'BooleanValue', value: true } },
                  ],
                },
              },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'IntValue', value: '20' } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'user' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CandidateSearchQuery, CandidateSearchQueryVariables>;
export const MatchingRunsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MatchingRuns' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRunFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchingRuns' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingRunsQuery, MatchingRunsQueryVariables>;
export const StartMatchingRunDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMatchingRun' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartMatchingRunInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMatchingRun' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartMatchingRunMutation, StartMatchingRunMutationVariables>;
export const MatchingRunProgressDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'MatchingRunProgress' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matchingRunProgress' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'runId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'runId' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchingRunFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchingRunFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchingRun' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scope' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopeId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trigger' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'counts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'error' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'finishedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchingRunProgressSubscription, MatchingRunProgressSubscriptionVariables>;
export const ProgramsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Programs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProgramFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'programs' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgramFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgramFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Program' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresMentor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'curationRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intermediary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProgramsQuery, ProgramsQueryVariables>;
export const CreateProgramDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateProgram' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateProgramInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createProgram' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProgramFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProgramFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Program' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requiresMentor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'curationRequired' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'intermediary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'participants' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'role' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'organization' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateProgramMutation, CreateProgramMutationVariables>;
export const EngagementsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Engagements' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'confirmedHours' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'hoursLogs' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursLogFields' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EngagementsQuery, EngagementsQueryVariables>;
export const LogHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'LogHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'matchId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LogHoursInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logHours' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'matchId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'matchId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursLogFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogHoursMutation, LogHoursMutationVariables>;
export const ConfirmHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmHours' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursLogFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ConfirmHoursMutation, ConfirmHoursMutationVariables>;
export const DisputeHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisputeHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disputeHours' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursLogFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DisputeHoursMutation, DisputeHoursMutationVariables>;
export const UpdateHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'LogHoursInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateHours' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'HoursLogFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HoursLogFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HoursLog' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'workedOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disputeReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reviewedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateHoursMutation, UpdateHoursMutationVariables>;
export const DeleteHoursDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeleteHours' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deleteHours' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeleteHoursMutation, DeleteHoursMutationVariables>;
export const FundingOffersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'FundingOffers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingOfferFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffers' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingOfferFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FundingOffersQuery, FundingOffersQueryVariables>;
export const CreateFundingOfferDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateFundingOffer' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateFundingOfferInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createFundingOffer' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'FundingOfferFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FundingOfferFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'FundingOffer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'funderId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusAreas' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countries' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxTicket' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetTotal' } },
          { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'funder' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateFundingOfferMutation, CreateFundingOfferMutationVariables>;
export const SetFundingOfferActiveDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SetFundingOfferActive' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'active' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setFundingOfferActive' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'active' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'active' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SetFundingOfferActiveMutation, SetFundingOfferActiveMutationVariables>;
export const ImpactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Impact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactScopeInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impact' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'scope' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'from' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'totals' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFiguresFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byFocusArea' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFiguresFields' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byCountry' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFiguresFields' } }] },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byMonth' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'figures' },
                        selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'ImpactFiguresFields' } }] },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ImpactFiguresFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactFigures' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'proposals' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'acceptanceRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'medianDaysToMatch' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
          { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fillRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedHours' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursValue' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactQuery, ImpactQueryVariables>;
export const ImpactCsvDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ImpactCsv' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ImpactScopeInput' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'DateTime' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'impactCsv' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'scope' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'scope' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'from' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'to' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } } },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImpactCsvQuery, ImpactCsvQueryVariables>;
export const MatchesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Matches' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MatchFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'matches' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MatchesQuery, MatchesQueryVariables>;
export const MyProposalsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProposals' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'MyProposalFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myProposals' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProposalsQuery, MyProposalsQueryVariables>;
export const AcceptMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'AcceptMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'acceptMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AcceptMatchMutation, AcceptMatchMutationVariables>;
export const DeclineMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'DeclineReason' } } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'note' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'note' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'note' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeclineMatchMutation, DeclineMatchMutationVariables>;
export const StartMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartMatchMutation, StartMatchMutationVariables>;
export const CompleteMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CompleteMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompleteMatchMutation, CompleteMatchMutationVariables>;
export const WithdrawMatchDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawMatch' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'version' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawMatch' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'version' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'version' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MatchCardFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MatchCardFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Match' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'breakdown' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'parts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'weights' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'skills' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'location' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availability' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'affinity' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'load' } },
                    ],
                  },
                },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reasons' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'skillId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                { kind: 'Field', name: { kind: 'Name', value: 'wanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'language' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'sameCountry' } },
                { kind: 'Field', name: { kind: 'Name', value: 'utcOffsetDiffMinutes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthFree' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonthWanted' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                { kind: 'Field', name: { kind: 'Name', value: 'budgetLeft' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cause' } },
                { kind: 'Field', name: { kind: 'Name', value: 'programId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'intermediaryId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'manual' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'offeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'confirmedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'candidateAcceptedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'declineReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'allowedActions' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nonprofit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'role' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'volunteerProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'mentorProfile' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
                { kind: 'Field', name: { kind: 'Name', value: 'country' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'user' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'fundingOffer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'currency' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'funder' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WithdrawMatchMutation, WithdrawMatchMutationVariables>;
export const NeedsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Needs' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NeedFilter' } },
        },
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'needs' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'filter' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedSummaryFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonprofit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedsQuery, NeedsQueryVariables>;
export const NeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Need' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'need' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedDetailFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonprofit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedSummaryFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'names' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'de' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NeedQuery, NeedQueryVariables>;
export const CreateNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateNeedInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createNeed' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedDetailFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedSummaryFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'focusArea' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remote' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nonprofit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NeedDetailFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Need' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NeedSummaryFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nonprofitId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'summary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'impact' } },
          { kind: 'Field', name: { kind: 'Name', value: 'language' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'endsOn' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'program' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'roles' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seats' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsFilled' } },
                { kind: 'Field', name: { kind: 'Name', value: 'seatsOpen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'amount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skills' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'skill' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'names' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'de' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateNeedMutation, CreateNeedMutationVariables>;
export const PublishNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'PublishNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'publishNeed' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } }],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'publishedAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<PublishNeedMutation, PublishNeedMutationVariables>;
export const CancelNeedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CancelNeed' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cancelNeed' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'id' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'reason' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CancelNeedMutation, CancelNeedMutationVariables>;
export const NotificationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Notifications' },
      variableDefinitions: [
        { kind: 'VariableDefinition', variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } }, type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notifications' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'unreadOnly' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'unreadOnly' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFields' } }] },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UnreadNotificationCount' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'unreadNotificationCount' } }] },
    },
  ],
} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationAddedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'subscription',
      name: { kind: 'Name', value: 'NotificationAdded' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'notificationAdded' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'NotificationFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NotificationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Notification' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'body' } },
          { kind: 'Field', name: { kind: 'Name', value: 'matchId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'readAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkNotificationsRead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } },
          type: { kind: 'NonNullType', type: { kind: 'ListType', type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'markNotificationsRead' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'ids' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'ids' } } }],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'MarkAllNotificationsRead' },
      selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'Field', name: { kind: 'Name', value: 'markAllNotificationsRead' } }] },
    },
  ],
} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const ImportInvitationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ImportInvitations' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'importInvitations' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'organizationId' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'organizationId' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'csv' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'csv' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'invited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reinvited' } },
                { kind: 'Field', name: { kind: 'Name', value: 'alreadyMembers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'errors' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'rows' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'problem' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ImportInvitationsMutation, ImportInvitationsMutationVariables>;
export const CreateOrganizationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOrganization' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOrganizationInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOrganization' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'OrganizationFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'OrganizationFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Organization' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'website' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'verified' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const MyProfilesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'MyProfiles' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myVolunteerProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VolunteerProfileFields' } }] },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'myMentorProfile' },
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorProfileFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolunteerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolunteerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxConcurrentEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remoteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onSiteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeCapacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeMentees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expertise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MyProfilesQuery, MyProfilesQueryVariables>;
export const UpsertVolunteerProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpsertVolunteerProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'VolunteerProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertVolunteerProfile' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'VolunteerProfileFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'VolunteerProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'VolunteerProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxConcurrentEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeEngagements' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'remoteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'onSiteOk' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employerId' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpsertVolunteerProfileMutation, UpsertVolunteerProfileMutationVariables>;
export const UpsertMentorProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpsertMentorProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorProfileInput' } } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'upsertMentorProfile' },
            arguments: [{ kind: 'Argument', name: { kind: 'Name', value: 'input' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } } }],
            selectionSet: { kind: 'SelectionSet', selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'MentorProfileFields' } }] },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MentorProfileFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MentorProfile' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'headline' } },
          { kind: 'Field', name: { kind: 'Name', value: 'bio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'languages' } },
          { kind: 'Field', name: { kind: 'Name', value: 'country' } },
          { kind: 'Field', name: { kind: 'Name', value: 'timeZone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'hoursPerMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'menteeCapacity' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeMentees' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'available' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'expertise' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'level' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'skill' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpsertMentorProfileMutation, UpsertMentorProfileMutationVariables>;
export const SkillsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Skills' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: { kind: 'NonNullType', type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'skills' },
            arguments: [
              { kind: 'Argument', name: { kind: 'Name', value: 'first' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } } },
              { kind: 'Argument', name: { kind: 'Name', value: 'after' }, value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } } },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nodes' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'names' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'en' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'de' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'ja' } },
                          ],
                        },
                      },
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'synonyms' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SkillsQuery, SkillsQueryVariables>;
