import { Button, Checkbox, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';

import { useCountryOptions, useFocusAreaOptions, useLanguageOptions, useTimeZoneOptions } from '../../domain/hooks/useSelectOptions';
import { SkillPicker } from '../../skills/components/SkillPicker';
import type { SkillLevelValue, SkillOption } from '../../skills/types';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';

export type ProfileVariant = 'volunteer' | 'mentor';

export interface ProfileFormValues {
  headline: string;
  bio: string;
  languages: string[];
  country: string;
  timeZone: string;
  hoursPerMonth: number;
  /** Concurrent engagements for a volunteer, mentees for a mentor. */
  capacity: number;
  causes: string[];
  remoteOk: boolean;
  onSiteOk: boolean;
  available: boolean;
  skills: SkillLevelValue[];
}

export function defaultProfileValues(language: string): ProfileFormValues {
  return {
    headline: '',
    bio: '',
    languages: [language],
    country: '',
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    hoursPerMonth: 8,
    capacity: 1,
    causes: [],
    remoteOk: true,
    onSiteOk: false,
    available: true,
    skills: [],
  };
}

export interface ProfileFormProps {
  variant: ProfileVariant;
  skills: SkillOption[];
  initialValues: ProfileFormValues;
  submitLabel: string;
  onSubmit: (values: ProfileFormValues) => Promise<void>;
  submitting?: boolean;
}

export function ProfileForm({ variant, skills, initialValues, submitLabel, onSubmit, submitting = false }: ProfileFormProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const languages = useLanguageOptions();
  const focusAreas = useFocusAreaOptions();
  const timeZones = useTimeZoneOptions();
  const maxCapacity = variant === 'mentor' ? 20 : 10;
  const form = useForm<ProfileFormValues>({
    initialValues,
    validate: {
      headline: (value) => (value.trim() ? null : t('profile.validation.headlineRequired')),
      languages: (value) => (value.length > 0 ? null : t('profile.validation.languagesRequired')),
      country: (value) => (value ? null : t('profile.validation.countryRequired')),
      timeZone: (value) => (value ? null : t('profile.validation.timeZoneRequired')),
      hoursPerMonth: (value) => (Number.isInteger(value) && value >= 0 && value <= 200 ? null : t('profile.validation.hoursRange')),
      capacity: (value) => (Number.isInteger(value) && value >= 1 && value <= maxCapacity ? null : t('profile.validation.capacityRange', { max: maxCapacity })),
      skills: (value) => (value.length > 0 ? null : t('profile.validation.skillsRequired')),
      onSiteOk: (value, values) => (variant === 'mentor' || value || values.remoteOk ? null : t('profile.validation.workMode')),
    },
  });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const submit = form.onSubmit(async (values) => {
    clear();
    try {
      await onSubmit({ ...values, headline: values.headline.trim(), bio: values.bio.trim() });
    } catch (error) {
      handleError(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={formError} />
        <TextInput label={t('profile.fields.headline')} placeholder={t('profile.fields.headlinePlaceholder')} required maxLength={200} {...form.getInputProps('headline')} />
        <Textarea label={t('profile.fields.bio')} autosize minRows={3} maxRows={10} {...form.getInputProps('bio')} />
        <SkillPicker
          label={variant === 'mentor' ? t('profile.fields.expertise') : t('profile.fields.skills')}
          skills={skills}
          value={form.values.skills}
          error={form.errors.skills as string | undefined}
          onChange={(value) => form.setFieldValue('skills', value)}
        />
        <MultiSelect label={t('profile.fields.languages')} required searchable data={languages} {...form.getInputProps('languages')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('profile.fields.country')} required searchable data={countries} {...form.getInputProps('country')} />
          <Select label={t('profile.fields.timeZone')} required searchable data={timeZones} limit={50} {...form.getInputProps('timeZone')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput label={t('profile.fields.hoursPerMonth')} min={0} max={200} allowDecimal={false} {...form.getInputProps('hoursPerMonth')} />
          <NumberInput
            label={variant === 'mentor' ? t('profile.fields.menteeCapacity') : t('profile.fields.maxConcurrentEngagements')}
            min={1}
            max={maxCapacity}
            allowDecimal={false}
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <MultiSelect label={t('profile.fields.causes')} data={focusAreas} searchable {...form.getInputProps('causes')} />
        {variant === 'volunteer' && (
          <Group>
            <Checkbox label={t('profile.fields.remoteOk')} {...form.getInputProps('remoteOk', { type: 'checkbox' })} />
            <Checkbox label={t('profile.fields.onSiteOk')} {...form.getInputProps('onSiteOk', { type: 'checkbox' })} />
          </Group>
        )}
        <Switch label={t('profile.fields.available')} {...form.getInputProps('available', { type: 'checkbox' })} />
        <Button type="submit" loading={submitting} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
