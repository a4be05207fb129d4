import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Button, Group, NumberInput, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

import { useFormatters } from '../../i18n/hooks/useFormatters';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export interface HoursLogValues {
  workedOn: string | null;
  hours: number;
  note: string;
}

/** The server's refusal of a day over the limit: how many hours a day at most, and how many are logged already. */
function dailyLimitOf(error: unknown): { limit: number; logged: number } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors.find((e) => e.extensions?.reason === 'DAILY_HOURS_LIMIT')?.extensions;
  if (!extensions) return null;
  return { limit: Number(extensions.limit), logged: Number(extensions.alreadyLogged) };
}

export function HoursLogForm({
  onSubmit,
  onCancel,
  submitting = false,
  initial,
  submitLabel,
}: {
  onSubmit: (values: { workedOn: string; hours: number; note: string }) => Promise<void>;
  onCancel?: () => void;
  submitting?: boolean;
  /** An entry being corrected; a new entry starts today with two hours. */
  initial?: { workedOn: string; hours: number; note: string };
  submitLabel?: string;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const today = dayjs().format('YYYY-MM-DD');
  const form = useForm<HoursLogValues>({
    initialValues: initial ?? { workedOn: today, hours: 2, note: '' },
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
          const limit = dailyLimitOf(error);
          if (limit) {
            form.setFieldError('hours', t('hours.validation.dailyLimit', { limit: format.hours(limit.limit), logged: format.hours(limit.logged) }));
            return;
          }
          handleError(error);
        }
      })}
      noValidate
    >
      <Stack gap="sm">
        <FormErrorAlert error={formError} />
        <DateInput label={t('hours.workedOn')} required maxDate={today} valueFormat="ll" {...form.getInputProps('workedOn')} />
        {/* No clamping: 30 must be refused with a message, not silently turned into 24. */}
        <NumberInput label={t('hours.hours')} required min={0.25} max={24} clampBehavior="none" step={0.25} decimalScale={2} {...form.getInputProps('hours')} />
        <Textarea label={t('hours.note')} autosize minRows={2} maxRows={6} maxLength={2000} {...form.getInputProps('note')} />
        <Group gap="xs">
          <Button type="submit" loading={submitting}>
            {submitLabel ?? t('hours.submit')}
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
