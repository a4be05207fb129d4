import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { NeedNetworkSharesDocument, ShareNeedDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { ShareWithNetworkControl } from './ShareWithNetworkControl';

const shares = (sharedWithNetworkIds: string[], myNetworks: { id: string; name: string }[]) => ({
  request: { query: NeedNetworkSharesDocument, variables: { needId: 'n1' } },
  result: {
    data: {
      need: { __typename: 'Need', id: 'n1', sharedWithNetworkIds },
      myNetworks: myNetworks.map((n) => ({ __typename: 'Network', ...n })),
    },
  },
});

describe('ShareWithNetworkControl', () => {
  it('shares the need with a network when the curator switches it on', async () => {
    const user = userEvent.setup({ delay: null });
    let shared = false;
    renderWithProviders(<ShareWithNetworkControl needId="n1" />, {
      mocks: [
        shares([], [{ id: 'net1', name: 'Asia Pro Bono Network' }]),
        {
          request: { query: ShareNeedDocument, variables: { needId: 'n1', networkId: 'net1' } },
          result: () => {
            shared = true;
            return { data: { shareNeed: { __typename: 'Need', id: 'n1', sharedWithNetworkIds: ['net1'], sharedWithMyNetwork: true } } };
          },
        },
      ],
    });
    const toggle = await screen.findByRole('switch', { name: 'Share with Asia Pro Bono Network' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(await screen.findByRole('switch', { name: 'Share with Asia Pro Bono Network', checked: true })).toBeInTheDocument();
    expect(shared).toBe(true);
  });

  it('shows nothing to a curator whose intermediary is in no network', async () => {
    let answered = false;
    const mock = shares([], []);
    renderWithProviders(<ShareWithNetworkControl needId="n1" />, {
      mocks: [
        {
          ...mock,
          result: () => {
            answered = true;
            return mock.result;
          },
        },
      ],
    });
    await waitFor(() => expect(answered).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(screen.queryByText('Share with your networks')).not.toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });
});
