import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AcceptMatchDocument, CancelMatchDocument, CompleteMatchDocument, LeaveFeedbackDocument, MatchReasonKind } from '../../../generated/graphql';
import { aBreakdown, aReason } from '../../../test/matchReasons';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { type MatchPageMatch, type MatchSides, matchSides } from '../matchSides';
import { MatchDetails } from './MatchDetails';

const NONPROFIT = { nonprofit: true, candidate: false };
const CANDIDATE = { nonprofit: false, candidate: true };
const OBSERVER = { nonprofit: false, candidate: false };

function aMatch(overrides: Partial<MatchPageMatch> = {}): MatchPageMatch {
  return {
    __typename: 'Match',
    id: 'm1',
    status: 'OFFERED',
    score: 0.82,
    breakdown: aBreakdown({ skills: 0.9 }, { skills: 0.4 }),
    explanation: 'Strong skills fit',
    reasons: [aReason(MatchReasonKind.Language, { language: 'de' })],
    version: 3,
    manual: false,
    candidateKind: 'VOLUNTEER',
    expiresAt: '2027-02-01T00:00:00.000Z',
    offeredAt: '2027-01-10T09:00:00.000Z',
    confirmedAt: null,
    completedAt: null,
    nonprofitAcceptedAt: null,
    candidateAcceptedAt: null,
    declineReason: null,
    allowedActions: [],
    createdAt: '2027-01-09T09:00:00.000Z',
    statusNote: null,
    confirmedHours: 0,
    hoursLogs: [],
    events: [
      {
        __typename: 'MatchEvent',
        id: 'e1',
        action: 'PROPOSE',
        fromStatus: null,
        toStatus: 'PROPOSED',
        reason: null,
        actorUserId: null,
        actor: null,
        createdAt: '2027-01-09T09:00:00.000Z',
      },
      {
        __typename: 'MatchEvent',
        id: 'e2',
        action: 'APPROVE',
        fromStatus: 'PROPOSED',
        toStatus: 'OFFERED',
        reason: 'Great fit for the CRM work',
        actorUserId: 'u-cur',
        actor: { __typename: 'MatchActor', id: 'u-cur', name: 'Clara Curator' },
        createdAt: '2027-01-10T09:00:00.000Z',
      },
    ],
    contacts: [],
    followUp: null,
    feedback: [],
    need: {
      __typename: 'Need',
      id: 'n1',
      title: 'Donor database for our clinics',
      focusArea: 'HEALTH',
      country: 'KE',
      publishedAt: '2027-01-01T00:00:00.000Z',
      nonprofit: { __typename: 'Organization', id: 'org-np', name: 'Clean Water Kenya', country: 'KE', website: 'https://cleanwater.example' },
    },
    role: {
      __typename: 'NeedRole',
      id: 'r1',
      title: 'CRM volunteer',
      kind: 'VOLUNTEER',
      seats: 1,
      seatsFilled: 0,
      description: '',
      hoursPerMonth: 8,
      amount: null,
      currency: null,
      skills: [
        { __typename: 'RoleSkill', level: 3, weight: 5, skill: { __typename: 'Skill', id: 'crm', name: 'CRM administration' } },
        { __typename: 'RoleSkill', level: 4, weight: 3, skill: { __typename: 'Skill', id: 'fundraising', name: 'Fundraising strategy' } },
      ],
    },
    volunteerProfile: {
      __typename: 'VolunteerProfile',
      id: 'vp1',
      headline: 'CRM consultant',
      country: 'DE',
      user: { __typename: 'User', id: 'u-vol', name: 'Jonas Weber', email: 'jonas@example.org' },
      employer: { __typename: 'Organization', id: 'org-co', name: 'Acme Consulting' },
      skills: [{ __typename: 'ProfileSkill', level: 5, skill: { __typename: 'Skill', id: 'crm', name: 'CRM administration' } }],
    },
    mentorProfile: null,
    fundingOffer: null,
    ...overrides,
  };
}

function renderMatch(match: MatchPageMatch, sides: MatchSides, mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(<MatchDetails match={match} sides={sides} />, { mocks });
}

describe('MatchDetails', () => {
  it('shows the typed reasons, the score, the skills compared and the timeline', () => {
    renderMatch(aMatch(), CANDIDATE);
    expect(screen.getByRole('heading', { name: 'Donor database for our clinics' })).toBeInTheDocument();
    expect(screen.getByText('Speaks German')).toBeInTheDocument();
    expect(screen.getByLabelText('82% match')).toBeInTheDocument();
    const skills = screen.getByRole('table');
    const crm = within(skills).getByRole('row', { name: /CRM administration/ });
    expect(within(crm).getByText('Expert')).toBeInTheDocument();
    expect(within(within(skills).getByRole('row', { name: /Fundraising strategy/ })).getByText('Not listed')).toBeInTheDocument();
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText('Proposed by a matching run')).toBeInTheDocument();
    expect(within(timeline).getByText('Approved by a curator')).toBeInTheDocument();
    expect(within(timeline).getByText('Reason: Great fit for the CRM work')).toBeInTheDocument();
    expect(within(timeline).getByText(/· Clara Curator$/)).toBeInTheDocument();
    expect(within(timeline).getByText('Now: Offered')).toBeInTheDocument();
  });

  it('shows a manual match as chosen by a curator, not as a score', () => {
    renderMatch(
      aMatch({ manual: true, score: 0, breakdown: null, reasons: [aReason(MatchReasonKind.Manual, { note: 'Knows our donors well' })], explanation: 'Matched by hand' }),
      NONPROFIT,
    );
    expect(screen.getByText('Chosen by curator')).toBeInTheDocument();
    expect(screen.getByText('Matched by a curator: Knows our donors well')).toBeInTheDocument();
    expect(screen.queryByLabelText(/% match/)).not.toBeInTheDocument();
  });

  it('hides contact details before confirmation even when an email is at hand, and shows them after', () => {
    const { unmount } = renderMatch(aMatch({ status: 'OFFERED' }), NONPROFIT);
    expect(screen.queryByText('jonas@example.org')).not.toBeInTheDocument();
    expect(screen.getByText('Contact details appear once both sides have confirmed.')).toBeInTheDocument();
    unmount();

    const contacts = [{ __typename: 'MatchPerson' as const, id: 'u-np', name: 'Amina Otieno', email: 'amina@cleanwater.example' }];
    renderMatch({ ...aMatch({ status: 'CONFIRMED', confirmedAt: '2027-01-12T00:00:00.000Z' }), contacts }, NONPROFIT);
    expect(screen.getByRole('link', { name: 'jonas@example.org' })).toHaveAttribute('href', 'mailto:jonas@example.org');
    expect(screen.getByRole('link', { name: 'amina@cleanwater.example' })).toHaveAttribute('href', 'mailto:amina@cleanwater.example');
    expect(screen.queryByText('Contact details appear once both sides have confirmed.')).not.toBeInTheDocument();
  });

  it('shows no email where the API withholds it, even once confirmed', () => {
    const match = aMatch({ status: 'CONFIRMED' });
    renderMatch({ ...match, volunteerProfile: match.volunteerProfile && { ...match.volunteerProfile, user: { ...match.volunteerProfile.user, email: null } } }, OBSERVER);
    expect(screen.queryByRole('link', { name: /@/ })).not.toBeInTheDocument();
  });

  it('offers accept and decline on an offer and sends the version seen', async () => {
    const result = vi.fn(() => ({ data: { acceptMatch: { ...aMatch(), candidateAcceptedAt: '2027-01-11T00:00:00.000Z', allowedActions: [] } } }));
    const mocks = [{ request: { query: AcceptMatchDocument, variables: { id: 'm1', version: 3 } }, result }];
    renderMatch(aMatch({ allowedActions: ['ACCEPT', 'DECLINE'] }), CANDIDATE, mocks);
    const actions = screen.getByRole('region', { name: 'What you can do' });
    expect(within(actions).getByText('Waiting for your answer')).toBeInTheDocument();
    expect(within(actions).getByRole('button', { name: 'Decline' })).toBeInTheDocument();
    await userEvent.click(within(actions).getByRole('button', { name: 'Accept' }));
    await vi.waitFor(() => expect(result).toHaveBeenCalledOnce(), { timeout: 5000 });
  });

  it.each([
    [
      'an active engagement, to the nonprofit',
      aMatch({ status: 'ACTIVE', allowedActions: ['COMPLETE', 'CANCEL'] }),
      NONPROFIT,
      ['Mark as done', 'Cancel match'],
      ['Accept', 'Start work', 'Withdraw'],
    ],
    ['a confirmed engagement, to the volunteer', aMatch({ status: 'CONFIRMED', allowedActions: ['START'] }), CANDIDATE, ['Start work'], ['Mark as done', 'Accept', 'Cancel match']],
    [
      'a proposal, to its curator',
      aMatch({ status: 'PROPOSED', allowedActions: ['APPROVE', 'REJECT', 'WITHDRAW'] }),
      OBSERVER,
      ['Approve and offer', 'Reject', 'Withdraw'],
      ['Accept', 'Cancel match'],
    ],
    ['a confirmed engagement, to the employer admin', aMatch({ status: 'CONFIRMED', allowedActions: [] }), OBSERVER, [], ['Start work', 'Accept', 'Mark as done']],
  ])('shows the allowed actions for %s', (_, match, sides, shown, hidden) => {
    renderMatch(match, sides);
    const actions = screen.getByRole('region', { name: 'What you can do' });
    for (const name of shown) expect(within(actions).getByRole('button', { name })).toBeInTheDocument();
    for (const name of hidden) expect(within(actions).queryByRole('button', { name })).not.toBeInTheDocument();
    if (shown.length === 0) expect(within(actions).getByText('You can follow this match; only the people involved act on it.')).toBeInTheDocument();
  });

  it('sends the employer admin to the company page to sign off, and tells both sides what they wait for', () => {
    renderMatch(aMatch({ status: 'AWAITING_EMPLOYER', allowedActions: ['APPROVE_SIGN_OFF', 'DECLINE_SIGN_OFF'] }), OBSERVER);
    const actions = screen.getByRole('region', { name: 'What you can do' });
    expect(within(actions).getByText('This engagement waits for your company’s sign-off.')).toBeInTheDocument();
    expect(within(actions).getByRole('link', { name: 'Review sign-offs' })).toHaveAttribute('href', '/company/employees');
    expect(screen.getByText(/The volunteer’s employer approves the pro-bono time/)).toBeInTheDocument();
  });

  it('shows the volunteer the wait for the employer, with nothing for her to do', () => {
    renderMatch(aMatch({ status: 'AWAITING_EMPLOYER', allowedActions: [] }), CANDIDATE);
    const actions = screen.getByRole('region', { name: 'What you can do' });
    expect(within(actions).getByText('Nothing for you to do right now.')).toBeInTheDocument();
    expect(within(actions).queryByRole('link', { name: 'Review sign-offs' })).not.toBeInTheDocument();
    expect(screen.getByText(/The volunteer’s employer approves the pro-bono time/)).toBeInTheDocument();
  });

  it('shows both sides the employer’s reason once it declined', () => {
    renderMatch(aMatch({ status: 'EMPLOYER_DECLINED', statusNote: 'Quarter-end freeze', allowedActions: [] }), NONPROFIT);
    expect(screen.getByText('Employer’s reason: Quarter-end freeze')).toBeInTheDocument();
    expect(screen.getAllByText('Declined by employer').length).toBeGreaterThan(0);
  });

  it('cancels a match only with a reason, sending the version seen', async () => {
    const result = vi.fn(() => ({ data: { cancelMatch: { ...aMatch(), status: 'CANCELLED', allowedActions: [] } } }));
    const mocks = [{ request: { query: CancelMatchDocument, variables: { id: 'm1', version: 3, reason: 'The project was stopped' } }, result }];
    renderMatch(aMatch({ status: 'ACTIVE', allowedActions: ['COMPLETE', 'CANCEL'] }), NONPROFIT, mocks);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Cancel match' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel match' }));
    expect(await within(dialog).findByText('Give a reason')).toBeInTheDocument();
    expect(result).not.toHaveBeenCalled();
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'The project was stopped');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel match' }));
    await vi.waitFor(() => expect(result).toHaveBeenCalledOnce(), { timeout: 5000 });
  });

  it('asks the nonprofit before completing while hours are unconfirmed, naming them', async () => {
    const result = vi.fn(() => ({ data: { completeMatch: { __typename: 'Match' as const, id: 'm1' } } }));
    const mocks = [{ request: { query: CompleteMatchDocument, variables: { id: 'm1', version: 3 } }, result }];
    const log = (id: string, hours: number, status: 'LOGGED' | 'CONFIRMED') => ({
      __typename: 'HoursLog' as const,
      id,
      matchId: 'm1',
      workedOn: '2027-01-12',
      hours,
      note: '',
      status,
      disputeReason: null,
      reviewedAt: null,
      createdAt: '2027-01-12T09:00:00.000Z',
    });
    const hoursLogs = [log('h1', 5, 'CONFIRMED'), log('h2', 1.5, 'LOGGED')];
    renderMatch(aMatch({ status: 'ACTIVE', allowedActions: ['COMPLETE'], confirmedHours: 5, hoursLogs }), NONPROFIT, mocks);
    const user = userEvent.setup({ delay: null });
    await user.click(within(screen.getByRole('region', { name: 'What you can do' })).getByRole('button', { name: 'Mark as done' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mark as done?' });
    expect(dialog).toHaveTextContent('1.5 hr logged on this engagement are not confirmed yet');
    expect(result).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Mark as done anyway' }));
    await vi.waitFor(() => expect(result).toHaveBeenCalledOnce(), { timeout: 5000 });
  });

  it('lets the volunteer log hours on a confirmed engagement but not the nonprofit', () => {
    const { unmount } = renderMatch(aMatch({ status: 'CONFIRMED' }), CANDIDATE);
    expect(screen.getByRole('button', { name: 'Log hours' })).toBeInTheDocument();
    unmount();
    renderMatch(aMatch({ status: 'CONFIRMED' }), NONPROFIT);
    expect(screen.queryByRole('button', { name: 'Log hours' })).not.toBeInTheDocument();
    expect(screen.getByText('No hours logged yet.')).toBeInTheDocument();
  });

  it('shows the feedback given and lets the other side rate a completed engagement once', async () => {
    const given = {
      __typename: 'Feedback' as const,
      id: 'f1',
      direction: 'CANDIDATE_TO_NONPROFIT' as const,
      rating: 4,
      comment: 'Well organised team',
      createdAt: '2027-03-01T00:00:00.000Z',
    };
    const result = vi.fn(() => ({
      data: {
        leaveFeedback: {
          __typename: 'Feedback',
          id: 'f2',
          matchId: 'm1',
          direction: 'NONPROFIT_TO_CANDIDATE',
          rating: 5,
          comment: 'Thank you',
          createdAt: '2027-03-02T00:00:00.000Z',
        },
      },
    }));
    const mocks = [{ request: { query: LeaveFeedbackDocument, variables: { matchId: 'm1', input: { rating: 5, comment: 'Thank you' } } }, result }];
    renderMatch(aMatch({ status: 'COMPLETED', feedback: [given] }), NONPROFIT, mocks);
    const section = screen.getByRole('region', { name: 'Feedback' });
    expect(within(section).getByText('From the candidate')).toBeInTheDocument();
    expect(within(section).getByText('Well organised team')).toBeInTheDocument();
    const form = within(section).getByRole('form', { name: 'How did it go?' });
    const submit = within(form).getByRole('button', { name: 'Send feedback' });
    expect(submit).toBeDisabled();
    // The stars are radio inputs under drawn labels; the keyboard picks one as a click on its star does.
    const user = userEvent.setup({ delay: null });
    within(form).getByRole('radio', { name: '5 stars' }).focus();
    await user.keyboard('{Enter}');
    expect(submit).toBeEnabled();
    await user.type(within(form).getByRole('textbox', { name: /Comment/ }), 'Thank you');
    await user.click(submit);
    await vi.waitFor(() => expect(result).toHaveBeenCalledOnce(), { timeout: 5000 });
  });

  it('offers no feedback form to a side that already gave it, nor to an observer', () => {
    const given = { __typename: 'Feedback' as const, id: 'f1', direction: 'CANDIDATE_TO_NONPROFIT' as const, rating: 4, comment: '', createdAt: '2027-03-01T00:00:00.000Z' };
    const { unmount } = renderMatch(aMatch({ status: 'COMPLETED', feedback: [given] }), CANDIDATE);
    expect(screen.queryByRole('form', { name: 'How did it go?' })).not.toBeInTheDocument();
    unmount();
    renderMatch(aMatch({ status: 'COMPLETED' }), OBSERVER);
    expect(screen.queryByRole('form', { name: 'How did it go?' })).not.toBeInTheDocument();
  });

  it('keeps a marked section for the message thread', () => {
    renderMatch(aMatch(), CANDIDATE);
    const slot = screen.getByTestId('match-thread-slot');
    expect(within(slot).getByRole('heading', { name: 'Messages' })).toBeInTheDocument();
  });
});

describe('matchSides', () => {
  const viewer = (id: string, orgIds: string[]) => ({
    id,
    memberships: orgIds.map((o) => ({
      __typename: 'Membership' as const,
      id: `mb-${o}`,
      role: 'MEMBER' as const,
      organization: { __typename: 'Organization' as const, id: o, name: o, kind: 'NONPROFIT' as const },
    })),
  });

  it('tells the nonprofit, the candidate and an employer admin apart', () => {
    expect(matchSides(aMatch(), viewer('u-np', ['org-np']))).toEqual(NONPROFIT);
    expect(matchSides(aMatch(), viewer('u-vol', ['org-co']))).toEqual(CANDIDATE);
    expect(matchSides(aMatch(), viewer('u-admin', ['org-co']))).toEqual(OBSERVER);
    expect(matchSides(aMatch(), null)).toEqual(OBSERVER);
  });
});
