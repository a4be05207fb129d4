import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';

import { PageHeader } from '../../ui/components/PageHeader';
import { MatchThread } from './MatchThread';

/** Until the match page exists: the thread alone at /matches/:id/messages. */
export function MatchMessagesPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  if (!id) return null;
  return (
    <>
      <PageHeader title={t('messages.title')} />
      <MatchThread matchId={id} />
    </>
  );
}
