import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * RESERVED FOR THE MESSAGE THREAD. `MatchThread` is built separately; the lead wires
 * `<MatchThread matchId={matchId} />` in here. Until then this section only says so.
 */
export function MatchThreadSlot({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="match-thread" data-testid="match-thread-slot" data-match-id={matchId}>
      <Title order={2} size="h4" id="match-thread" mb="xs">
        {t('matchPage.thread.title')}
      </Title>
      <Card withBorder padding="md" style={{ borderStyle: 'dashed' }}>
        <Text size="sm" c="dimmed">
          {t('matchPage.thread.placeholder')}
        </Text>
      </Card>
    </section>
  );
}
