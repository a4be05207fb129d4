import { Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';

export interface ProposalRowProps {
  /** The board also asks which network partner proposed the match, if one did. */
  match: MatchCardFieldsFragment & { proposedByIntermediary?: { name: string } | null };
  selected: boolean;
  busy: boolean;
  onSelect: (checked: boolean) => void;
  onApprove: () => void;
  onReject: () => void;
}

export function candidateName(match: MatchCardFieldsFragment): string {
  const person = match.volunteerProfile?.user.name ?? match.mentorProfile?.user.name;
  if (person) return person;
  return match.fundingOffer ? `${match.fundingOffer.funder.name} · ${match.fundingOffer.title}` : '';
}

/** One proposal in one line or two: who, how well they fit and why, and the curator's buttons. */
export function ProposalRow({ match, selected, busy, onSelect, onApprove, onReject }: ProposalRowProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const format = useFormatters();
  const name = candidateName(match);
  const canApprove = match.allowedActions.includes('APPROVE');
  const canReject = match.allowedActions.includes('REJECT');
  return (
    <Paper withBorder px="sm" py={6} component="article" aria-label={name}>
      <Group wrap="nowrap" gap="sm" align="center">
        {(canApprove || canReject) && (
          <Checkbox
            aria-label={t('curation.board.select', { role: `${match.role.title} · ${name}` })}
            checked={selected}
            onChange={(event) => onSelect(event.currentTarget.checked)}
          />
        )}
        <Badge variant="light" color={match.manual ? 'gray' : 'teal'} w={64} style={{ flexShrink: 0 }}>
          {match.manual ? t('curation.board.manual') : format.percent(match.score)}
        </Badge>
        <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm" truncate component={Link} to={`/matches/${match.id}`}>
              {name}
            </Text>
            <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
              {domainLabel('roleKind', match.candidateKind)}
            </Text>
          </Group>
          {match.proposedByIntermediary && (
            <Badge size="xs" variant="outline" color="grape" w="fit-content">
              {t('networks.proposedBy', { name: match.proposedByIntermediary.name })}
            </Badge>
          )}
          {match.explanation && (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {match.explanation}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          {canApprove && (
            <Button size="compact-sm" color="teal" loading={busy} onClick={onApprove}>
              {t('curation.board.approve')}
            </Button>
          )}
          {canReject && (
            <Button size="compact-sm" color="red" variant="light" onClick={onReject}>
              {t('curation.board.reject')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
