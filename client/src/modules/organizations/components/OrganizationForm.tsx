import { Button, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useCountryOptions, useLanguageOptions } from '../../domain/hooks/useSelectOptions';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export interface OrganizationFormValues {
  name: string;
  country: string;
  languages: string[];
  website: string;
  description: string;
}

export interface OrganizationFormProps {
  initialValues?: Partial<OrganizationFormValues>;
  submitLabel: string;
  onSubmit: (values: OrganizationFormValues) => Promise<void>;
  submitting?: boolean;
}

const WEBSITE_PATTERN = /^https?:\/\/[^\s.]+\.[^\s]+$/i;

export function OrganizationForm({ initialValues, submitLabel, onSubmit, submitting = false }: OrganizationFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const form = useForm<OrganizationFormValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', country: '', languages: [language], website: '', description: '', ...initialValues },
    validate: {
      name: (value) => (value.trim().length >= 2 ? null : t('onboarding.validation.nameTooShort')),
      country: (value) => (value ? null : t('onboarding.validation.countryRequired')),
      languages: (value) => (value.length > 0 ? null : t('onboarding.validation.languagesRequired')),
      website: (value) => (!value.trim() || WEBSITE_PATTERN.test(value.trim()) ? null : t('onboarding.validation.websiteInvalid')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit({ ...values, name: values.name.trim(), website: values.website.trim() });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput label={t('onboarding.organization.name')} required autoComplete="organization" key={form.key('name')} {...form.getInputProps('name')} />
        <Select label={t('onboarding.organization.country')} required searchable data={countries} key={form.key('country')} {...form.getInputProps('country')} />
        <MultiSelect label={t('onboarding.organization.languages')} required searchable data={languages} key={form.key('languages')} {...form.getInputProps('languages')} />
        <TextInput
          label={t('onboarding.organization.website')}
          placeholder={t('onboarding.organization.websitePlaceholder')}
          type="url"
          autoComplete="url"
          key={form.key('website')}
          {...form.getInputProps('website')}
        />
        <Textarea label={t('onboarding.organization.description')} autosize minRows={3} maxRows={10} key={form.key('description')} {...form.getInputProps('description')} />
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
