import { ActionIcon, Group, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { SkillPicker } from '../../skills/components/SkillPicker';
import type { SkillOption } from '../../skills/types';
import type { NeedFormValues, RoleKindValue } from '../needForm';

const KINDS: RoleKindValue[] = ['VOLUNTEER', 'MENTOR', 'FUNDING'];

export interface NeedRoleFieldsProps {
  form: UseFormReturnType<NeedFormValues>;
  index: number;
  skills: SkillOption[];
  canRemove: boolean;
}

export function NeedRoleFields({ form, index, skills, canRemove }: NeedRoleFieldsProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const role = form.values.roles[index];
  if (!role) return null;
  const path = (field: string) => `roles.${index}.${field}`;
  const n = index + 1;
  return (
    <Paper withBorder p="md" component="fieldset" style={{ margin: 0 }}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text component="legend" fw={700}>
            {t('needs.form.roles.role', { n })}
          </Text>
          {canRemove && (
            <ActionIcon variant="subtle" color="red" aria-label={t('needs.form.roles.remove', { n })} onClick={() => form.removeListItem('roles', index)}>
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id={`${role.key}-kind`}>
            {t('needs.form.roles.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby={`${role.key}-kind`}
            fullWidth
            disabled={Boolean(role.id)}
            data={KINDS.map((kind) => ({ value: kind, label: domainLabel('roleKind', kind) }))}
            {...form.getInputProps(path('kind'))}
          />
        </Stack>
        <TextInput label={t('needs.form.roles.title')} placeholder={t('needs.form.roles.titlePlaceholder')} required maxLength={200} {...form.getInputProps(path('title'))} />
        <Textarea label={t('needs.form.roles.description')} autosize minRows={2} maxRows={6} {...form.getInputProps(path('description'))} />
        {role.kind === 'FUNDING' ? (
          <NumberInput
            label={t('needs.form.roles.amount')}
            required
            min={1}
            thousandSeparator
            allowDecimal={false}
            suffix={role.currency ? ` ${role.currency}` : undefined}
            {...form.getInputProps(path('amount'))}
          />
        ) : (
          <>
            <SimpleGrid cols={2}>
              <NumberInput label={t('needs.form.roles.hoursPerMonth')} min={0} max={200} allowDecimal={false} {...form.getInputProps(path('hoursPerMonth'))} />
              <NumberInput label={t('needs.form.roles.seats')} min={1} max={50} allowDecimal={false} {...form.getInputProps(path('seats'))} />
            </SimpleGrid>
            <SkillPicker
              label={t('needs.form.roles.skills')}
              skills={skills}
              withWeight
              value={role.skills}
              error={form.errors[path('skills')] as string | undefined}
              onChange={(value) => form.setFieldValue(path('skills'), value)}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
