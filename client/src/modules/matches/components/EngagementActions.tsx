import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useMatchActions } from '../hooks/useMatchActions';

/** Start and complete a confirmed engagement, as the match's allowedActions permit; on the engagements and match pages. */
export function EngagementActions({ match }: { match: MatchCardFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const actions = useMatchActions();
  const allowed = new Set(match.allowedActions);
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
          <Button size="sm" color="teal" loading={actions.busy} onClick={() => void actions.complete(match)}>
            {t('engagements.complete')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
