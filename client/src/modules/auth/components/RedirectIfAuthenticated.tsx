import { Navigate, Outlet, useLocation } from 'react-router';

import { useAuth } from '../hooks/useAuth';

function redirectTarget(pathname: string, state: unknown): string {
  if (pathname === '/sign-up') return '/onboarding';
  const from = (state as { from?: { pathname?: string; search?: string } } | null)?.from;
  return from?.pathname ? `${from.pathname}${from.search ?? ''}` : '/';
}

/** Sign-in and sign-up pages hand over to the app as soon as a session exists. */
export function RedirectIfAuthenticated() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'authenticated') return <Navigate to={redirectTarget(location.pathname, location.state)} replace />;
  return <Outlet />;
}
