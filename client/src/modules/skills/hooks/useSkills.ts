import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';

import { SkillsDocument } from '../../../generated/graphql';
import type { SkillOption } from '../types';

const PAGE_SIZE = 100;

/** The whole taxonomy (a few hundred skills), fetched page by page and cached for the session. */
export function useSkills(): { skills: SkillOption[]; loading: boolean; error: unknown; refetch: () => void } {
  const { data, loading, error, fetchMore, refetch } = useQuery(SkillsDocument, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-first',
  });
  const pageInfo = data?.skills.pageInfo;

  useEffect(() => {
    if (pageInfo?.hasNextPage && pageInfo.endCursor) {
      void fetchMore({ variables: { first: PAGE_SIZE, after: pageInfo.endCursor } });
    }
  }, [pageInfo?.hasNextPage, pageInfo?.endCursor, fetchMore]);

  const skills = useMemo(() => data?.skills.nodes ?? [], [data]);
  return {
    skills,
    loading: loading || Boolean(pageInfo?.hasNextPage),
    error,
    refetch: () => void refetch(),
  };
}
