import { Button, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useCountryOptions, useFocusAreaOptions } from '../../domain/hooks/useSelectOptions';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export interface FundingOfferFormValues {
  title: string;
  description: string;
  focusAreas: string[];
  countries: string[];
  minTicket: number;
  maxTicket: number;
  budgetTotal: number;
  currency: string;
}

export const CURRENCIES = ['EUR', 'USD', 'JPY', 'GBP', 'CHF', 'KRW', 'SGD', 'INR', 'KES'] as const;

export interface FundingOfferFormProps {
  initialValues?: Partial<FundingOfferFormValues>;
  onSubmit: (values: FundingOfferFormValues) => Promise<void>;
  submitting?: boolean;
}

export function FundingOfferForm({ initialValues, onSubmit, submitting = false }: FundingOfferFormProps) {
  const { t } = useTranslation();
  const focusAreas = useFocusAreaOptions();
  const countries = useCountryOptions();
  const form = useForm<FundingOfferFormValues>({
    initialValues: { title: '', description: '', focusAreas: [], countries: [], minTicket: 1000, maxTicket: 10000, budgetTotal: 50000, currency: 'EUR', ...initialValues },
    validate: {
      title: (value) => (value.trim() ? null : t('funding.validation.titleRequired')),
      minTicket: (value) => (value > 0 ? null : t('funding.validation.positive')),
      maxTicket: (value, values) => (value > 0 ? (value >= values.minTicket ? null : t('funding.validation.ticketOrder')) : t('funding.validation.positive')),
      budgetTotal: (value, values) => (value >= values.maxTicket ? null : t('funding.validation.budgetRange')),
      currency: (value) => (value ? null : t('funding.validation.currencyRequired')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);
  const currency = form.values.currency;

  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        clear();
        try {
          await onSubmit({ ...values, title: values.title.trim() });
        } catch (error) {
          handleError(error);
        }
      })}
      noValidate
    >
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput label={t('funding.form.title')} required maxLength={200} {...form.getInputProps('title')} />
        <Textarea label={t('funding.form.description')} autosize minRows={3} maxRows={10} {...form.getInputProps('description')} />
        <MultiSelect label={t('funding.form.focusAreas')} description={t('funding.form.focusAreasHint')} data={focusAreas} searchable {...form.getInputProps('focusAreas')} />
        <MultiSelect label={t('funding.form.countries')} description={t('funding.form.countriesHint')} data={countries} searchable {...form.getInputProps('countries')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('funding.form.currency')} required data={[...CURRENCIES]} {...form.getInputProps('currency')} />
          <NumberInput label={t('funding.form.budgetTotal')} required min={1} thousandSeparator suffix={` ${currency}`} {...form.getInputProps('budgetTotal')} />
          <NumberInput label={t('funding.form.minTicket')} required min={1} thousandSeparator suffix={` ${currency}`} {...form.getInputProps('minTicket')} />
          <NumberInput label={t('funding.form.maxTicket')} required min={1} thousandSeparator suffix={` ${currency}`} {...form.getInputProps('maxTicket')} />
        </SimpleGrid>
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {t('funding.form.submit')}
        </Button>
      </Stack>
    </form>
  );
}
