import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NeedDetailFieldsFragment, NeedTeamQuery } from '../../../generated/graphql';
import { StatusBadge } from '../../domain/components/StatusBadge';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useNeedTeam } from '../hooks/useNeedTeam';

type TeamRole = Pick<NeedDetailFieldsFragment['roles'][number], 'id' | 'title' | 'kind' | 'seats' | 'seatsFilled' | 'seatsOpen'>;
export type TeamMember = NeedTeamQuery['matches']['nodes'][number];

// Beyond this many open seats a role shows a count instead of one line per seat.
const OPEN_SEATS_LISTED = 3;

function memberName(m: TeamMember): string {
  return m.volunteerProfile?.user.name ?? m.mentorProfile?.user.name ?? m.fundingOffer?.funder.name ?? '';
}

function RoleSeats({ role, members }: { role: TeamRole; members: TeamMember[] }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const open = Math.max(role.seatsOpen, 0);
  return (
    <Card withBorder padding="sm" component="li" aria-label={role.title}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={600} size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            {role.title}
          </Text>
          <Badge size="xs" variant="light">
            {domainLabel('roleKind', role.kind)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {t('team.seats', { filled: role.seatsFilled, seats: role.seats })}
        </Text>
        <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {members.map((m) => (
            <Group key={m.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
              <Anchor component={Link} to={`/matches/${m.id}`} size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {memberName(m)}
              </Anchor>
              <StatusBadge kind="match" status={m.status} />
            </Group>
          ))}
          {open > 0 && open <= OPEN_SEATS_LISTED
            ? Array.from({ length: open }, (_, i) => (
                <Group key={`open-${i}`} component="li" gap={6} c="dimmed">
                  <IconUserPlus size={14} aria-hidden />
                  <Text size="sm">{t('team.openSeat')}</Text>
                </Group>
              ))
            : open > 0 && (
                <Group component="li" gap={6} c="dimmed">
                  <IconUserPlus size={14} aria-hidden />
                  <Text size="sm">{t('team.openSeats', { count: open })}</Text>
                </Group>
              )}
          {open === 0 && members.length === 0 && (
            <Text component="li" size="sm" c="dimmed">
              {t('team.full')}
            </Text>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/** A need's roles as one team: who is confirmed in which role (the matches the viewer may see), and the seats still open. */
export function NeedTeamView({ roles, members }: { roles: readonly TeamRole[]; members: readonly TeamMember[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="need-team">
      <Title order={2} size="h3" id="need-team">
        {t('team.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('team.description')}
      </Text>
      {roles.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('team.empty')}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {roles.map((role) => (
            <RoleSeats key={role.id} role={role} members={members.filter((m) => m.roleId === role.id)} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

export function NeedTeam({ needId, roles }: { needId: string; roles: readonly TeamRole[] }) {
  return <NeedTeamView roles={roles} members={useNeedTeam(needId)} />;
}
