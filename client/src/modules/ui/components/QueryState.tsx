import type { ReactNode } from 'react';

import { EmptyState, type EmptyStateProps } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

export interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  /** True when the query finished and returned nothing to show. */
  empty?: boolean;
  emptyState?: EmptyStateProps;
  onRetry?: () => void;
  children: ReactNode;
}

/** One place that decides between loading, error, empty and content, so every screen behaves alike. */
export function QueryState({ loading, error, empty = false, emptyState, onRetry, children }: QueryStateProps) {
  if (error) return <ErrorState error={error} onRetry={onRetry} />;
  if (loading) return <LoadingState />;
  if (empty) return <EmptyState {...emptyState} />;
  return <>{children}</>;
}
