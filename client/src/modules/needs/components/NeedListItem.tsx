import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { NeedSummaryFieldsFragment } from '../../../generated/graphql';
import { StatusBadge } from '../../domain/components/StatusBadge';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';

export function NeedListItem({ need, showOrganization = false }: { need: NeedSummaryFieldsFragment; showOrganization?: boolean }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  const format = useFormatters();
  const seats = need.roles.reduce((sum, r) => sum + r.seats, 0);
  const filled = need.roles.reduce((sum, r) => sum + r.seatsFilled, 0);
  return (
    <Card withBorder padding="md" component="article">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={`/needs/${need.id}`} fw={700}>
            {need.title}
          </Anchor>
          {showOrganization && (
            <Text size="sm" c="dimmed">
              {need.nonprofit.name}
            </Text>
          )}
          <Group gap={6}>
            <Badge variant="light" size="sm">
              {domainLabel('focusArea', need.focusArea)}
            </Badge>
            <Badge variant="outline" size="sm">
              {names.country(need.country)}
            </Badge>
            <Text size="xs" c="dimmed">
              {t('needs.list.roles', { count: need.roles.length })} · {t('needs.detail.seatsFilled', { filled, seats })}
            </Text>
          </Group>
          <Text size="xs" c="dimmed">
            {t('needs.list.updated', { when: format.relative(need.updatedAt) })}
          </Text>
        </Stack>
        <StatusBadge kind="need" status={need.status} />
      </Group>
    </Card>
  );
}
