import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { PartnerVolunteersDocument, ProposeAsPartnerDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ProposeVolunteerDialog } from './ProposeVolunteerDialog';

const volunteers = {
  request: { query: PartnerVolunteersDocument, variables: { search: null } },
  result: {
    data: {
      volunteerProfiles: {
        __typename: 'VolunteerProfileConnection',
        nodes: [{ __typename: 'VolunteerProfile', id: 'vp1', headline: 'Translator', country: 'KR', user: { __typename: 'User', id: 'u1', name: 'Min-ji Park' } }],
      },
    },
  },
};

describe('ProposeVolunteerDialog', () => {
  it('proposes the picked volunteer for the only open role with the note, then closes', async () => {
    const user = userEvent.setup({ delay: null });
    const onClose = vi.fn();
    let sent = false;
    renderWithProviders(<ProposeVolunteerDialog opened onClose={onClose} needTitle="Multilingual guide" roles={[{ id: 'r1', title: 'Translator' }]} />, {
      mocks: [
        volunteers,
        {
          request: { query: ProposeAsPartnerDocument, variables: { input: { roleId: 'r1', volunteerProfileId: 'vp1', note: 'Native Korean speaker' } } },
          result: () => {
            sent = true;
            return { data: { proposeAsPartner: { __typename: 'Match', id: 'm1', status: 'PROPOSED' } } };
          },
        },
      ],
    });
    const submit = await screen.findByRole('button', { name: 'Send proposal' });
    expect(submit).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Volunteer' }));
    await user.click(await screen.findByRole('option', { name: 'Min-ji Park · Translator' }));
    await user.type(screen.getByRole('textbox', { name: /Why this volunteer fits/ }), 'Native Korean speaker');
    await user.click(submit);
    await vi.waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toBe(true);
  });
});
