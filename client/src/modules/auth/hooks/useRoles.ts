import { useMemo } from 'react';

import { type RallyRole, rolesOf } from '../roles';
import { useAuth } from './useAuth';

export function useRoles(): Set<RallyRole> {
  const { viewer } = useAuth();
  return useMemo(() => (viewer ? rolesOf(viewer) : new Set<RallyRole>()), [viewer]);
}
