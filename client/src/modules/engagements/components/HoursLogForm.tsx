import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export interface HoursLogValues {
  workedOn: string | null;
  hours: number;
  note: string;
}

export function HoursLogForm({
  onSubmit,
  onCancel,
  submitting = false,
}: {
  onSubmit: (values: { workedOn: string; hours: number; note: string }) => Promise<void>;
  onCancel?: () => void;
  submitting?: boolean;
}) {
  const { t } = useTranslation();
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<HoursLogValues>({
    initialValues: { workedOn: today, hours: 2, note: '' },
    validate: {
      workedOn: (value) => (!value ? t('hours.validation.dateRequired') : value > today ? t('hours.validation.future') : null),
      hours: (value) => (value >= 0.25 && value <= 24 ? null : t('hours.validation.hoursRange')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        clear();
        try {
          await onSubmit({ workedOn: values.workedOn ?? today, hours: values.hours, note: values.note.trim() });
          form.reset();
        } catch (error) {
          handleError(error);
        }
      })}
      noValidate
    >
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <DateInput label={t('hours.workedOn')} required maxDate={today} valueFormat="ll" {...form.getInputProps('workedOn')} />
        <NumberInput label={t('hours.hours')} required min={0.25} max={24} step={0.25} decimalScale={2} {...form.getInputProps('hours')} />
        <Textarea label={t('hours.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
        <Group gap="xs">
          <Button type="submit" loading={submitting}>
            {t('hours.submit')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
