import { Anchor, Collapse, Group, List, Progress, RingProgress, Stack, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useReasonText } from '../hooks/useReasonText';
import { type MatchReason, SCORE_PARTS, type ScoreBreakdown } from '../reasons';

export interface MatchReasonsProps {
  score: number;
  /** A curator chose the candidate by hand: the engine scored nothing, so no ring is drawn. */
  manual?: boolean;
  reasons: readonly MatchReason[];
  breakdown: ScoreBreakdown | null;
  /** The engine's English sentence, shown when no structured reason is readable. */
  explanation: string;
  /** ISO 4217 code of a funding role's amount. */
  currency?: string | null;
}

export function MatchReasons({ score, manual = false, reasons, breakdown, explanation, currency = null }: MatchReasonsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reasonText = useReasonText();
  const [detailsOpen, { toggle }] = useDisclosure(false);
  const lines = reasonText(reasons, currency);
  const shownParts = breakdown ? SCORE_PARTS : [];
  const percent = Math.round(score * 100);
  const chosenByCurator = manual || reasons.some((reason) => reason.kind === 'MANUAL');

  return (
    <Group align="flex-start" wrap="nowrap" gap="md">
      {chosenByCurator ? (
        <Stack gap={4} align="center" w={64}>
          <ThemeIcon size={40} radius="xl" variant="light" color="violet" aria-hidden>
            <IconUserCheck size={22} />
          </ThemeIcon>
          <Text ta="center" size="xs" fw={600} lh={1.2}>
            {t('matches.chosenByCurator')}
          </Text>
        </Stack>
      ) : (
        <RingProgress
          size={64}
          thickness={6}
          roundCaps
          sections={[{ value: percent, color: percent >= 70 ? 'teal' : percent >= 40 ? 'blue' : 'gray' }]}
          label={
            <Text ta="center" size="xs" fw={700}>
              {format.percent(score)}
            </Text>
          }
          aria-label={t('matches.score', { score: format.percent(score) })}
        />
      )}
      <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={600}>
          {t('matches.why')}
        </Text>
        {lines.length > 0 ? (
          <List size="sm" spacing={2}>
            {lines.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{explanation}</Text>
        )}
        {shownParts.length > 0 && (
          <>
            <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={detailsOpen} style={{ alignSelf: 'flex-start' }}>
              {t('matches.scoreDetails')}
            </Anchor>
            <Collapse expanded={detailsOpen}>
              <Stack gap={6}>
                {shownParts.map((part) => (
                  <div key={part}>
                    <Group justify="space-between" gap="xs">
                      <Text size="xs">{t(`matches.parts.${part}`)}</Text>
                      <Text size="xs" c="dimmed">
                        {format.percent(breakdown?.parts[part] ?? 0)}
                        {` · ${t('matches.weight', { weight: format.number(breakdown?.weights[part] ?? 0, { maximumFractionDigits: 2 }) })}`}
                      </Text>
                    </Group>
                    <Progress value={(breakdown?.parts[part] ?? 0) * 100} size="sm" aria-label={t(`matches.parts.${part}`)} />
                  </div>
                ))}
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </Group>
  );
}
