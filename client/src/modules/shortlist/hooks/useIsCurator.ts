import { useContext, useMemo } from 'react';

import { AuthContext } from '../../auth/authContext';
import { rolesOf } from '../../auth/roles';

/** Read without useAuth's throw: screens rendered without a signed-in viewer (tests, previews) simply show no curator tools. */
export function useIsCurator(): boolean {
  const viewer = useContext(AuthContext)?.viewer ?? null;
  return useMemo(() => {
    if (!viewer) return false;
    const roles = rolesOf(viewer);
    return roles.has('curator') || roles.has('platformAdmin');
  }, [viewer]);
}
