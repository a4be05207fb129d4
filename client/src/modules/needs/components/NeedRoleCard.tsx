import { Badge, Card, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { NeedDetailFieldsFragment } from '../../../generated/graphql';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { type Formatters, useFormatters } from '../../i18n/hooks/useFormatters';
import { useSkillName } from '../../skills/hooks/useSkillName';

type NeedRole = NeedDetailFieldsFragment['roles'][number];

// The database gives every funding role a currency; the type allows none because other roles have none.
function fundingAmount(format: Formatters, { amount, currency }: Pick<NeedRole, 'amount' | 'currency'>): string {
  return currency ? format.currency(amount ?? 0, currency) : format.number(amount ?? 0);
}

export function NeedRoleCard({ role, children }: { role: NeedRole; children?: ReactNode }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const format = useFormatters();
  const skillName = useSkillName();
  return (
    <Card withBorder padding="md" component="section" aria-label={role.title}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={700} component="h3" m={0} size="md">
              {role.title}
            </Text>
            <Text size="sm" c="dimmed">
              {role.kind === 'FUNDING' ? t('needs.detail.amount', { amount: fundingAmount(format, role) }) : t('needs.detail.hoursPerMonth', { hours: role.hoursPerMonth })}
            </Text>
          </Stack>
          <Badge variant="light">{domainLabel('roleKind', role.kind)}</Badge>
        </Group>
        {role.description && <Text size="sm">{role.description}</Text>}
        {role.skills.length > 0 && (
          <Group gap={6}>
            {role.skills.map((s) => (
              <Badge key={s.skill.id} variant="outline" size="sm" tt="none">
                {skillName(s.skill)} · {domainLabel('skillLevel', s.level)}
              </Badge>
            ))}
          </Group>
        )}
        <Stack gap={2}>
          <Text size="xs" c="dimmed">
            {t('needs.detail.seatsFilled', { filled: role.seatsFilled, seats: role.seats })}
          </Text>
          <Progress
            value={(role.seatsFilled / Math.max(role.seats, 1)) * 100}
            size="sm"
            color="teal"
            aria-label={t('needs.detail.seatsFilled', { filled: role.seatsFilled, seats: role.seats })}
          />
        </Stack>
        {children}
      </Stack>
    </Card>
  );
}
