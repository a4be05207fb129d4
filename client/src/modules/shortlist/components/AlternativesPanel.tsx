import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { StatusBadge } from '../../domain/components/StatusBadge';
import { MatchReasons } from '../../matches/components/MatchReasons';
import type { MatchPageMatch } from '../../matches/matchSides';
import { QueryState } from '../../ui/components/QueryState';
import { useIsCurator } from '../hooks/useIsCurator';
import { type ShortlistEntry, useProposeAlternative, useShortlist } from '../hooks/useShortlist';
import { ProposeInsteadDialog } from './ProposeInsteadDialog';

type PanelMatch = Pick<MatchPageMatch, 'id' | 'status'> & { role: Pick<MatchPageMatch['role'], 'id'> };

/** The role's ranked alternatives, for the curators who may swap the run's proposal; nobody else sees the panel. */
export function AlternativesPanel({ match }: { match: PanelMatch }) {
  const curator = useIsCurator();
  if (!curator) return null;
  return <AlternativesList match={match} />;
}

export function AlternativesList({ match }: { match: PanelMatch }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { entries, loading, error, refetch } = useShortlist(match.id);
  const { propose, loading: proposing } = useProposeAlternative();
  const [chosen, setChosen] = useState<ShortlistEntry | null>(null);
  const [proposeError, setProposeError] = useState<unknown>(null);
  // Only a proposal still waiting for the curator can be swapped out; otherwise the pick is added beside it.
  const replaces = match.status === 'PROPOSED';

  const confirm = async (reason: string) => {
    if (!chosen) return;
    setProposeError(null);
    try {
      const created = await propose({ roleId: match.role.id, candidateId: chosen.candidateId, replacesMatchId: replaces ? match.id : null, reason });
      if (created) void navigate(`/matches/${created.id}`);
    } catch (e) {
      setProposeError(e);
    }
  };
  const close = () => {
    setChosen(null);
    setProposeError(null);
  };

  return (
    <section aria-labelledby="match-alternatives">
      <Title order={2} size="h4" id="match-alternatives" mb="xs">
        {t('shortlist.title')}
      </Title>
      <QueryState
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        empty={entries.length === 0}
        emptyState={{ title: t('shortlist.empty'), description: t('shortlist.emptyHint') }}
      >
        <Stack gap="sm">
          {entries.map((entry) => (
            <AlternativeCard key={entry.id} entry={entry} onPropose={() => setChosen(entry)} />
          ))}
        </Stack>
      </QueryState>
      <ProposeInsteadDialog entry={chosen} replaces={replaces} busy={proposing} error={proposeError} onConfirm={(reason) => void confirm(reason)} onClose={close} />
    </section>
  );
}

function AlternativeCard({ entry, onPropose }: { entry: ShortlistEntry; onPropose: () => void }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="article" aria-label={entry.candidateName}>
      <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
        <div>
          <Text fw={600}>{t('shortlist.rank', { rank: entry.rank, name: entry.candidateName })}</Text>
          <Text size="sm" c="dimmed">
            {entry.candidateHeadline}
          </Text>
        </div>
        <Group gap="xs">
          {entry.proposed && <Badge variant="light">{t('shortlist.proposedByRun')}</Badge>}
          {entry.matchStatus && <StatusBadge kind="match" status={entry.matchStatus} />}
          <Button size="xs" variant="light" disabled={entry.matchId !== null} onClick={onPropose}>
            {t('shortlist.proposeInstead')}
          </Button>
        </Group>
      </Group>
      <MatchReasons score={entry.score} reasons={entry.reasons} breakdown={entry.breakdown} explanation="" />
    </Card>
  );
}
