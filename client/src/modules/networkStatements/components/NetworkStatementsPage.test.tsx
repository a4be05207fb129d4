import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { CreateNetworkStatementDocument, NetworkStatementsDocument } from '../../../generated/graphql';
import { statementFixture } from '../../../test/networkStatements';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NetworkStatementsPage } from './NetworkStatementsPage';

const network = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Network',
  id: 'n1',
  name: 'Asia Pro Bono Network',
  viewerMemberIntermediaries: [],
  statements: [statementFixture()],
  ...overrides,
});

const networkMock = (value: object) => ({ request: { query: NetworkStatementsDocument, variables: { networkId: 'n1' } }, result: { data: { network: value } } });

const renderPage = (mocks: object[]) =>
  renderWithProviders(
    <Routes>
      <Route path="/networks/:networkId/statements" element={<NetworkStatementsPage />} />
    </Routes>,
    { mocks: mocks as never, route: '/networks/n1/statements' },
  );

describe('NetworkStatementsPage', () => {
  it("lists the network's statements, each linking to its own page, without a draft form for non-members", async () => {
    renderPage([networkMock(network())]);
    expect(await screen.findByRole('heading', { name: 'Asia Pro Bono Network: joint statements' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tokyo Pro Bono Rally Declaration' })).toHaveAttribute('href', '/statements/s1');
    expect(screen.queryByRole('button', { name: 'Create draft' })).not.toBeInTheDocument();
  });

  it('lets a curator of a member intermediary draft a new statement', async () => {
    let created = false;
    const createMock = {
      request: { query: CreateNetworkStatementDocument, variables: { networkId: 'n1', organizationId: 'o2', title: 'Joint data standard', body: 'We agree.' } },
      result: () => {
        created = true;
        return { data: { createNetworkStatement: { __typename: 'NetworkStatement', id: 's2' } } };
      },
    };
    const member = network({ viewerMemberIntermediaries: [{ __typename: 'Organization', id: 'o2', name: 'Singapore Pro Bono Hub' }], statements: [] });
    renderPage([networkMock(member), createMock, networkMock(member)]);
    expect(await screen.findByText('This network has no statements yet.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText(/Title/), 'Joint data standard');
    await userEvent.type(screen.getByLabelText(/Text/), 'We agree.');
    await userEvent.click(screen.getByRole('button', { name: 'Create draft' }));
    await waitFor(() => expect(created).toBe(true));
  });
});
