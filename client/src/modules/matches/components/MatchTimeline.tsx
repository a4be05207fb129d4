import { Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import type { MatchPageMatch } from '../matchSides';

type LooseTranslate = (key: string, options: { defaultValue: string }) => string;

/** The match's events, oldest first: what happened, who did it, when, and any reason given. */
export function MatchTimeline({ match }: { match: MatchPageMatch }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const format = useFormatters();
  const actionLabel = (action: string) => (t as unknown as LooseTranslate)(`matchPage.timeline.actions.${action}`, { defaultValue: action });
  return (
    <section aria-labelledby="match-timeline">
      <Title order={2} size="h4" id="match-timeline" mb="xs">
        {t('matchPage.timeline.title')}
      </Title>
      {match.events.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('matchPage.timeline.empty')}
        </Text>
      ) : (
        <Timeline active={match.events.length - 1} bulletSize={14} lineWidth={2} aria-label={t('matchPage.timeline.title')}>
          {match.events.map((event) => (
            <Timeline.Item key={event.id} title={actionLabel(event.action)}>
              <Text size="sm">{t('matchPage.timeline.status', { status: domainLabel('matchStatus', event.toStatus) })}</Text>
              {event.reason && (
                <Text size="sm" c="dimmed">
                  {t('matchPage.timeline.reason', { reason: event.reason })}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {event.actor
                  ? t('matchPage.timeline.by', { date: format.dateTime(event.createdAt), name: event.actor.name })
                  : event.actorUserId
                    ? format.dateTime(event.createdAt)
                    : t('matchPage.timeline.bySystem', { date: format.dateTime(event.createdAt) })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </section>
  );
}
