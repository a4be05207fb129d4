import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';

import { CreateOrganizationDocument, type CreateOrganizationInput, MeDocument, type OrganizationFieldsFragment } from '../../../generated/graphql';

export function useCreateOrganization(): {
  createOrganization: (input: CreateOrganizationInput) => Promise<OrganizationFieldsFragment | null>;
  loading: boolean;
} {
  const [mutate, { loading }] = useMutation(CreateOrganizationDocument, {
    // The new membership changes the viewer's roles and so the navigation.
    refetchQueries: [MeDocument],
    awaitRefetchQueries: true,
  });
  const createOrganization = useCallback(
    async (input: CreateOrganizationInput) => {
      const { data } = await mutate({ variables: { input } });
      return data?.createOrganization ?? null;
    },
    [mutate],
  );
  return { createOrganization, loading };
}
