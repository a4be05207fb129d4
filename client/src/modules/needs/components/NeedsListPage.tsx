import { Button, NativeSelect, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NeedStatus } from '../../../generated/graphql';
import { NEED_STATUSES_BY_PROGRESS } from '../../domain/enums';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useMyNeeds } from '../hooks/useMyNeeds';
import { NeedListItem } from './NeedListItem';

const STATUSES = NEED_STATUSES_BY_PROGRESS;

function toStatus(value: string): NeedStatus | null {
  return STATUSES.find((s) => s === value) ?? null;
}

export function NeedsListPage() {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const [status, setStatus] = useState<NeedStatus | null>(null);
  const { needs, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useMyNeeds(status);
  return (
    <Stack>
      <PageHeader
        title={t('needs.list.title')}
        description={t('needs.list.description')}
        actions={
          <Button component={Link} to="/needs/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('needs.list.post')}
          </Button>
        }
      />
      <NativeSelect
        label={t('needs.list.filterStatus')}
        maw={260}
        value={status ?? ''}
        onChange={(event) => setStatus(toStatus(event.currentTarget.value))}
        data={[{ value: '', label: t('needs.list.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: domainLabel('needStatus', s) }))]}
      />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={needs.length === 0}
        emptyState={{
          title: t('needs.list.emptyTitle'),
          description: t('needs.list.emptyBody'),
          action: (
            <Button component={Link} to="/needs/new" variant="light">
              {t('needs.list.post')}
            </Button>
          ),
        }}
      >
        <Stack gap="sm">
          {needs.map((need) => (
            <NeedListItem key={need.id} need={need} />
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
