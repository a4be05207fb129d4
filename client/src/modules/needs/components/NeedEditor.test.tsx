import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';

import { type NeedDetailFieldsFragment, RemoveNeedRoleDocument, UpdateNeedDocument, UpdateNeedRoleDocument } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NeedEditor } from './NeedEditor';

const skills = [{ id: 'bookkeeping', name: 'Bookkeeping', category: 'finance', synonyms: [] }];
const skill = { __typename: 'Skill' as const, id: 'bookkeeping', name: 'Bookkeeping', names: { __typename: 'SkillNames' as const, en: 'Bookkeeping', de: null, ja: null } };
const role = (id: string, title: string) => ({
  __typename: 'NeedRole' as const,
  id,
  kind: 'VOLUNTEER' as const,
  title,
  description: '',
  hoursPerMonth: 8,
  seats: 1,
  seatsFilled: 0,
  seatsOpen: 1,
  amount: null,
  currency: null,
  awaitingCuration: null,
  skills: [{ __typename: 'RoleSkill' as const, level: 3, weight: 3, skill }],
});
const need: NeedDetailFieldsFragment = {
  __typename: 'Need',
  id: 'n1',
  nonprofitId: 'o1',
  nonprofit: { __typename: 'Organization', id: 'o1', name: 'Mirai' },
  title: 'Donor database',
  summary: 'A CRM for 2,000 donors.',
  impact: '',
  focusArea: 'HEALTH',
  country: 'JP',
  language: 'ja',
  remote: true,
  startsOn: null,
  endsOn: null,
  programId: null,
  program: null,
  status: 'OPEN',
  updatedAt: '2026-12-01T00:00:00.000Z',
  publishedAt: '2026-12-01T00:00:00.000Z',
  roles: [role('r1', 'Database developer'), role('r2', 'Trainer')],
};

async function toReview(user: ReturnType<typeof userEvent.setup>) {
  for (let step = 0; step < 3; step += 1) await user.click(screen.getByRole('button', { name: 'Next' }));
  return screen.findByRole('button', { name: 'Save changes' });
}

// Walking the form's steps takes many renders; on a busy machine that outlasts the default.
describe('NeedEditor', { timeout: 60_000 }, () => {
  it('sends only the changed need field and the changed role, then reports success', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = vi.fn();
    const updateNeed = vi.fn(() => ({ data: { updateNeed: need } }));
    const updateRole = vi.fn(() => ({ data: { updateNeedRole: { __typename: 'NeedRole' as const, id: 'r1' } } }));
    const mocks = [
      { request: { query: UpdateNeedDocument, variables: { id: 'n1', input: { title: 'Donor CRM' } } }, result: updateNeed },
      {
        request: {
          query: UpdateNeedRoleDocument,
          variables: {
            roleId: 'r1',
            input: { title: 'Database developer', description: '', hoursPerMonth: 8, seats: 2, skills: [{ skillId: 'bookkeeping', level: 3, weight: 3 }] },
          },
        },
        result: updateRole,
      },
    ];
    renderWithProviders(<NeedEditor need={need} skills={skills} programs={[]} onSettled={vi.fn()} onSaved={onSaved} />, { mocks });

    const title = screen.getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'Donor CRM');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const seats = (await screen.findAllByRole('textbox', { name: 'People needed' }))[0];
    if (!seats) throw new Error('no seats field');
    await user.clear(seats);
    await user.type(seats, '2');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    expect(updateNeed).toHaveBeenCalledOnce();
    expect(updateRole).toHaveBeenCalledOnce();
  });

  it('shows why the API refuses to remove a role with open matches, and stays on the form', async () => {
    const user = userEvent.setup({ delay: null });
    const onSaved = vi.fn();
    const onSettled = vi.fn();
    const refusal = 'This role has 2 open matches; they must end before the role can be removed.';
    const mocks = [
      { request: { query: RemoveNeedRoleDocument, variables: { roleId: 'r2' } }, result: { errors: [new GraphQLError(refusal, { extensions: { code: 'CONFLICT' } })] } },
    ];
    renderWithProviders(<NeedEditor need={need} skills={skills} programs={[]} onSettled={onSettled} onSaved={onSaved} />, { mocks });

    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Remove role 2' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Save changes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(refusal);
    expect(onSettled).toHaveBeenCalledOnce();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('keeps the kind of an existing role fixed and offers no draft or publish buttons', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<NeedEditor need={need} skills={skills} programs={[]} onSettled={vi.fn()} onSaved={vi.fn()} />);
    expect(await toReview(user)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish need' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getAllByRole('radio', { name: 'Volunteer' })[0]).toBeDisabled();
  });
});
