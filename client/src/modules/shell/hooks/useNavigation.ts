import { useMemo } from 'react';

import { useAuth } from '../../auth/hooks/useAuth';
import { useRoles } from '../../auth/hooks/useRoles';
import { needsOnboarding as needsOnboardingOf } from '../../auth/roles';
import { navigationFor, type NavSection } from '../navigation';

export function useNavigation(): NavSection[] {
  const { viewer } = useAuth();
  const roles = useRoles();
  const needsOnboarding = viewer ? needsOnboardingOf(viewer) : false;
  return useMemo(() => navigationFor(roles, { needsOnboarding }), [roles, needsOnboarding]);
}
