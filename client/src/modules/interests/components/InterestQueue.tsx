import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useInterestActions, useInterests } from '../hooks/useInterests';

/** "Interested volunteers" on a need, for its curators and nonprofit: curators make an offer in one click (the manual-match rule); both may decline. */
export function InterestQueue({ needId, canOffer }: { needId: string; canOffer: boolean }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { interests, loading, error, refetch } = useInterests({ needId, status: ['RAISED'] });
  const { offerFromInterest, declineInterest, busy } = useInterestActions();

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notifications.show({ color: 'green', message: done });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack component="section" aria-label={t('interests.queue.title')}>
      <Title order={2} size="h3">
        {t('interests.queue.title')}
      </Title>
      <QueryState loading={loading} error={error} onRetry={refetch} empty={interests.length === 0} emptyState={{ title: t('interests.queue.empty') }}>
        <Stack gap="sm">
          {interests.map((interest) => (
            <Card key={interest.id} withBorder padding="sm" component="article" aria-label={interest.candidateName}>
              <Stack gap={4}>
                <Text fw={700}>{t('interests.queue.who', { name: interest.candidateName, role: interest.role.title })}</Text>
                {interest.note && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {interest.note}
                  </Text>
                )}
                <Group gap="xs">
                  {canOffer && (
                    <Button size="xs" loading={busy} onClick={() => void act(() => offerFromInterest(interest.id), t('interests.queue.offered'))}>
                      {t('interests.queue.offer')}
                    </Button>
                  )}
                  <Button size="xs" variant="default" loading={busy} onClick={() => void act(() => declineInterest(interest.id), t('interests.queue.declined'))}>
                    {t('interests.queue.decline')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Stack>
  );
}
