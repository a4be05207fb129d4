import { Select, SimpleGrid, Stack, Switch } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useCountryOptions, useLanguageOptions } from '../../domain/hooks/useSelectOptions';
import type { NeedFormValues } from '../needForm';

export interface ProgramOption {
  id: string;
  name: string;
}

export function NeedDetailsStep({ form, programs }: { form: UseFormReturnType<NeedFormValues>; programs: ProgramOption[] }) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('needs.form.fields.country')} required searchable data={countries} {...form.getInputProps('country')} />
        <Select label={t('needs.form.fields.language')} required searchable data={languages} {...form.getInputProps('language')} />
      </SimpleGrid>
      <Switch label={t('needs.form.fields.remote')} {...form.getInputProps('remote', { type: 'checkbox' })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DatePickerInput label={t('needs.form.fields.startsOn')} clearable valueFormat="ll" {...form.getInputProps('startsOn')} />
        <DatePickerInput label={t('needs.form.fields.endsOn')} clearable valueFormat="ll" minDate={form.values.startsOn ?? undefined} {...form.getInputProps('endsOn')} />
      </SimpleGrid>
      {programs.length > 0 && (
        <Select
          label={t('needs.form.fields.program')}
          placeholder={t('needs.form.fields.noProgram')}
          clearable
          data={programs.map((p) => ({ value: p.id, label: p.name }))}
          {...form.getInputProps('programId')}
        />
      )}
    </Stack>
  );
}
