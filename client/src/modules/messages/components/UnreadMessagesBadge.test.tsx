import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { UnreadMessagesBadge } from './UnreadMessagesBadge';

describe('UnreadMessagesBadge', () => {
  it('names the unread count in each language and hides the badge at zero', () => {
    const { unmount } = renderWithProviders(<UnreadMessagesBadge unreadCount={3} />);
    expect(screen.getByRole('link', { name: '3 unread messages' })).toHaveAttribute('href', '/messages');
    expect(screen.getByText('3')).toBeInTheDocument();
    unmount();
    renderWithProviders(<UnreadMessagesBadge unreadCount={1} />, { language: 'ja' });
    expect(screen.getByRole('link', { name: '未読のメッセージ 1 件' })).toBeInTheDocument();
  });

  it('shows no number without unread messages', () => {
    renderWithProviders(<UnreadMessagesBadge unreadCount={0} />, { language: 'de' });
    expect(screen.getByRole('link', { name: 'Nachrichten' })).toBeInTheDocument();
    expect(screen.queryByText('0')).not.toBeInTheDocument();
  });
});
