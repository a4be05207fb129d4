import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { NeedTeamDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NeedTeam, NeedTeamView, type TeamMember } from './NeedTeam';

const role = (id: string, title: string, kind: 'VOLUNTEER' | 'MENTOR' | 'FUNDING', seats: number, seatsFilled: number) => ({
  __typename: 'NeedRole' as const,
  id,
  title,
  kind,
  seats,
  seatsFilled,
  seatsOpen: seats - seatsFilled,
});

const ROLES = [role('r-dev', 'Web developer', 'VOLUNTEER', 2, 1), role('r-mentor', 'Strategy mentor', 'MENTOR', 1, 1), role('r-money', 'Seed money', 'FUNDING', 1, 0)];

const member = (id: string, roleId: string, status: 'CONFIRMED' | 'ACTIVE' | 'COMPLETED', who: { volunteer?: string; mentor?: string; funder?: string }): TeamMember => ({
  __typename: 'Match',
  id,
  status,
  roleId,
  candidateKind: who.volunteer ? 'VOLUNTEER' : who.mentor ? 'MENTOR' : 'FUNDING',
  volunteerProfile: who.volunteer ? { __typename: 'VolunteerProfile', id: `vp-${id}`, user: { __typename: 'User', id: `u-${id}`, name: who.volunteer } } : null,
  mentorProfile: who.mentor ? { __typename: 'MentorProfile', id: `mp-${id}`, user: { __typename: 'User', id: `u-${id}`, name: who.mentor } } : null,
  fundingOffer: who.funder ? { __typename: 'FundingOffer', id: `fo-${id}`, funder: { __typename: 'Organization', id: `o-${id}`, name: who.funder } } : null,
});

const MEMBERS = [member('m1', 'r-dev', 'ACTIVE', { volunteer: 'Jonas Weber' }), member('m2', 'r-mentor', 'CONFIRMED', { mentor: 'Aiko Tanaka' })];

describe('NeedTeamView', () => {
  it('shows who is confirmed in which role and which seats are open', () => {
    renderWithProviders(<NeedTeamView roles={ROLES} members={MEMBERS} />);
    const dev = screen.getByRole('listitem', { name: 'Web developer' });
    expect(within(dev).getByText('1 of 2 seats filled')).toBeInTheDocument();
    expect(within(dev).getByRole('link', { name: 'Jonas Weber' })).toHaveAttribute('href', '/matches/m1');
    expect(within(dev).getByText('Active')).toBeInTheDocument();
    expect(within(dev).getAllByText('Open seat')).toHaveLength(1);

    const mentor = screen.getByRole('listitem', { name: 'Strategy mentor' });
    expect(within(mentor).getByRole('link', { name: 'Aiko Tanaka' })).toHaveAttribute('href', '/matches/m2');
    expect(within(mentor).queryByText('Open seat')).not.toBeInTheDocument();
    expect(within(mentor).queryByText('Jonas Weber')).not.toBeInTheDocument();

    const money = screen.getByRole('listitem', { name: 'Seed money' });
    expect(within(money).queryByRole('link')).not.toBeInTheDocument();
    expect(within(money).getByText('Open seat')).toBeInTheDocument();
  });

  it('counts many open seats instead of listing each', () => {
    renderWithProviders(<NeedTeamView roles={[role('r-big', 'Translators', 'VOLUNTEER', 8, 0)]} members={[]} />);
    expect(screen.getByText('8 open seats')).toBeInTheDocument();
    expect(screen.queryByText('Open seat')).not.toBeInTheDocument();
  });

  it('speaks Japanese', () => {
    renderWithProviders(<NeedTeamView roles={ROLES} members={MEMBERS} />, { language: 'ja' });
    expect(screen.getByRole('heading', { name: 'チーム' })).toBeInTheDocument();
    expect(screen.getByText('2枠中1枠確定')).toBeInTheDocument();
  });
});

describe('NeedTeam', () => {
  it('loads the need’s team from the API', async () => {
    const mocks = [
      {
        request: { query: NeedTeamDocument, variables: { needId: 'n1' } },
        result: { data: { matches: { __typename: 'MatchConnection', totalCount: 1, nodes: [MEMBERS[0]] } } },
      },
    ];
    renderWithProviders(<NeedTeam needId="n1" roles={ROLES} />, { mocks });
    expect(await screen.findByRole('link', { name: 'Jonas Weber' })).toHaveAttribute('href', '/matches/m1');
  });
});
