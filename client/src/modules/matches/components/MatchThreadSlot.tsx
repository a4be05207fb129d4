import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { MatchThread } from '../../messages/components/MatchThread';

/** The match page's message thread between the two sides (curators read and post too). */
export function MatchThreadSlot({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="match-thread" data-testid="match-thread-slot" data-match-id={matchId}>
      <Title order={2} size="h4" id="match-thread" mb="xs">
        {t('matchPage.thread.title')}
      </Title>
      <MatchThread matchId={matchId} />
    </section>
  );
}
