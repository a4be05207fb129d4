import { useMemo } from 'react';

import { useAuth } from '../../auth/hooks/useAuth';

export function useMyNonprofits(): { id: string; name: string }[] {
  const { viewer } = useAuth();
  return useMemo(() => (viewer?.memberships ?? []).filter((m) => m.organization.kind === 'NONPROFIT').map((m) => ({ id: m.organization.id, name: m.organization.name })), [viewer]);
}
