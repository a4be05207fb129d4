import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useSkillName } from '../../skills/hooks/useSkillName';
import type { SkillOption } from '../../skills/types';
import type { NeedFormValues } from '../needForm';

export function NeedReviewStep({ values, skills }: { values: NeedFormValues; skills: SkillOption[] }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  const format = useFormatters();
  const localized = useSkillName();
  const skillName = (id: string) => {
    const skill = skills.find((s) => s.id === id);
    return skill ? localized(skill) : id;
  };
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('needs.form.review.heading')}
      </Title>
      <Stack gap={4}>
        <Text fw={700} size="lg">
          {values.title}
        </Text>
        <Group gap="xs">
          {values.focusArea && <Badge variant="light">{domainLabel('focusArea', values.focusArea)}</Badge>}
          {values.country && <Badge variant="outline">{names.country(values.country)}</Badge>}
          {values.language && <Badge variant="outline">{names.language(values.language)}</Badge>}
          <Badge variant="outline">{values.remote ? t('needs.form.review.remote') : t('needs.form.review.onSite')}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {values.startsOn && values.endsOn
            ? t('needs.form.review.dates', { start: format.date(values.startsOn), end: format.date(values.endsOn) })
            : values.startsOn
              ? format.date(values.startsOn)
              : t('needs.form.review.noDates')}
        </Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{values.summary}</Text>
        {values.impact && (
          <Text c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {values.impact}
          </Text>
        )}
      </Stack>
      <Title order={3} size="h5">
        {t('needs.form.review.roles')}
      </Title>
      <List spacing="xs">
        {values.roles.map((role) => (
          <List.Item key={role.key}>
            <Text span fw={600}>
              {role.title}
            </Text>{' '}
            <Badge size="sm" variant="light">
              {domainLabel('roleKind', role.kind)}
            </Badge>
            <Text size="sm" c="dimmed">
              {role.kind === 'FUNDING'
                ? t('needs.detail.amount', { amount: role.currency ? format.currency(Number(role.amount), role.currency) : format.number(Number(role.amount)) })
                : `${t('needs.detail.hoursPerMonth', { hours: role.hoursPerMonth })} · ${role.seats} × · ${role.skills
                    .map((s) => `${skillName(s.skillId)} (${domainLabel('skillLevel', s.level)})`)
                    .join(', ')}`}
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
