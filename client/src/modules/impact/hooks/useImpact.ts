import { useQuery } from '@apollo/client/react';

import { ImpactDocument, type ImpactQueryVariables } from '../../../generated/graphql';

export function useImpact(variables: ImpactQueryVariables | null) {
  const { data, loading, error, refetch } = useQuery(ImpactDocument, { variables: variables ?? { scope: {} }, skip: !variables });
  return { report: data?.impact ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}
