import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import {
  NetworkStatementDocument,
  NetworkStatementStatus,
  PublishNetworkStatementDocument,
  SetStatementCommitmentStatusDocument,
  SignNetworkStatementDocument,
  StatementCommitmentStatus,
} from '../../../generated/graphql';
import { JP, SG, statementFixture } from '../../../test/networkStatements';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { StatementPage } from './StatementPage';

const statementMock = (statement: object) => ({ request: { query: NetworkStatementDocument, variables: { id: 's1' } }, result: { data: { networkStatement: statement } } });

const renderPage = (mocks: object[], language: 'en' | 'de' | 'ja' = 'en') =>
  renderWithProviders(
    <Routes>
      <Route path="/statements/:statementId" element={<StatementPage />} />
    </Routes>,
    { mocks: mocks as never, route: '/statements/s1', language },
  );

describe('StatementPage', () => {
  it('shows a reader the text, signatures and progress, with nothing to sign, edit or report', async () => {
    renderPage([statementMock(statementFixture())]);
    expect(await screen.findByRole('heading', { name: 'Tokyo Pro Bono Rally Declaration' })).toBeInTheDocument();
    expect(screen.getByText(/私たちは協力します/)).toBeInTheDocument();
    expect(screen.getByText('1 signature')).toBeInTheDocument();
    expect(screen.getByTestId('statement-progress')).toHaveTextContent('0 done · 1 in progress · 0 open · 0 dropped (of 1)');
    expect(screen.getByText('12 needs shared')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All statements of this network' })).toHaveAttribute('href', '/networks/n1/statements');
    expect(screen.queryByRole('button', { name: /Sign for/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Update' })).not.toBeInTheDocument();
  });

  it('lets a curator sign for their intermediary that has not signed yet', async () => {
    let signed = false;
    const signMock = {
      request: { query: SignNetworkStatementDocument, variables: { statementId: 's1', organizationId: SG.id } },
      result: () => {
        signed = true;
        return { data: { signNetworkStatement: { __typename: 'NetworkStatement', id: 's1' } } };
      },
    };
    const statement = statementFixture({ signableOrganizations: [SG], viewerOrganizations: [SG] });
    renderPage([statementMock(statement), signMock, statementMock(statement)]);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign for Singapore Pro Bono Hub' }));
    await waitFor(() => expect(signed).toBe(true));
  });

  it("lets the committing intermediary's curator report progress on its own commitment", async () => {
    let reported: unknown = null;
    const statusMock = {
      request: { query: SetStatementCommitmentStatusDocument, variables: { commitmentId: 'c1', status: StatementCommitmentStatus.InProgress, note: '15 needs shared' } },
      result: () => {
        reported = true;
        return {
          data: {
            setStatementCommitmentStatus: {
              __typename: 'StatementCommitment',
              id: 'c1',
              status: StatementCommitmentStatus.InProgress,
              progressNote: '15 needs shared',
              updatedAt: '2027-05-01T00:00:00Z',
            },
          },
        };
      },
    };
    const statement = statementFixture({ viewerOrganizations: [JP] });
    renderPage([statementMock(statement), statusMock, statementMock(statement)]);
    const note = await screen.findByLabelText('Progress note');
    await userEvent.clear(note);
    await userEvent.type(note, '15 needs shared');
    await userEvent.click(screen.getByRole('button', { name: 'Update' }));
    await waitFor(() => expect(reported).toBe(true));
  });

  it('gives the drafting curator an editor and publishes the version they read', async () => {
    let published = false;
    const publishMock = {
      request: { query: PublishNetworkStatementDocument, variables: { statementId: 's1', version: 2 } },
      result: () => {
        published = true;
        return {
          data: {
            publishNetworkStatement: { __typename: 'NetworkStatement', id: 's1', status: NetworkStatementStatus.Published, version: 3, publishedAt: '2027-03-13T09:30:00Z' },
          },
        };
      },
    };
    const draft = statementFixture({
      status: NetworkStatementStatus.Draft,
      version: 2,
      publishedAt: null,
      signatures: [],
      commitments: [],
      viewerCanEdit: true,
      viewerIsPenHolder: true,
      viewerOrganizations: [JP],
    });
    renderPage([statementMock(draft), publishMock, statementMock(draft)]);
    expect(await screen.findByLabelText(/Title/)).toHaveValue('Tokyo Pro Bono Rally Declaration');
    expect(screen.queryByText('Commitments')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    await waitFor(() => expect(published).toBe(true));
  });

  it('speaks Japanese', async () => {
    renderPage([statementMock(statementFixture({ status: NetworkStatementStatus.Withdrawn, withdrawnAt: '2027-05-01T00:00:00Z' }))], 'ja');
    expect(await screen.findByText('撤回済み')).toBeInTheDocument();
    expect(screen.getByText('署名 1 件')).toBeInTheDocument();
  });
});
