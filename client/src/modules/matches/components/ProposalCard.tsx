import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { StatusBadge } from '../../domain/components/StatusBadge';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import type { MatchReason, ScoreBreakdown } from '../reasons';
import type { DeclineReasonValue } from './DeclineDialog';
import { MatchReasons } from './MatchReasons';
import { RespondButtons } from './RespondButtons';

export interface ProposalCardProps {
  heading: ReactNode;
  subheading?: ReactNode;
  status: string;
  score: number;
  reasons: readonly MatchReason[];
  breakdown: ScoreBreakdown | null;
  explanation: string;
  /** ISO 4217 code of a funding role's amount. */
  currency?: string | null;
  /** Chosen by a curator by hand: no score ring. */
  manual?: boolean;
  expiresAt?: string | null;
  /** When the reader's side accepted, if it did. */
  acceptedByMeAt?: string | null;
  acceptedByOtherAt?: string | null;
  /** The reader may accept or decline now. */
  canRespond: boolean;
  onAccept?: () => Promise<void>;
  onDecline?: (reason: DeclineReasonValue, note: string) => Promise<void>;
  busy?: boolean;
  footer?: ReactNode;
  /** The match page, where the whole story of this match is. */
  detailsHref?: string;
}

function ResponseState({ status, acceptedByMeAt, acceptedByOtherAt, expiresAt }: Pick<ProposalCardProps, 'status' | 'acceptedByMeAt' | 'acceptedByOtherAt' | 'expiresAt'>) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (status !== 'OFFERED') return null;
  return (
    <Stack gap={2}>
      <Text size="sm" fw={500}>
        {acceptedByMeAt ? t('matches.actions.waitingForOther') : t('matches.actions.waitingForYou')}
      </Text>
      {acceptedByOtherAt && !acceptedByMeAt && (
        <Text size="sm" c="teal">
          {t('matches.actions.otherAccepted')}
        </Text>
      )}
      {expiresAt && (
        <Text size="xs" c="dimmed">
          {t('matches.actions.expires', { date: format.dateTime(expiresAt) })}
        </Text>
      )}
    </Stack>
  );
}

export function ProposalCard(props: ProposalCardProps) {
  const {
    heading,
    subheading,
    status,
    score,
    reasons,
    breakdown,
    explanation,
    currency = null,
    manual = false,
    canRespond,
    onAccept,
    onDecline,
    busy = false,
    footer,
    detailsHref,
  } = props;
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} component="h2" m={0} size="md">
              {heading}
            </Text>
            {subheading && (
              <Text size="sm" c="dimmed">
                {subheading}
              </Text>
            )}
          </Stack>
          <StatusBadge kind="match" status={status} />
        </Group>
        <MatchReasons score={score} reasons={reasons} breakdown={breakdown} explanation={explanation} manual={manual} currency={currency} />
        <ResponseState {...props} />
        {canRespond && <RespondButtons onAccept={onAccept} onDecline={onDecline} busy={busy} />}
        {footer}
        {detailsHref && (
          <Anchor component={Link} to={detailsHref} size="sm" style={{ alignSelf: 'flex-start' }}>
            {t('matches.openDetails')}
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
