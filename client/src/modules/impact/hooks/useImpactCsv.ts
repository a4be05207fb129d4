import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { downloadCsv, toCsv } from '../csv';

export function useImpactCsv(): (engagements: MatchCardFieldsFragment[]) => void {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  return useCallback(
    (engagements) => {
      const csv = toCsv(engagements, [
        { header: t('impact.csv.need'), value: (m) => m.need.title },
        { header: t('impact.csv.organization'), value: (m) => m.need.nonprofit.name },
        { header: t('impact.csv.role'), value: (m) => m.role.title },
        { header: t('impact.csv.kind'), value: (m) => domainLabel('roleKind', m.candidateKind) },
        { header: t('impact.csv.status'), value: (m) => domainLabel('matchStatus', m.status) },
        { header: t('impact.csv.focusArea'), value: (m) => domainLabel('focusArea', m.need.focusArea) },
        { header: t('impact.csv.country'), value: (m) => names.country(m.need.country) },
        { header: t('impact.csv.confirmedAt'), value: (m) => m.confirmedAt?.slice(0, 10) },
        { header: t('impact.csv.completedAt'), value: (m) => m.completedAt?.slice(0, 10) },
        { header: t('impact.csv.score'), value: (m) => m.score.toFixed(2) },
      ]);
      downloadCsv(`rally-impact-${new Date().toISOString().slice(0, 10)}.csv`, csv);
    },
    [t, domainLabel, names],
  );
}
