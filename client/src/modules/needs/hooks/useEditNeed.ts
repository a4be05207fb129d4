import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';

import { AddNeedRoleDocument, RemoveNeedRoleDocument, UpdateNeedDocument, UpdateNeedRoleDocument } from '../../../generated/graphql';
import { planRoleChanges, toUpdateNeedInput } from '../needEdit';
import type { NeedFormValues } from '../needForm';

/**
 * Saves an edited need as the API's separate need and role mutations. Removals go first: the API
 * refuses to remove a role with open matches, and then nothing else has changed yet.
 */
export function useEditNeed(needId: string) {
  const [updateNeed] = useMutation(UpdateNeedDocument);
  const [addRole] = useMutation(AddNeedRoleDocument);
  const [updateRole] = useMutation(UpdateNeedRoleDocument);
  const [removeRole] = useMutation(RemoveNeedRoleDocument);
  const [saving, setSaving] = useState(false);

  const saveNeed = useCallback(
    async (before: NeedFormValues, after: NeedFormValues) => {
      const { removed, changed, added } = planRoleChanges(before.roles, after.roles);
      const needInput = toUpdateNeedInput(before, after);
      setSaving(true);
      try {
        for (const roleId of removed) await removeRole({ variables: { roleId } });
        if (Object.keys(needInput).length > 0) await updateNeed({ variables: { id: needId, input: needInput } });
        for (const { id, input } of changed) await updateRole({ variables: { roleId: id, input } });
        for (const input of added) await addRole({ variables: { needId, input } });
      } finally {
        setSaving(false);
      }
    },
    [needId, addRole, updateNeed, updateRole, removeRole],
  );

  return { saveNeed, saving };
}
