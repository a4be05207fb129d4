import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { RaiseInterestDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { RaiseInterestButton } from './RaiseInterestButton';

const interest = {
  __typename: 'Interest',
  id: 'i1',
  status: 'RAISED',
  note: '<b>Hi</b>',
  declineReason: null,
  candidateName: 'Vera',
  matchId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  need: { __typename: 'Need', id: 'n1', title: 'Website', nonprofit: { __typename: 'Organization', id: 'o1', name: 'Tafel' } },
  role: { __typename: 'NeedRole', id: 'r1', title: 'Web developer', kind: 'VOLUNTEER' },
};

describe('RaiseInterestButton', () => {
  it('sends the note as typed and then says the hand is raised', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RaiseInterestButton roleId="r1" roleTitle="Web developer" />, {
      mocks: [{ request: { query: RaiseInterestDocument, variables: { input: { roleId: 'r1', note: '<b>Hi</b>' } } }, result: { data: { raiseInterest: interest } } }],
    });
    await user.click(screen.getByRole('button', { name: "I'm interested" }));
    await user.type(await screen.findByLabelText(/A short note/), '<b>Hi</b>');
    await user.click(screen.getByRole('button', { name: 'Send my interest' }));
    expect(await screen.findByText('You raised your hand for this role.')).toBeInTheDocument();
  });

  it('keeps the dialog open when the API refuses', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<RaiseInterestButton roleId="r1" roleTitle="Web developer" />, {
      mocks: [{ request: { query: RaiseInterestDocument, variables: { input: { roleId: 'r1', note: '' } } }, error: new Error('refused') }],
    });
    await user.click(screen.getByRole('button', { name: "I'm interested" }));
    await user.click(await screen.findByRole('button', { name: 'Send my interest' }));
    expect(await screen.findByRole('button', { name: 'Send my interest' })).toBeInTheDocument();
    expect(screen.queryByText('You raised your hand for this role.')).not.toBeInTheDocument();
  });
});
