import { useTranslation } from 'react-i18next';

import type { NavLabelKey } from '../../shell/navigation';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

export function ComingSoonPage({ title }: { title: NavLabelKey }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${title}`)} />
      <EmptyState description={t('common.comingSoon')} />
    </>
  );
}
