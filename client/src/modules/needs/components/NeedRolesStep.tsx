import { Alert, Button, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import type { SkillOption } from '../../skills/types';
import { type NeedFormValues, newRole } from '../needForm';
import { NeedRoleFields } from './NeedRoleFields';

export interface NeedRolesStepProps {
  form: UseFormReturnType<NeedFormValues>;
  skills: SkillOption[];
  error: string | null;
}

export function NeedRolesStep({ form, skills, error }: NeedRolesStepProps) {
  const { t } = useTranslation();
  const roles = form.values.roles;
  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {roles.length === 0 && <Text c="dimmed">{t('needs.form.roles.none')}</Text>}
      {roles.map((role, index) => (
        <NeedRoleFields key={role.key} form={form} index={index} skills={skills} canRemove={roles.length > 1} />
      ))}
      <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => form.insertListItem('roles', newRole())} style={{ alignSelf: 'flex-start' }}>
        {t('needs.form.roles.add')}
      </Button>
    </Stack>
  );
}
