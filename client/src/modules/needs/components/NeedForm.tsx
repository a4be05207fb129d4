import { Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { SkillOption } from '../../skills/types';
import { FormErrorAlert } from '../../ui/components/FormErrorAlert';
import { useServerFormErrors } from '../../ui/hooks/useServerFormErrors';
import { initialNeedValues, type NeedFormValues, needValidators, stepPaths, validateRolesPresent } from '../needForm';
import { NeedAboutStep } from './NeedAboutStep';
import { NeedDetailsStep, type ProgramOption } from './NeedDetailsStep';
import { NeedReviewStep } from './NeedReviewStep';
import { NeedRolesStep } from './NeedRolesStep';

export interface NeedFormProps {
  skills: SkillOption[];
  programs?: ProgramOption[];
  defaults?: Partial<NeedFormValues>;
  onSubmit: (values: NeedFormValues, options: { publish: boolean }) => Promise<void>;
  submitting?: boolean;
  /** Editing a posted need: one "Save changes" button, and existing roles keep their kind. */
  editing?: boolean;
}

const STEPS = ['about', 'details', 'roles', 'review'] as const;
const LAST = STEPS.length - 1;

export function NeedForm({ skills, programs = [], defaults, onSubmit, submitting = false, editing = false }: NeedFormProps) {
  const { t } = useTranslation();
  const compact = useMediaQuery('(max-width: 36em)');
  const [active, setActive] = useState(0);
  const [rolesError, setRolesError] = useState<string | null>(null);
  const form = useForm<NeedFormValues>({ initialValues: initialNeedValues(defaults), validate: needValidators(t) });
  const { formError, handleError, clear } = useServerFormErrors(form);

  const stepIsValid = (step: number) => {
    const values = form.getValues();
    const failed = stepPaths(step, values).filter((path) => form.validateField(path).hasError);
    if (step === 2) {
      const missing = validateRolesPresent(values, t);
      setRolesError(missing);
      if (missing) return false;
    }
    return failed.length === 0;
  };

  const next = () => {
    if (stepIsValid(active)) setActive((step) => Math.min(step + 1, LAST));
  };

  const submit = async (publish: boolean) => {
    clear();
    const firstInvalid = [0, 1, 2].find((step) => !stepIsValid(step));
    if (firstInvalid !== undefined) {
      setActive(firstInvalid);
      return;
    }
    try {
      await onSubmit(form.getValues(), { publish });
    } catch (error) {
      handleError(error);
    }
  };

  const stepLabel = (step: (typeof STEPS)[number]) => t(`needs.form.steps.${step}`);

  return (
    <Stack gap="lg">
      <Stepper active={active} onStepClick={(step) => step < active && setActive(step)} size="sm" allowNextStepsSelect={false}>
        {STEPS.map((step) => (
          <Stepper.Step
            key={step}
            label={compact ? undefined : stepLabel(step)}
            description={compact ? undefined : t(`needs.form.steps.${step}Hint`)}
            // Only when the label is hidden: a name differing from the visible label confuses voice control.
            aria-label={compact ? stepLabel(step) : undefined}
          />
        ))}
      </Stepper>
      {compact && (
        <Text fw={600} size="sm">
          {active + 1}/{STEPS.length} · {stepLabel(STEPS[active] ?? 'about')}
        </Text>
      )}
      <FormErrorAlert error={formError} />
      <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
        {active === 0 && <NeedAboutStep form={form} />}
        {active === 1 && <NeedDetailsStep form={form} programs={programs} />}
        {active === 2 && <NeedRolesStep form={form} skills={skills} error={rolesError} />}
        {active === 3 && <NeedReviewStep values={form.values} skills={skills} />}
      </Paper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => setActive((step) => Math.max(step - 1, 0))} disabled={active === 0}>
          {t('common.back')}
        </Button>
        {active < LAST ? (
          <Button onClick={next}>{t('common.next')}</Button>
        ) : editing ? (
          <Button loading={submitting} onClick={() => void submit(false)}>
            {t('needs.edit.save')}
          </Button>
        ) : (
          <Group gap="xs">
            <Button variant="default" loading={submitting} onClick={() => void submit(false)}>
              {t('needs.form.saveDraft')}
            </Button>
            <Button loading={submitting} onClick={() => void submit(true)}>
              {t('needs.form.publish')}
            </Button>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
