import { useMemo } from 'react';

import { useAuth } from '../../auth/hooks/useAuth';
import { useRoles } from '../../auth/hooks/useRoles';
import { needsOnboarding as needsOnboardingOf } from '../../auth/roles';
import { useMyNetworks } from '../../networks/hooks/useNetworks';
import { navigationFor, type NavSection } from '../navigation';

export function useNavigation(): NavSection[] {
  const { viewer } = useAuth();
  const roles = useRoles();
  const needsOnboarding = viewer ? needsOnboardingOf(viewer) : false;
  const { networks } = useMyNetworks(roles.has('curator'));
  const inNetwork = networks.length > 0;
  return useMemo(() => navigationFor(roles, { needsOnboarding, inNetwork }), [roles, needsOnboarding, inNetwork]);
}
