import { useMemo } from 'react';

import { useAuth } from '../../auth/hooks/useAuth';
import { useRoles } from '../../auth/hooks/useRoles';
import { navigationFor, type NavSection } from '../navigation';

export function useNavigation(): NavSection[] {
  const { viewer } = useAuth();
  const roles = useRoles();
  const needsOnboarding = (viewer?.memberships.length ?? 0) === 0;
  return useMemo(() => navigationFor(roles, { needsOnboarding }), [roles, needsOnboarding]);
}
