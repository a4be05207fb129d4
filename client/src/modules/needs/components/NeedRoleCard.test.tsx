import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { NeedDetailFieldsFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import type { SupportedLanguage } from '../../i18n/i18n';
import { NeedRoleCard } from './NeedRoleCard';

type Role = NeedDetailFieldsFragment['roles'][number];

const fundingRole = (amount: number, currency: string): Role => ({
  __typename: 'NeedRole',
  id: 'r1',
  kind: 'FUNDING',
  title: 'Kitchen equipment',
  description: '',
  hoursPerMonth: 0,
  seats: 1,
  seatsFilled: 0,
  seatsOpen: 1,
  amount,
  currency,
  awaitingCuration: null,
  skills: [],
});

const render = (role: Role, language: SupportedLanguage) => renderWithProviders(<NeedRoleCard role={role} />, { language });

describe('NeedRoleCard', () => {
  it('shows a Japanese nonprofit’s funding in yen, in every language', () => {
    const { unmount } = render(fundingRole(1_500_000, 'JPY'), 'en');
    expect(screen.getByText('¥1,500,000 needed')).toBeInTheDocument();
    unmount();
    const ja = render(fundingRole(1_500_000, 'JPY'), 'ja');
    expect(screen.getByText(/￥1,500,000/)).toBeInTheDocument();
    ja.unmount();
    render(fundingRole(1_500_000, 'JPY'), 'de');
    expect(screen.getByText(/1\.500\.000 ¥/)).toBeInTheDocument();
  });

  it('shows a European project’s funding in euros, never in dollars', () => {
    render(fundingRole(25_000, 'EUR'), 'de');
    expect(screen.getByText(/25\.000 €/)).toBeInTheDocument();
    expect(screen.queryByText(/\$/)).not.toBeInTheDocument();
  });
});
