// Canned API answers for browser tests that run without the API.
export const viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'amara@example.org',
  name: 'Amara Okafor',
  locale: 'en',
  isPlatformAdmin: false,
  volunteerProfile: { __typename: 'VolunteerProfile', id: 'vp1' },
  mentorProfile: null,
  memberships: [
    { __typename: 'Membership', id: 'm1', role: 'ADMIN', organization: { __typename: 'Organization', id: 'o1', name: 'Clean Water Kenya', kind: 'NONPROFIT' } },
    { __typename: 'Membership', id: 'm2', role: 'MEMBER', organization: { __typename: 'Organization', id: 'o2', name: 'Bridge Foundation', kind: 'INTERMEDIARY' } },
  ],
};

export const signedIn = { 'rally.session': JSON.stringify({ accessToken: 'test-access', refreshToken: 'test-refresh' }) };

const page = (nodes) => ({ nodes, pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false }, totalCount: nodes.length });

export const skills = page(
  [
    ['bookkeeping', 'Bookkeeping', 'finance', ['Buchhaltung', '経理']],
    ['fundraising-strategy', 'Fundraising strategy', 'fundraising', []],
    ['crm', 'CRM administration', 'it', ['Salesforce']],
    ['brand-strategy', 'Brand strategy', 'marketing', []],
  ].map(([id, name, category, synonyms]) => ({ __typename: 'Skill', id, name, category, synonyms })),
);

const REASON_FIELDS = Object.fromEntries(
  [
    'skillId',
    'name',
    'level',
    'wanted',
    'language',
    'country',
    'sameCountry',
    'utcOffsetDiffMinutes',
    'hoursPerMonthFree',
    'hoursPerMonthWanted',
    'amount',
    'budgetLeft',
    'cause',
    'programId',
    'intermediaryId',
    'activeEngagements',
    'note',
  ].map((field) => [field, null]),
);

/** A reason as the API sends it: the fields its kind does not set are null. */
function reason(kind, fields) {
  return { __typename: 'MatchReason', ...REASON_FIELDS, kind, ...fields };
}

function match(id, overrides) {
  return {
    __typename: 'Match',
    id,
    status: 'OFFERED',
    score: 0.82,
    breakdown: {
      __typename: 'ScoreBreakdown',
      parts: { __typename: 'ScoreParts', skills: 0.9, cause: 1, language: 1, location: 0.6, availability: 0.8, affinity: 0.5, load: 1 },
      weights: { __typename: 'ScoreParts', skills: 0.4, cause: 0.15, language: 0.1, location: 0.1, availability: 0.1, affinity: 0.1, load: 0.05 },
    },
    explanation: 'covers 2 of 3 skills',
    reasons: [
      reason('SKILL', { skillId: 'fundraising-strategy', name: 'Fundraising strategy', level: 5, wanted: 4 }),
      reason('SKILL', { skillId: 'crm', name: 'CRM administration', level: 3, wanted: 3 }),
      reason('MISSING_SKILL', { skillId: 'bookkeeping', name: 'Bookkeeping', wanted: 3 }),
      reason('LANGUAGE', { language: 'en' }),
      reason('LOCATION', { country: 'DE', sameCountry: false, utcOffsetDiffMinutes: 120 }),
      reason('CAUSE', { cause: 'HEALTH' }),
      reason('LOAD', { activeEngagements: 0 }),
    ],
    version: 1,
    manual: false,
    candidateKind: 'VOLUNTEER',
    expiresAt: '2027-02-01T12:00:00.000Z',
    offeredAt: '2027-01-10T09:00:00.000Z',
    confirmedAt: null,
    completedAt: null,
    nonprofitAcceptedAt: null,
    candidateAcceptedAt: null,
    declineReason: null,
    allowedActions: ['ACCEPT', 'DECLINE'],
    createdAt: '2027-01-10T09:00:00.000Z',
    need: {
      __typename: 'Need',
      id: 'n1',
      title: 'Donor database for our clinics',
      focusArea: 'HEALTH',
      country: 'KE',
      publishedAt: '2027-01-02T09:00:00.000Z',
      nonprofit: { __typename: 'Organization', id: 'o1', name: 'Clean Water Kenya' },
    },
    role: { __typename: 'NeedRole', id: 'r1', title: 'CRM volunteer', kind: 'VOLUNTEER', seats: 2, seatsFilled: 1 },
    volunteerProfile: {
      __typename: 'VolunteerProfile',
      id: 'vp2',
      headline: 'Fundraising lead at a Berlin startup',
      country: 'DE',
      user: { __typename: 'User', id: 'u2', name: 'Jonas Weber' },
    },
    mentorProfile: null,
    fundingOffer: null,
    ...overrides,
  };
}

export const offers = page([
  match('x1', {}),
  match('x2', {
    score: 0.64,
    candidateAcceptedAt: '2027-01-11T09:00:00.000Z',
    allowedActions: ['DECLINE'],
    need: {
      __typename: 'Need',
      id: 'n2',
      title: 'Mentor for our youth programme',
      focusArea: 'CHILDREN_YOUTH',
      country: 'JP',
      publishedAt: '2027-01-03T09:00:00.000Z',
      nonprofit: { __typename: 'Organization', id: 'o3', name: 'Tokyo Kids Kitchen' },
    },
    role: { __typename: 'NeedRole', id: 'r2', title: 'Programme mentor', kind: 'MENTOR', seats: 1, seatsFilled: 0 },
    candidateKind: 'MENTOR',
  }),
]);

export const proposals = page([
  match('p1', { status: 'PROPOSED', allowedActions: ['APPROVE', 'REJECT'] }),
  match('p2', {
    status: 'PROPOSED',
    score: 0.55,
    allowedActions: ['APPROVE', 'REJECT'],
    volunteerProfile: { __typename: 'VolunteerProfile', id: 'vp3', headline: 'Data engineer, Osaka', country: 'JP', user: { __typename: 'User', id: 'u3', name: 'Yuki Tanaka' } },
  }),
]);

const months = ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01'];
const areas = ['HEALTH', 'EDUCATION', 'ENVIRONMENT', 'CHILDREN_YOUTH', 'HUMAN_RIGHTS'];
export const engagements = page(
  Array.from({ length: 18 }, (_, i) =>
    match(`e${i}`, {
      status: i % 3 === 0 ? 'COMPLETED' : i % 3 === 1 ? 'ACTIVE' : 'CONFIRMED',
      candidateKind: i % 5 === 0 ? 'MENTOR' : i % 7 === 0 ? 'FUNDING' : 'VOLUNTEER',
      confirmedAt: `${months[i % months.length]}-1${i % 9}T10:00:00.000Z`,
      allowedActions: [],
      need: {
        __typename: 'Need',
        id: `n${i}`,
        title: `Need ${i + 1}`,
        focusArea: areas[i % areas.length],
        country: 'KE',
        publishedAt: `${months[i % months.length]}-01T10:00:00.000Z`,
        nonprofit: { __typename: 'Organization', id: 'o1', name: 'Clean Water Kenya' },
      },
      role: { __typename: 'NeedRole', id: `r${i % 6}`, title: 'Role', kind: 'VOLUNTEER', seats: 3, seatsFilled: 2 },
    }),
  ),
);

export const engagementCards = page(
  engagements.nodes.slice(0, 3).map((m, i) => ({
    ...m,
    status: i === 2 ? 'COMPLETED' : 'ACTIVE',
    allowedActions: i === 2 ? [] : ['COMPLETE'],
    statusNote: null,
    confirmedHours: i === 0 ? 4 : 0,
    hoursLogs: [
      {
        __typename: 'HoursLog',
        id: `h${i}a`,
        matchId: m.id,
        workedOn: '2027-01-11',
        hours: 4,
        note: 'Donor database clean-up',
        status: i === 0 ? 'CONFIRMED' : 'LOGGED',
        disputeReason: null,
        reviewedAt: null,
        createdAt: '2027-01-11T18:00:00.000Z',
      },
      {
        __typename: 'HoursLog',
        id: `h${i}b`,
        matchId: m.id,
        workedOn: '2027-01-12',
        hours: 2.5,
        note: '',
        status: i === 1 ? 'DISPUTED' : 'LOGGED',
        disputeReason: i === 1 ? 'We met for one hour' : null,
        reviewedAt: null,
        createdAt: '2027-01-12T18:00:00.000Z',
      },
    ],
  })),
);

// The match page as the nonprofit (the signed-in viewer is a member of o1) sees an engagement under way.
const SKILL = (id, name) => ({ __typename: 'Skill', id, name });
const ACTOR_NAMES = { u1: 'Amina Otieno', u2: 'Jonas Weber', u9: 'Clara Curator' };

export const matchPage = {
  ...match('x9', {
    status: 'ACTIVE',
    allowedActions: ['COMPLETE', 'CANCEL'],
    confirmedAt: '2027-01-12T09:00:00.000Z',
    nonprofitAcceptedAt: '2027-01-11T09:00:00.000Z',
    candidateAcceptedAt: '2027-01-11T10:00:00.000Z',
  }),
  statusNote: null,
  confirmedHours: 4,
  hoursLogs: engagementCards.nodes[0].hoursLogs,
  events: [
    ['e1', 'PROPOSE', null, 'PROPOSED', null, null, '2027-01-09T09:00:00.000Z'],
    ['e2', 'APPROVE', 'PROPOSED', 'OFFERED', 'Strong fundraising background', 'u9', '2027-01-10T09:00:00.000Z'],
    ['e3', 'ACCEPT', 'OFFERED', 'OFFERED', null, 'u2', '2027-01-11T10:00:00.000Z'],
    ['e4', 'ACCEPT', 'OFFERED', 'CONFIRMED', null, 'u1', '2027-01-12T09:00:00.000Z'],
    ['e5', 'START', 'CONFIRMED', 'ACTIVE', null, 'u2', '2027-01-13T09:00:00.000Z'],
  ].map(([id, action, fromStatus, toStatus, reason, actorUserId, createdAt]) => ({
    __typename: 'MatchEvent',
    id,
    action,
    fromStatus,
    toStatus,
    reason,
    actorUserId,
    actor: actorUserId ? { __typename: 'MatchActor', id: actorUserId, name: ACTOR_NAMES[actorUserId] } : null,
    createdAt,
  })),
  contacts: [{ __typename: 'MatchPerson', id: 'u1', name: 'Amina Otieno', email: 'amina@cleanwater.example' }],
  followUp: null,
  feedback: [],
  need: {
    __typename: 'Need',
    id: 'n1',
    title: 'Donor database for our clinics',
    focusArea: 'HEALTH',
    country: 'KE',
    publishedAt: '2027-01-02T09:00:00.000Z',
    nonprofit: { __typename: 'Organization', id: 'o1', name: 'Clean Water Kenya', country: 'KE', website: 'https://cleanwater.example' },
  },
  role: {
    __typename: 'NeedRole',
    id: 'r1',
    title: 'CRM volunteer',
    kind: 'VOLUNTEER',
    seats: 2,
    seatsFilled: 1,
    description: 'Set up the CRM and move the donor lists into it.',
    hoursPerMonth: 8,
    amount: null,
    currency: null,
    skills: [
      { __typename: 'RoleSkill', level: 4, weight: 5, skill: SKILL('fundraising-strategy', 'Fundraising strategy') },
      { __typename: 'RoleSkill', level: 3, weight: 4, skill: SKILL('crm', 'CRM administration') },
      { __typename: 'RoleSkill', level: 3, weight: 2, skill: SKILL('bookkeeping', 'Bookkeeping') },
    ],
  },
  volunteerProfile: {
    __typename: 'VolunteerProfile',
    id: 'vp2',
    headline: 'Fundraising lead at a Berlin startup',
    country: 'DE',
    user: { __typename: 'User', id: 'u2', name: 'Jonas Weber', email: 'jonas.weber@example.org' },
    employer: { __typename: 'Organization', id: 'o7', name: 'Acme Consulting' },
    skills: [
      { __typename: 'ProfileSkill', level: 5, skill: SKILL('fundraising-strategy', 'Fundraising strategy') },
      { __typename: 'ProfileSkill', level: 3, skill: SKILL('crm', 'CRM administration') },
    ],
  },
};

const figures = (scale, overrides = {}) => ({
  __typename: 'ImpactFigures',
  proposals: 12 * scale,
  offers: 9 * scale,
  confirmed: 6 * scale,
  completed: 3 * scale,
  acceptanceRate: 0.67,
  medianDaysToMatch: 4 + scale,
  seats: 10 * scale,
  seatsFilled: 7 * scale,
  fillRate: 0.7,
  confirmedHours: 42.5 * scale,
  hoursValue: 3187.5 * scale,
  ...overrides,
});
const bucket = (key, scale, overrides) => ({ __typename: 'ImpactBucket', key, figures: figures(scale, overrides) });
export const impactReport = {
  __typename: 'ImpactReport',
  currency: 'EUR',
  from: null,
  to: null,
  totals: figures(5),
  byFocusArea: areas.map((area, i) => bucket(area, i + 1, { fillRate: 0.4 + i * 0.1 })),
  byCountry: [bucket('KE', 3), bucket('DE', 1), bucket('JP', 1)],
  byMonth: months.map((month, i) => bucket(month, 1, { confirmedHours: 6 + i * 4, hoursValue: 450 + i * 300, medianDaysToMatch: i === 2 ? null : 3 + i })),
};

export const programs = page([]);

export const runs = page([
  {
    __typename: 'MatchingRun',
    id: 'run1',
    scope: 'PROGRAM',
    scopeId: 'pg1',
    trigger: 'CURATOR',
    status: 'RUNNING',
    progress: 45,
    counts: { roles: 12, candidates: 340, proposed: 0 },
    error: null,
    startedAt: '2027-01-12T10:00:00.000Z',
    finishedAt: null,
    createdAt: '2027-01-12T10:00:00.000Z',
  },
  {
    __typename: 'MatchingRun',
    id: 'run0',
    scope: 'INTERMEDIARY',
    scopeId: 'o2',
    trigger: 'CURATOR',
    status: 'SUCCEEDED',
    progress: 100,
    counts: { roles: 40, candidates: 1200, proposed: 37 },
    error: null,
    startedAt: '2027-01-11T10:00:00.000Z',
    finishedAt: '2027-01-11T10:01:00.000Z',
    createdAt: '2027-01-11T10:00:00.000Z',
  },
]);

const inboxItem = (count, deadline = null, since = null) => ({ __typename: 'InboxItem', count, since, deadline });

const inbox = {
  __typename: 'Inbox',
  proposalsToReview: inboxItem(37, null, '2026-11-20T10:00:00.000Z'),
  offersToAnswer: inboxItem(2, '2027-01-26T10:00:00.000Z'),
  needOffersToAnswer: inboxItem(0),
  hoursToConfirm: inboxItem(0),
  interestsToReview: inboxItem(3, null, '2026-11-28T09:00:00.000Z'),
  followUpsToAnswer: inboxItem(0),
  unreadMessages: 4,
};

/** A kick-off proposed by the nonprofit for the volunteer to pick, two times a week apart. */
const meetingsOf = (matchId) => [
  {
    __typename: 'Meeting',
    id: 'meet1',
    matchId,
    kind: 'KICK_OFF',
    status: 'OPEN',
    proposerSide: 'NONPROFIT',
    timeZone: 'Africa/Nairobi',
    location: 'https://meet.example/cleanwater',
    canPick: true,
    canWithdraw: false,
    createdAt: '2027-01-13T09:00:00.000Z',
    proposedBy: { __typename: 'MeetingPerson', id: 'u1', name: 'Amina Otieno' },
    slots: [
      { __typename: 'MeetingSlot', id: 'slot1', startsAt: '2030-01-20T07:00:00.000Z', durationMinutes: 60 },
      { __typename: 'MeetingSlot', id: 'slot2', startsAt: '2030-01-27T07:00:00.000Z', durationMinutes: 60 },
    ],
    chosenSlot: null,
  },
];

export const apiResponses = {
  Me: { data: { me: viewer } },
  Inbox: { data: { inbox } },
  UnreadNotificationCount: { data: { unreadNotificationCount: 3 } },
  Skills: { data: { skills } },
  Programs: { data: { programs } },
  OfferedMatches: { data: { matches: offers } },
  CurationBoard: { data: { matches: proposals } },
  Matches: { data: { matches: engagements } },
  Engagements: { data: { matches: engagementCards } },
  MatchPage: { data: { match: matchPage } },
  RoleShortlist: { data: { match: { __typename: 'Match', id: matchPage.id, role: { __typename: 'NeedRole', id: matchPage.role.id, shortlist: [] } } } },
  MatchMeetings: { data: { match: { __typename: 'Match', id: matchPage.id, status: matchPage.status, meetings: meetingsOf(matchPage.id) } } },
  Impact: { data: { impact: impactReport } },
  ImpactCsv: { data: { impactCsv: 'scope,key,confirmedHours\r\ntotal,,212.5\r\n' } },
  MatchingRuns: { data: { matchingRuns: runs } },
};
