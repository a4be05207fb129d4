import { NativeSelect, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { RoleKind } from '../../../generated/graphql';
import { isFocusArea, MATCH_STATUSES_BY_PROGRESS } from '../../domain/enums';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useCountryOptions, useFocusAreaOptions } from '../../domain/hooks/useSelectOptions';
import { type BoardFilters, MAX_SEARCH } from '../boardFilters';

const KINDS: RoleKind[] = ['VOLUNTEER', 'MENTOR', 'FUNDING'];

export interface BoardFilterBarProps {
  filters: BoardFilters;
  programs: { id: string; name: string }[];
  onChange: (filters: BoardFilters) => void;
}

export function BoardFilterBar({ filters, programs, onChange }: BoardFilterBarProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const countries = useCountryOptions();
  const focusAreas = useFocusAreaOptions();
  const [search, setSearch] = useState(filters.search);
  const sendSearch = useDebouncedCallback((value: string) => onChange({ ...filters, search: value }), 300);
  const set = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch });
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="xs">
      <TextInput
        label={t('curation.filters.search')}
        placeholder={t('curation.filters.searchPlaceholder')}
        leftSection={<IconSearch size={14} aria-hidden />}
        maxLength={MAX_SEARCH}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          sendSearch(event.currentTarget.value);
        }}
      />
      <NativeSelect
        label={t('curation.board.statusFilter')}
        data={MATCH_STATUSES_BY_PROGRESS.map((s) => ({ value: s, label: domainLabel('matchStatus', s) }))}
        value={filters.status}
        onChange={(event) => set({ status: MATCH_STATUSES_BY_PROGRESS.find((s) => s === event.currentTarget.value) ?? 'PROPOSED' })}
      />
      <Select
        label={t('curation.filters.program')}
        placeholder={t('curation.filters.any')}
        clearable
        data={programs.map((p) => ({ value: p.id, label: p.name }))}
        value={filters.programId}
        onChange={(value) => set({ programId: value })}
      />
      <Select
        label={t('curation.filters.kind')}
        placeholder={t('curation.filters.any')}
        clearable
        data={KINDS.map((k) => ({ value: k, label: domainLabel('roleKind', k) }))}
        value={filters.candidateKind}
        onChange={(value) => set({ candidateKind: KINDS.find((k) => k === value) ?? null })}
      />
      <Select
        label={t('curation.filters.focusArea')}
        placeholder={t('curation.filters.any')}
        clearable
        searchable
        data={focusAreas}
        value={filters.focusArea}
        onChange={(value) => set({ focusArea: value && isFocusArea(value) ? value : null })}
      />
      <Select
        label={t('curation.filters.country')}
        placeholder={t('curation.filters.any')}
        clearable
        searchable
        data={countries}
        value={filters.country}
        onChange={(value) => set({ country: value })}
      />
    </SimpleGrid>
  );
}
