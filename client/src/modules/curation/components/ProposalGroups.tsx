import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import type { MatchCardFieldsFragment } from '../../../generated/graphql';
import type { NeedGroup } from '../proposalGroups';
import { ProposalRow } from './ProposalRow';

export interface ProposalGroupsProps {
  groups: NeedGroup<MatchCardFieldsFragment>[];
  selected: ReadonlySet<string>;
  busy: boolean;
  onSelect: (id: string, checked: boolean) => void;
  onApprove: (id: string) => void;
  onReject: (id: string) => void;
}

/** Needs as collapsible sections, their roles inside, each role's proposals best first. */
export function ProposalGroups({ groups, selected, busy, onSelect, onApprove, onReject }: ProposalGroupsProps) {
  const { t } = useTranslation();
  return (
    <Accordion multiple variant="separated" defaultValue={groups.map((g) => g.needId)}>
      {groups.map((need) => (
        <Accordion.Item key={need.needId} value={need.needId}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text fw={700} truncate>
                  {need.title}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {need.nonprofit}
                </Text>
              </Stack>
              <Badge variant="light">{t('curation.board.proposalCount', { count: need.count })}</Badge>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <Stack gap="sm">
              {need.roles.map((role) => (
                <Stack key={role.roleId} gap={4} component="section" aria-label={role.title}>
                  <Text size="sm" fw={600} component="h2" m={0}>
                    {role.title}
                  </Text>
                  {role.proposals.map((match) => (
                    <ProposalRow
                      key={match.id}
                      match={match}
                      busy={busy}
                      selected={selected.has(match.id)}
                      onSelect={(checked) => onSelect(match.id, checked)}
                      onApprove={() => onApprove(match.id)}
                      onReject={() => onReject(match.id)}
                    />
                  ))}
                </Stack>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
