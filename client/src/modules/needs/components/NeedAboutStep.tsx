import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useFocusAreaOptions } from '../../domain/hooks/useSelectOptions';
import type { NeedFormValues } from '../needForm';

export function NeedAboutStep({ form }: { form: UseFormReturnType<NeedFormValues> }) {
  const { t } = useTranslation();
  const focusAreas = useFocusAreaOptions();
  return (
    <Stack gap="md">
      <TextInput label={t('needs.form.fields.title')} placeholder={t('needs.form.fields.titlePlaceholder')} required maxLength={200} {...form.getInputProps('title')} />
      <Textarea label={t('needs.form.fields.summary')} required autosize minRows={4} maxRows={12} {...form.getInputProps('summary')} />
      <Textarea label={t('needs.form.fields.impact')} description={t('needs.form.fields.impactHint')} autosize minRows={2} maxRows={8} {...form.getInputProps('impact')} />
      <Select label={t('needs.form.fields.focusArea')} required data={focusAreas} {...form.getInputProps('focusArea')} />
    </Stack>
  );
}
