import { Button, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { MatchProposalCard } from '../../matches/components/MatchProposalCard';
import { useOfferedMatches } from '../../matches/hooks/useMatches';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';

/** Proposals offered to the viewer: as a volunteer or mentor, or (funding) to their funder's offers. */
export function OffersPage({ funding = false }: { funding?: boolean }) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const { proposals, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useOfferedMatches(showAll ? null : 'OFFERED', funding ? 'FUNDING' : null);
  const shown = proposals.filter((m) => (m.candidateKind === 'FUNDING') === funding);
  const title = funding ? t('funding.proposals.title') : t('offers.title');
  return (
    <Stack>
      <PageHeader title={title} description={funding ? t('funding.proposals.description') : t('offers.description')} />
      <Switch label={t('offers.showAll')} checked={showAll} onChange={(event) => setShowAll(event.currentTarget.checked)} />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={shown.length === 0}
        emptyState={{
          title: funding ? t('funding.proposals.emptyTitle') : t('offers.emptyTitle'),
          description: funding ? t('funding.proposals.emptyBody') : t('offers.emptyBody'),
          action: funding ? undefined : (
            <Button component={Link} to="/profile" variant="light">
              {t('offers.editProfile')}
            </Button>
          ),
        }}
      >
        <Stack gap="md">
          {shown.map((match) => (
            <MatchProposalCard key={match.id} match={match} perspective="candidate" />
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}

export function FundingProposalsPage() {
  return <OffersPage funding />;
}
