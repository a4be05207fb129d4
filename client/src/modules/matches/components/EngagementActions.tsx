import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useMatchActions } from '../hooks/useMatchActions';
import { CompleteEngagementDialog } from './CompleteEngagementDialog';

/** Hours logged on the engagement that the nonprofit has not confirmed yet. */
export const unconfirmedHoursOf = (logs: readonly { hours: number; status: string }[]): number =>
  logs.filter((log) => log.status !== 'CONFIRMED').reduce((sum, log) => sum + log.hours, 0);

/**
 * Start and complete a confirmed engagement, as the match's allowedActions permit; on the engagements and match pages.
 * Completing with unconfirmed hours asks first, since they would stay unconfirmed.
 */
export function EngagementActions({
  match,
  unconfirmedHours = 0,
}: {
  match: Pick<MatchCardFieldsFragment, 'id' | 'version' | 'allowedActions' | 'confirmedAt'>;
  unconfirmedHours?: number;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useMatchActions();
  const [confirming, setConfirming] = useState(false);
  const allowed = new Set(match.allowedActions);
  const complete = async () => {
    await actions.complete(match);
    setConfirming(false);
  };
  return (
    <Stack gap="xs">
      {match.confirmedAt && (
        <Text size="xs" c="dimmed">
          {t('engagements.since', { date: format.date(match.confirmedAt) })}
        </Text>
      )}
      <Group gap="xs">
        {allowed.has('START') && (
          <Button size="sm" loading={actions.busy} onClick={() => void actions.start(match)}>
            {t('engagements.start')}
          </Button>
        )}
        {allowed.has('COMPLETE') && (
          <Button size="sm" color="teal" loading={actions.busy} onClick={() => (unconfirmedHours > 0 ? setConfirming(true) : void complete())}>
            {t('engagements.complete')}
          </Button>
        )}
      </Group>
      <CompleteEngagementDialog
        opened={confirming}
        unconfirmedHours={unconfirmedHours}
        submitting={actions.busy}
        onClose={() => setConfirming(false)}
        onConfirm={() => void complete()}
      />
    </Stack>
  );
}
