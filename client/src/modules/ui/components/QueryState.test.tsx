import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { QueryState } from './QueryState';

describe('QueryState', () => {
  it('shows loading, then empty, then content', () => {
    const { rerender } = renderWithProviders(
      <QueryState loading>
        <p>content</p>
      </QueryState>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    rerender(
      <QueryState loading={false} empty emptyState={{ title: 'No needs yet' }}>
        <p>content</p>
      </QueryState>,
    );
    expect(screen.getByText('No needs yet')).toBeInTheDocument();
    rerender(
      <QueryState loading={false}>
        <p>content</p>
      </QueryState>,
    );
    expect(screen.getByText('content')).toBeInTheDocument();
  });
});
