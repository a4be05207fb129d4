import { useQuery } from '@apollo/client/react';

import { CompanyEngagementsDocument } from '../../../generated/graphql';

export function useCompanyEngagements(companyId: string | null) {
  const { data, loading, error, refetch } = useQuery(CompanyEngagementsDocument, { variables: { companyId: companyId ?? '' }, skip: !companyId });
  return { company: data?.companyEngagements ?? null, loading: loading && !data, error, refetch: () => void refetch() };
}
