import { useQuery } from '@apollo/client/react';
import { Group, NativeSelect, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { NeedsDocument } from '../../../generated/graphql';
import { useFocusAreaOptions } from '../../domain/hooks/useSelectOptions';
import { NeedListItem } from '../../needs/components/NeedListItem';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
import { toNeedFilter } from '../browseFilter';
import { useBrowseParams } from '../hooks/useBrowseParams';

/** Volunteers and mentors find needs still taking people of their kind; the filters live in the URL. */
export function BrowseNeedsPage() {
  const { t } = useTranslation();
  const focusAreas = useFocusAreaOptions();
  const [values, set] = useBrowseParams();
  const { data, loading, error, refetch, fetchMore } = useQuery(NeedsDocument, { variables: { filter: toNeedFilter(values), first: 20 } });
  const more = useLoadMore(data?.needs, fetchMore);
  const needs = data?.needs.nodes ?? [];

  return (
    <Stack>
      <PageHeader title={t('interests.browse.title')} description={t('interests.browse.description')} />
      <SegmentedControl
        aria-label={t('interests.browse.kind')}
        value={values.kind}
        onChange={(kind) => set({ kind: kind === 'MENTOR' ? 'MENTOR' : 'VOLUNTEER' })}
        data={[
          { value: 'VOLUNTEER', label: t('interests.browse.volunteerRoles') },
          { value: 'MENTOR', label: t('interests.browse.mentorRoles') },
        ]}
      />
      <Group align="flex-end" gap="sm">
        <TextInput label={t('interests.browse.search')} value={values.q} onChange={(e) => set({ q: e.currentTarget.value })} maxLength={200} />
        <NativeSelect
          label={t('interests.browse.focusArea')}
          value={values.focusArea}
          onChange={(e) => set({ focusArea: e.currentTarget.value })}
          data={[{ value: '', label: t('interests.browse.any') }, ...focusAreas]}
        />
        <TextInput label={t('interests.browse.country')} placeholder="DE" w={90} value={values.country} maxLength={2} onChange={(e) => set({ country: e.currentTarget.value })} />
        <TextInput
          label={t('interests.browse.language')}
          placeholder="en"
          w={90}
          value={values.language}
          maxLength={2}
          onChange={(e) => set({ language: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('interests.browse.remote')}
          value={values.remote}
          onChange={(e) => set({ remote: e.currentTarget.value === 'yes' ? 'yes' : e.currentTarget.value === 'no' ? 'no' : '' })}
          data={[
            { value: '', label: t('interests.browse.any') },
            { value: 'yes', label: t('interests.browse.remoteOnly') },
            { value: 'no', label: t('interests.browse.onSiteOnly') },
          ]}
        />
        <TextInput
          label={t('interests.browse.maxHours')}
          w={140}
          inputMode="numeric"
          value={values.maxHours}
          maxLength={3}
          onChange={(e) => set({ maxHours: e.currentTarget.value.replace(/\D/g, '') })}
        />
      </Group>
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={needs.length === 0}
        emptyState={{ title: t('interests.browse.emptyTitle'), description: t('interests.browse.emptyBody') }}
      >
        <Stack gap="sm">
          {needs.map((need) => (
            <NeedListItem key={need.id} need={need} showOrganization />
          ))}
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
