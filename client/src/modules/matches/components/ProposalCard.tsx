import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { StatusBadge } from '../../domain/components/StatusBadge';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import type { MatchReason, ScoreBreakdown } from '../reasons';
import { DeclineDialog, type DeclineReasonValue } from './DeclineDialog';
import { MatchReasons } from './MatchReasons';

export interface ProposalCardProps {
  heading: ReactNode;
  subheading?: ReactNode;
  status: string;
  score: number;
  /** A curator chose this candidate by hand; there is no engine score to show. */
  manual?: boolean;
  reasons: readonly MatchReason[];
  breakdown: ScoreBreakdown | null;
  explanation: string;
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
  const { heading, subheading, status, score, manual = false, reasons, breakdown, explanation, canRespond, onAccept, onDecline, busy = false, footer } = props;
  const { t } = useTranslation();
  const [declineOpen, decline] = useDisclosure(false);
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} component="h3" m={0} size="md">
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
        <MatchReasons score={score} manual={manual} reasons={reasons} breakdown={breakdown} explanation={explanation} />
        <ResponseState {...props} />
        {canRespond && (onAccept || onDecline) && (
          <Group gap="xs">
            {onAccept && (
              <Button leftSection={<IconCheck size={16} aria-hidden />} color="teal" loading={busy} onClick={() => void onAccept()}>
                {t('matches.actions.accept')}
              </Button>
            )}
            {onDecline && (
              <Button leftSection={<IconX size={16} aria-hidden />} variant="default" disabled={busy} onClick={decline.open}>
                {t('matches.actions.decline')}
              </Button>
            )}
          </Group>
        )}
        {footer}
      </Stack>
      {onDecline && (
        <DeclineDialog
          opened={declineOpen}
          onClose={decline.close}
          submitting={busy}
          onConfirm={async (reason, note) => {
            await onDecline(reason, note);
            decline.close();
          }}
        />
      )}
    </Card>
  );
}
