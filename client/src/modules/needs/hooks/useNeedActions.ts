import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { CancelNeedDocument, CreateNeedDocument, PublishNeedDocument } from '../../../generated/graphql';
import type { NeedFormValues } from '../needForm';
import { toCreateNeedInput } from '../needInput';

export function useNeedActions() {
  const [create, createState] = useMutation(CreateNeedDocument, { refetchQueries: ['Needs'] });
  const [publish, publishState] = useMutation(PublishNeedDocument);
  const [cancel, cancelState] = useMutation(CancelNeedDocument);

  const createNeed = useCallback(
    async (values: NeedFormValues, nonprofitId: string) => {
      const { data } = await create({ variables: { input: toCreateNeedInput(values, nonprofitId) } });
      return data?.createNeed.id ?? null;
    },
    [create],
  );

  return {
    createNeed,
    publishNeed: useCallback(async (id: string) => void (await publish({ variables: { id } })), [publish]),
    cancelNeed: useCallback(async (id: string, reason: string) => void (await cancel({ variables: { id, reason } })), [cancel]),
    creating: createState.loading || publishState.loading,
    publishing: publishState.loading,
    cancelling: cancelState.loading,
  };
}
