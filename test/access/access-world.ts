import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { insertMatch, insertNeed, insertSkills, one } from '../utils/fixtures';
import { createOrganization, gqlData, platformAdmin, Session, signUp } from '../utils/operations';
import { GqlResult, TestApp } from '../utils/test-app';

/**
 * Two tenants, A and B, with every kind of object Rally has, built through the API where the API
 * can build them and by direct SQL for the matches, engagements and hours that only runs and
 * lifecycles write. The tenants share nothing but the platform admin and the skills taxonomy.
 */
export type ActorKey = 'nonprofit' | 'volunteer' | 'mentor' | 'funder' | 'companyAdmin' | 'curator';
export const ACTOR_KEYS: ActorKey[] = ['nonprofit', 'volunteer', 'mentor', 'funder', 'companyAdmin', 'curator'];

export interface Tenant {
  label: string;
  sessions: Record<ActorKey, Session>;
  intermediaryId: string;
  nonprofitId: string;
  companyId: string;
  funderId: string;
  networkId: string;
  affiliationId: string;
  programId: string;
  cohortParticipantId: string;
  volunteerProfileId: string;
  mentorProfileId: string;
  /** The volunteer mentors too; this profile was offered to no one, so only the volunteer and their curators see it. */
  volunteerMentorProfileId: string;
  fundingOfferId: string;
  draftNeedId: string;
  draftRoleId: string;
  openNeedId: string;
  roles: { accountant: string; webDeveloper: string; mentor: string; funding: string };
  engagementNeedId: string;
  matches: {
    proposed: string;
    offered: string;
    offeredMentor: string;
    offeredFunding: string;
    confirmed: string;
    active: string;
    completed: string;
  };
  hoursLogId: string;
  notificationId: string;
  /** A message the volunteer wrote on B's active engagement; A's threads stay empty, so any unread count in A would be B's. */
  messageId: string | null;
  /** The volunteer's raised hand for the accountant role of the open need. */
  interestId: string;
  /** An upcoming event of the intermediary where the nonprofit's admin met the volunteer for the accountant role. */
  event: { id: string; attendeeId: string; meetingId: string };
  memberships: { nonprofitAdmin: string; volunteer: string };
  invitation: { id: string; token: string };
  matchingRunIds: string[];
  /** The network's joint statements: a draft (private to its member curators) and a published one, signed, with a commitment. */
  statements: { draft: string; published: string; commitment: string };
}

export interface World {
  admin: Session;
  a: Tenant;
  b: Tenant;
}

const SKILLS = [
  { id: 'bookkeeping', category: 'finance' },
  { id: 'web-development', category: 'it' },
  { id: 'business-strategy', category: 'strategy' },
];

let seq = 0;

/** gqlData as `session`: the world is built by its actors. */
export const must = <T = Record<string, unknown>>(t: TestApp, query: string, variables: Record<string, unknown>, session: Session): Promise<T> =>
  gqlData<T>(t, query, variables, session.token);

async function person(t: TestApp, role: string, label: string): Promise<Session & { email: string }> {
  const email = `${role.toLowerCase()}.${label.toLowerCase()}.${++seq}.${Date.now()}@example.org`;
  const session = await signUp(t, { email, name: `${role} of ${label}` });
  return { ...session, email };
}

/** Invites `email` to the organization as `inviter`; returns the invitation id and the token from its link. */
export async function invite(t: TestApp, inviter: Session, organizationId: string, email: string, role: 'ADMIN' | 'MEMBER'): Promise<{ id: string; token: string }> {
  const data = await must<{ inviteMember: { acceptUrl: string; invitation: { id: string } } }>(
    t,
    `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { acceptUrl invitation { id } } }`,
    { input: { organizationId, email, role } },
    inviter,
  );
  return { id: data.inviteMember.invitation.id, token: data.inviteMember.acceptUrl.split('/').pop() as string };
}

async function join(t: TestApp, inviter: Session, organizationId: string, invitee: Session & { email: string }, role: 'ADMIN' | 'MEMBER'): Promise<string> {
  const { token } = await invite(t, inviter, organizationId, invitee.email, role);
  const data = await must<{ acceptInvitation: { id: string } }>(t, `mutation($token: String!) { acceptInvitation(token: $token) { id } }`, { token }, invitee);
  return data.acceptInvitation.id;
}

export function needInput(nonprofitId: string, programId: string | null, title: string): Record<string, unknown> {
  return {
    nonprofitId,
    programId,
    title,
    summary: 'Set up bookkeeping and a small website for a volunteer-run food bank.',
    focusArea: 'VULNERABLE_GROUPS',
    country: 'JP',
    language: 'ja',
    roles: [
      { kind: 'VOLUNTEER', title: 'Accountant', hoursPerMonth: 10, seats: 2, skills: [{ skillId: 'bookkeeping', level: 3, weight: 5 }] },
      { kind: 'VOLUNTEER', title: 'Web developer', hoursPerMonth: 8, skills: [{ skillId: 'web-development', level: 3, weight: 4 }] },
      { kind: 'MENTOR', title: 'Strategy mentor', hoursPerMonth: 2, skills: [{ skillId: 'business-strategy', level: 3, weight: 3 }] },
      { kind: 'FUNDING', title: 'Seed money', amount: 5000, skills: [] },
    ],
  };
}

const CREATE_NEED = `mutation($input: CreateNeedInput!) { createNeed(input: $input) { id roles { id title kind } } }`;

async function buildTenant(t: TestApp, admin: Session, label: string): Promise<Tenant> {
  const runsBefore = (await t.dataSource.query('SELECT id FROM matching_run')) as { id: string }[];
  const [curator, nonprofit, companyAdmin, volunteer, mentor, funder] = [
    await person(t, 'Curator', label),
    await person(t, 'Nonprofit', label),
    await person(t, 'CompanyAdmin', label),
    await person(t, 'Volunteer', label),
    await person(t, 'Mentor', label),
    await person(t, 'Funder', label),
  ];

  // The intermediary is onboarded by the platform admin, who hands it to its curator and leaves.
  const intermediaryId = await createOrganization(t, admin, { kind: 'INTERMEDIARY', name: `Intermediary ${label}` });
  await join(t, admin, intermediaryId, curator, 'ADMIN');
  await must(t, `mutation($id: ID!) { leaveOrganization(organizationId: $id) }`, { id: intermediaryId }, admin);
  const network = await must<{ createNetwork: { id: string } }>(
    t,
    `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
    {
      input: { name: `Network ${label} ${seq}`, region: 'Asia' },
    },
    admin,
  );
  await must(t, `mutation($n: ID!, $o: ID!) { addNetworkMember(networkId: $n, organizationId: $o) { id } }`, { n: network.createNetwork.id, o: intermediaryId }, admin);

  const nonprofitId = await createOrganization(t, nonprofit, { kind: 'NONPROFIT', name: `Nonprofit ${label}` });
  const companyId = await createOrganization(t, companyAdmin, { kind: 'COMPANY', name: `Company ${label}` });
  const funderId = await createOrganization(t, funder, { kind: 'FUNDER', name: `Funder ${label}` });
  const nonprofitAdminMembership = await one<{ id: string }>(t, 'SELECT id FROM membership WHERE user_id = $1 AND organization_id = $2', [nonprofit.userId, nonprofitId]);

  // Each organization's own admin places it with the intermediary; the curator vets it.
  const AFFILIATE = `mutation($input: AffiliateOrganizationInput!) { affiliateOrganization(input: $input) { id } }`;
  const affiliation = await must<{ affiliateOrganization: { id: string } }>(t, AFFILIATE, { input: { intermediaryId, organizationId: nonprofitId } }, nonprofit);
  await must(t, AFFILIATE, { input: { intermediaryId, organizationId: companyId } }, companyAdmin);
  await must(t, AFFILIATE, { input: { intermediaryId, organizationId: funderId } }, funder);
  await must(t, `mutation($id: ID!) { setAffiliationVetted(id: $id, vetted: true) { id } }`, { id: affiliation.affiliateOrganization.id }, curator);
  const program = await must<{ createProgram: { id: string } }>(
    t,
    `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`,
    {
      input: { intermediaryId, name: `Cohort ${label}`, curationRequired: true },
    },
    curator,
  );
  const programId = program.createProgram.id;
  const ADD_PARTICIPANT = `mutation($p: ID!, $o: ID!, $r: ProgramParticipantRole!) { addProgramParticipant(programId: $p, organizationId: $o, role: $r) { id } }`;
  const cohort = await must<{ addProgramParticipant: { id: string } }>(t, ADD_PARTICIPANT, { p: programId, o: nonprofitId, r: 'COHORT' }, curator);
  await must(t, ADD_PARTICIPANT, { p: programId, o: companyId, r: 'PARTNER_COMPANY' }, curator);
  await must(t, ADD_PARTICIPANT, { p: programId, o: funderId, r: 'FUNDER' }, curator);

  const volunteerMembership = await join(t, companyAdmin, companyId, volunteer, 'MEMBER');
  const pending = await invite(t, companyAdmin, companyId, `pending.${label.toLowerCase()}.${seq}@example.org`, 'MEMBER');
  const vp = await must<{ upsertVolunteerProfile: { id: string } }>(
    t,
    `mutation($input: VolunteerProfileInput!) { upsertVolunteerProfile(input: $input) { id } }`,
    {
      input: {
        headline: `Accountant at Company ${label}`,
        country: 'JP',
        languages: ['ja', 'en'],
        timeZone: 'Asia/Tokyo',
        maxConcurrentEngagements: 3,
        employerId: companyId,
        skills: [
          { skillId: 'bookkeeping', level: 4 },
          { skillId: 'web-development', level: 3 },
        ],
      },
    },
    volunteer,
  );
  const mp = await must<{ upsertMentorProfile: { id: string } }>(
    t,
    `mutation($input: MentorProfileInput!) { upsertMentorProfile(input: $input) { id } }`,
    { input: { headline: `Mentor ${label}`, country: 'JP', languages: ['ja'], menteeCapacity: 3, expertise: [{ skillId: 'business-strategy', level: 5 }] } },
    mentor,
  );
  const offer = await must<{ createFundingOffer: { id: string } }>(
    t,
    `mutation($input: CreateFundingOfferInput!) { createFundingOffer(input: $input) { id } }`,
    { input: { funderId, title: `Seed grants ${label}`, minTicket: 1000, maxTicket: 20000, budgetTotal: 50000, currency: 'EUR' } },
    funder,
  );

  const draft = await must<{ createNeed: { id: string; roles: { id: string }[] } }>(t, CREATE_NEED, { input: needInput(nonprofitId, programId, `Draft need ${label}`) }, nonprofit);
  const open = await must<{ createNeed: { id: string; roles: { id: string; title: string }[] } }>(
    t,
    CREATE_NEED,
    { input: needInput(nonprofitId, programId, `Open need ${label}`) },
    nonprofit,
  );
  await must(t, `mutation($id: ID!) { publishNeed(id: $id) { id } }`, { id: open.createNeed.id }, nonprofit);
  const [accountant, webDeveloper, mentorRole, funding] = open.createNeed.roles.map((r) => r.id);
  await must(t, `mutation($input: StartMatchingRunInput!) { startMatchingRun(input: $input) { id } }`, { input: { scope: 'PROGRAM', scopeId: programId } }, curator);

  const volunteerAsMentor = await must<{ upsertMentorProfile: { id: string } }>(
    t,
    `mutation($input: MentorProfileInput!) { upsertMentorProfile(input: $input) { id } }`,
    { input: { headline: `Volunteer ${label} mentoring`, country: 'JP', languages: ['ja'], menteeCapacity: 1, expertise: [{ skillId: 'bookkeeping', level: 4 }] } },
    volunteer,
  );

  const vpId = vp.upsertVolunteerProfile.id;
  const matches = {
    proposed: await insertMatch(t, { roleId: accountant, candidateId: vpId, status: 'PROPOSED' }),
    offered: await insertMatch(t, { roleId: webDeveloper, candidateId: vpId, status: 'OFFERED' }),
    offeredMentor: await insertMatch(t, { roleId: mentorRole, kind: 'MENTOR', candidateId: mp.upsertMentorProfile.id, status: 'OFFERED' }),
    offeredFunding: await insertMatch(t, { roleId: funding, kind: 'FUNDING', candidateId: offer.createFundingOffer.id, status: 'OFFERED' }),
    confirmed: '',
    active: '',
    completed: '',
  };

  // An engagement under way, as the lifecycle leaves it: seats filled, the volunteer's load counted.
  const engagementRole = (title: string) => ({ title, seats: 1, seatsFilled: 1, hoursPerMonth: 10 });
  const engagement = await insertNeed(t, {
    nonprofitId,
    programId,
    title: `Engagement ${label}`,
    summary: 'Work under way',
    status: 'IN_PROGRESS',
    createdById: nonprofit.userId,
    roles: [engagementRole('Translator'), engagementRole('Designer'), engagementRole('Writer')],
  });
  const [translator, designer, writer] = engagement.roleIds;
  matches.confirmed = await insertMatch(t, { roleId: translator, candidateId: vpId, status: 'CONFIRMED' });
  matches.active = await insertMatch(t, { roleId: designer, candidateId: vpId, status: 'ACTIVE' });
  matches.completed = await insertMatch(t, { roleId: writer, candidateId: vpId, status: 'COMPLETED' });
  await t.dataSource.query('UPDATE volunteer_profile SET active_engagements = 2 WHERE id = $1', [vpId]);
  const hours = await one<{ id: string }>(
    t,
    `INSERT INTO hours_log (match_id, user_id, worked_on, hours, note) VALUES ($1, $2, current_date - 1, 3, 'Design review') RETURNING id`,
    [matches.active, volunteer.userId],
  );
  const notification = await one<{ id: string }>(t, `INSERT INTO notification (user_id, kind, title, match_id) VALUES ($1, 'OFFER_NEW', 'A new offer', $2) RETURNING id`, [
    volunteer.userId,
    matches.offered,
  ]);

  const message =
    label === 'B'
      ? await one<{ id: string }>(t, `INSERT INTO message (match_id, author_id, body) VALUES ($1, $2, 'See you on Monday') RETURNING id`, [matches.active, volunteer.userId])
      : null;

  const interest = await one<{ id: string }>(
    t,
    `INSERT INTO interest (role_id, need_id, user_id, candidate_kind, candidate_id, note) VALUES ($1, $2, $3, 'VOLUNTEER', $4, 'I keep books') RETURNING id`,
    [accountant, open.createNeed.id, volunteer.userId, vpId],
  );

  const STATEMENT = `mutation($n: ID!, $t: String!) { createNetworkStatement(networkId: $n, title: $t, body: "We commit to pro bono.") { id version } }`;
  const statementDraft = await must<{ createNetworkStatement: { id: string } }>(t, STATEMENT, { n: network.createNetwork.id, t: `Draft ${label}` }, curator);
  const statement = await must<{ createNetworkStatement: { id: string; version: number } }>(t, STATEMENT, { n: network.createNetwork.id, t: `Declaration ${label}` }, curator);
  const statementId = statement.createNetworkStatement.id;
  await must(
    t,
    `mutation($s: ID!, $v: Int!) { publishNetworkStatement(statementId: $s, version: $v) { id } }`,
    { s: statementId, v: statement.createNetworkStatement.version },
    curator,
  );
  await must(t, `mutation($s: ID!, $o: ID!) { signNetworkStatement(statementId: $s, organizationId: $o) { id } }`, { s: statementId, o: intermediaryId }, curator);
  const commitment = await must<{ addStatementCommitment: { id: string } }>(
    t,
    `mutation($s: ID!, $o: ID!) { addStatementCommitment(statementId: $s, organizationId: $o, text: "Host ten nonprofits") { id } }`,
    { s: statementId, o: intermediaryId },
    curator,
  );

  const event = await one<{ id: string }>(
    t,
    `INSERT INTO event (organizer_id, name, kind, time_zone, starts_on, ends_on) VALUES ($1, $2, 'IN_PERSON', 'Asia/Tokyo', '2099-03-10', '2099-03-10') RETURNING id`,
    [intermediaryId, `Rally ${label}`],
  );
  const slot = await one<{ id: string }>(t, `INSERT INTO event_slot (event_id, starts_at, ends_at) VALUES ($1, '2099-03-10T01:00Z', '2099-03-10T02:00Z') RETURNING id`, [event.id]);
  const room = await one<{ id: string }>(t, `INSERT INTO event_room (event_id, name) VALUES ($1, 'Table 1') RETURNING id`, [event.id]);
  const [host, guest] = (await t.dataSource.query(
    `INSERT INTO event_attendee (event_id, user_id, side, organization_id) VALUES ($1, $2, 'NONPROFIT', $3), ($1, $4, 'COMPANY_EMPLOYEE', NULL) RETURNING id`,
    [event.id, nonprofit.userId, nonprofitId, volunteer.userId],
  )) as { id: string }[];
  await t.dataSource.query(`INSERT INTO event_attendee_slot (attendee_id, slot_id) VALUES ($1, $3), ($2, $3)`, [host.id, guest.id, slot.id]);
  const meeting = await one<{ id: string }>(
    t,
    `INSERT INTO event_meeting (event_id, slot_id, room_id, host_attendee_id, guest_attendee_id, role_id, score, reasons) VALUES ($1, $2, $3, $4, $5, $6, 0.8, 'Skills fit') RETURNING id`,
    [event.id, slot.id, room.id, host.id, guest.id, accountant],
  );

  const known = new Set(runsBefore.map((r) => r.id));
  const runs = ((await t.dataSource.query('SELECT id FROM matching_run')) as { id: string }[]).map((r) => r.id).filter((id) => !known.has(id));

  return {
    label,
    sessions: { curator, nonprofit, companyAdmin, volunteer, mentor, funder },
    intermediaryId,
    nonprofitId,
    companyId,
    funderId,
    networkId: network.createNetwork.id,
    affiliationId: affiliation.affiliateOrganization.id,
    programId,
    cohortParticipantId: cohort.addProgramParticipant.id,
    volunteerProfileId: vpId,
    mentorProfileId: mp.upsertMentorProfile.id,
    volunteerMentorProfileId: volunteerAsMentor.upsertMentorProfile.id,
    fundingOfferId: offer.createFundingOffer.id,
    draftNeedId: draft.createNeed.id,
    draftRoleId: draft.createNeed.roles[0].id,
    openNeedId: open.createNeed.id,
    roles: { accountant, webDeveloper, mentor: mentorRole, funding },
    engagementNeedId: engagement.needId,
    matches,
    hoursLogId: hours.id,
    notificationId: notification.id,
    messageId: message?.id ?? null,
    interestId: interest.id,
    event: { id: event.id, attendeeId: guest.id, meetingId: meeting.id },
    memberships: { nonprofitAdmin: nonprofitAdminMembership.id, volunteer: volunteerMembership },
    invitation: pending,
    matchingRunIds: runs,
    statements: { draft: statementDraft.createNetworkStatement.id, published: statementId, commitment: commitment.addStatementCommitment.id },
  };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const admin = await platformAdmin(t);
  await insertSkills(t, SKILLS);
  const a = await buildTenant(t, admin, 'A');
  const b = await buildTenant(t, admin, 'B');
  return { admin, a, b };
}

/**
 * Ids of a tenant's objects that no one outside it may see: drafts, matches, profiles, offers,
 * programs, affiliations, memberships, invitations, runs, hours, notifications and interests. Organizations,
 * networks and published needs are public, so they are not here.
 */
export function privateIds(x: Tenant): string[] {
  return [
    x.draftNeedId,
    x.draftRoleId,
    x.affiliationId,
    x.programId,
    x.cohortParticipantId,
    x.volunteerProfileId,
    x.mentorProfileId,
    x.volunteerMentorProfileId,
    x.fundingOfferId,
    ...Object.values(x.matches),
    x.hoursLogId,
    x.notificationId,
    ...(x.messageId ? [x.messageId] : []),
    x.interestId,
    ...Object.values(x.event),
    ...Object.values(x.memberships),
    x.invitation.id,
    ...x.matchingRunIds,
    x.statements.draft,
  ];
}

// Sign-in rotates refresh tokens; nothing else may change while other tenants' actors are refused.
const EXCLUDED_TABLES = ['refresh_token', 'migrations', 'typeorm_metadata'];
// Sending the email of a notification is the worker's business, not an access question.
const EXCLUDED_COLUMNS: Record<string, string[]> = { notification: ['emailed_at'] };

export type Snapshot = Record<string, { rows: number; md5: string }>;

/** Row count and an md5 of the whole content of every table, in one statement. */
export async function snapshotDatabase(t: TestApp): Promise<Snapshot> {
  const tables = (
    (await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> ALL($1) ORDER BY table_name`,
      [EXCLUDED_TABLES],
    )) as { table_name: string }[]
  ).map((r) => r.table_name);
  const parts = tables.map((name) => {
    const excluded = EXCLUDED_COLUMNS[name];
    const row = excluded ? `(to_jsonb(t) - ARRAY[${excluded.map((c) => `'${c}'`).join(', ')}]::text[])::text` : 't::text';
    return `SELECT '${name}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(${row}, ',' ORDER BY ${row}), '')) AS md5 FROM "${name}" t`;
  });
  const rows = (await t.dataSource.query(parts.join(' UNION ALL '))) as { name: string; rows: number; md5: string }[];
  return Object.fromEntries(rows.map((r) => [r.name, { rows: r.rows, md5: r.md5 }]));
}

/** The md5 of one row, to show that an operation on one's own object left another tenant's alone. */
export async function rowDigest(t: TestApp, table: string, id: string): Promise<string> {
  const row = await one<{ md5: string } | undefined>(t, `SELECT md5(t::text) AS md5 FROM "${table}" t WHERE id = $1`, [id]);
  if (!row) throw new Error(`No ${table} row ${id}`);
  return row.md5;
}

/** The first answer of a subscription over WebSocket (data or errors), as a GqlResult; the client is closed after it. */
export function subscribeFirst(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<GqlResult> {
  const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0, lazy: true });
  return new Promise<GqlResult>((resolve) => {
    const timer = setTimeout(() => resolve({ errors: [{ message: 'no answer within 5 s' }] }), 5000);
    const done = (result: GqlResult) => {
      clearTimeout(timer);
      resolve(result);
    };
    client.subscribe<Record<string, unknown>>(
      { query, variables },
      {
        next: (message) => done(message.errors ? { data: message.data ?? null, errors: message.errors as GqlResult['errors'] } : { data: message.data }),
        error: (error) => done({ errors: Array.isArray(error) ? (error as GqlResult['errors']) : [{ message: String(error) }] }),
        complete: () => done({ data: null }),
      },
    );
  }).finally(() => client.dispose());
}
