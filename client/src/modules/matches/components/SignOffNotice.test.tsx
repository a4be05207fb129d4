import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { SignOffNotice } from './SignOffNotice';

describe('SignOffNotice', () => {
  it('tells both sides that the employer’s sign-off is pending', () => {
    renderWithProviders(<SignOffNotice status="AWAITING_EMPLOYER" statusNote={null} />);
    expect(screen.getByText(/The volunteer’s employer approves the pro-bono time/)).toBeInTheDocument();
  });

  it('shows the employer’s reason once it declined, in Japanese too', () => {
    renderWithProviders(<SignOffNotice status="EMPLOYER_DECLINED" statusNote="Quarter-end <b>freeze</b>" />, { language: 'ja' });
    expect(screen.getByText('勤務先の理由：Quarter-end <b>freeze</b>')).toBeInTheDocument();
  });

  it('says nothing on any other status', () => {
    renderWithProviders(<SignOffNotice status="CONFIRMED" statusNote="anything" />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByText(/anything/)).not.toBeInTheDocument();
  });
});
