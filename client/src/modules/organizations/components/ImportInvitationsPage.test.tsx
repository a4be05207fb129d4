import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { ImportInvitationsDocument, InvitationImportStatus, InvitationRowProblem, MembershipRole, OrganizationKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { AuthContext, type AuthContextValue, type Viewer } from '../../auth/authContext';
import { ImportInvitationsPage } from './ImportInvitationsPage';

const viewer: Viewer = {
  __typename: 'User',
  id: 'u1',
  email: 'admin@acme.example',
  name: 'Aiko Admin',
  locale: 'de',
  isPlatformAdmin: false,
  memberships: [
    { __typename: 'Membership', id: 'm1', role: MembershipRole.Admin, organization: { __typename: 'Organization', id: 'org-acme', name: 'Acme', kind: OrganizationKind.Company } },
  ],
  volunteerProfile: null,
  mentorProfile: null,
};

const auth = (v: Viewer): AuthContextValue => ({
  status: 'authenticated',
  viewer: v,
  error: null,
  reload: () => undefined,
  startSession: () => undefined,
  signOut: () => Promise.resolve(),
});

const csv = 'email,name\nhana@acme.example,Hana Sato\nnope,Nobody';

const importMock = {
  request: { query: ImportInvitationsDocument, variables: { organizationId: 'org-acme', csv } },
  result: {
    data: {
      importInvitations: {
        __typename: 'InvitationImportResult',
        invited: 1,
        reinvited: 0,
        alreadyMembers: 0,
        errors: 1,
        rows: [
          { __typename: 'InvitationImportRow', row: 2, email: 'hana@acme.example', status: InvitationImportStatus.Invited, problem: null },
          { __typename: 'InvitationImportRow', row: 3, email: null, status: InvitationImportStatus.Error, problem: InvitationRowProblem.InvalidEmail },
        ],
      },
    },
  },
};

describe('ImportInvitationsPage', () => {
  it('imports a pasted list for the admin’s organization and shows what happened to each row, in German', async () => {
    renderWithProviders(
      <AuthContext.Provider value={auth(viewer)}>
        <ImportInvitationsPage />
      </AuthContext.Provider>,
      { language: 'de', mocks: [importMock] },
    );
    expect(screen.getByRole('heading', { name: 'Einladungen importieren (CSV)' })).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Importieren und Einladungen senden' });
    expect(submit).toBeDisabled();

    await userEvent.click(screen.getByRole('textbox', { name: /Einladungsliste/ }));
    await userEvent.paste(csv);
    await userEvent.click(submit);

    const results = await screen.findByRole('region', { name: 'Ergebnis des Imports' });
    expect(within(results).getByText('1 eingeladen, 0 erneut eingeladen, 0 bereits Mitglied, 1 mit Fehlern')).toBeInTheDocument();
    const rows = within(results).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2', 'hana@acme.example', 'Eingeladen', ''],
      ['3', '—', 'Fehler', 'Die E-Mail-Adresse ist ungültig.'],
    ]);
  });

  it('tells members who administer no organization that only admins can import', () => {
    renderWithProviders(
      <AuthContext.Provider value={auth({ ...viewer, memberships: [{ ...viewer.memberships[0], role: MembershipRole.Member }] })}>
        <ImportInvitationsPage />
      </AuthContext.Provider>,
    );
    expect(screen.getByText('Only organization admins can import invitations.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});
