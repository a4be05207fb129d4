import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useInterestActions, useInterests } from '../hooks/useInterests';

export function MyInterestsPage() {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { interests, loading, error, refetch, hasNextPage, loadingMore, loadMore } = useInterests({ mine: true });
  const { withdrawInterest, busy } = useInterestActions();

  const withdraw = async (id: string) => {
    try {
      await withdrawInterest(id);
      notifications.show({ message: t('interests.mine.withdrawn') });
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack>
      <PageHeader title={t('interests.mine.title')} description={t('interests.mine.description')} />
      <QueryState
        loading={loading}
        error={error}
        onRetry={refetch}
        empty={interests.length === 0}
        emptyState={{
          title: t('interests.mine.emptyTitle'),
          description: t('interests.mine.emptyBody'),
          action: (
            <Button component={Link} to="/needs/browse" variant="light">
              {t('interests.mine.browse')}
            </Button>
          ),
        }}
      >
        <Stack gap="sm">
          {interests.map((interest) => (
            <Card key={interest.id} withBorder padding="md" component="article">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/needs/${interest.need.id}`} fw={700}>
                    {interest.need.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t('interests.mine.forRole', { role: interest.role.title, organization: interest.need.nonprofit.name })}
                  </Text>
                  {interest.declineReason && <Text size="sm">{interest.declineReason}</Text>}
                  {interest.matchId && (
                    <Anchor component={Link} to={`/matches/${interest.matchId}`} size="sm">
                      {t('interests.mine.openMatch')}
                    </Anchor>
                  )}
                </Stack>
                <Stack gap="xs" align="flex-end">
                  <Badge variant="light">{t(`interests.status.${interest.status}`)}</Badge>
                  {interest.status === 'RAISED' && (
                    <Button size="xs" variant="default" loading={busy} onClick={() => void withdraw(interest.id)}>
                      {t('interests.mine.withdraw')}
                    </Button>
                  )}
                </Stack>
              </Group>
            </Card>
          ))}
          <LoadMoreButton hasNextPage={hasNextPage} loading={loadingMore} onLoadMore={loadMore} />
        </Stack>
      </QueryState>
    </Stack>
  );
}
