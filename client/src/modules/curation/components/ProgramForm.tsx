import { Button, Checkbox, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export interface ProgramFormValues {
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  requiresMentor: boolean;
  curationRequired: boolean;
}

export function ProgramForm({ onSubmit, submitting = false, submitLabel }: { onSubmit: (values: ProgramFormValues) => Promise<void>; submitting?: boolean; submitLabel: string }) {
  const { t } = useTranslation();
  const form = useForm<ProgramFormValues>({
    initialValues: { name: '', description: '', startsOn: null, endsOn: null, requiresMentor: false, curationRequired: true },
    validate: {
      name: (value) => (value.trim() ? null : t('programs.validation.nameRequired')),
      endsOn: (value, values) => (value && values.startsOn && value < values.startsOn ? t('needs.form.validation.datesOrder') : null),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        clear();
        try {
          await onSubmit({ ...values, name: values.name.trim() });
          form.reset();
        } catch (error) {
          handleError(error);
        }
      })}
      noValidate
    >
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <TextInput label={t('programs.fields.name')} required maxLength={200} {...form.getInputProps('name')} />
        <Textarea label={t('programs.fields.description')} autosize minRows={2} maxRows={8} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DatePickerInput label={t('programs.fields.startsOn')} clearable valueFormat="ll" {...form.getInputProps('startsOn')} />
          <DatePickerInput label={t('programs.fields.endsOn')} clearable valueFormat="ll" {...form.getInputProps('endsOn')} />
        </SimpleGrid>
        <Checkbox label={t('programs.fields.requiresMentor')} {...form.getInputProps('requiresMentor', { type: 'checkbox' })} />
        <Checkbox label={t('programs.fields.curationRequired')} {...form.getInputProps('curationRequired', { type: 'checkbox' })} />
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
