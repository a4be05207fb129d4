import { Navigate, Outlet, useLocation } from 'react-router';

import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useAuth } from '../hooks/useAuth';

export function RequireAuth() {
  const { status, error, reload } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingState fullPage />;
  if (status === 'error') return <ErrorState error={error} onRetry={reload} fullPage />;
  if (status === 'anonymous') return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <Outlet />;
}
