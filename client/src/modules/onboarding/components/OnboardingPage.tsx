import { Anchor, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { OrganizationForm } from '../../organizations/components/OrganizationForm';
import { useCreateOrganization } from '../../organizations/hooks/useCreateOrganization';
import { PageHeader } from '../../ui/components/PageHeader';
import { type OnboardingChoice, RoleChoiceCards } from './RoleChoiceCards';

const NEXT_PAGE: Record<Exclude<OnboardingChoice, 'VOLUNTEER'>, string> = {
  NONPROFIT: '/needs/new',
  FUNDER: '/funding/offers',
  INTERMEDIARY: '/curation/programs',
  COMPANY: '/company/employees',
};

export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choice, setChoice] = useState<Exclude<OnboardingChoice, 'VOLUNTEER'> | null>(null);
  const { createOrganization, loading } = useCreateOrganization();

  const choose = (next: OnboardingChoice) => {
    if (next === 'VOLUNTEER') void navigate('/profile');
    else setChoice(next);
  };

  return (
    <Stack>
      <PageHeader title={t('onboarding.title')} description={t('onboarding.subtitle')} />
      {!choice ? (
        <RoleChoiceCards onChoose={choose} />
      ) : (
        <Paper withBorder p={{ base: 'md', sm: 'xl' }} maw={640}>
          <Stack>
            <Title order={2} size="h3">
              {t(`onboarding.choices.${choice}.title`)}
            </Title>
            <OrganizationForm
              submitLabel={t('onboarding.organization.submit')}
              submitting={loading}
              onSubmit={async (values) => {
                const organization = await createOrganization({ kind: choice, ...values, website: values.website || null });
                if (!organization) return;
                notifications.show({ color: 'green', message: t('onboarding.organization.created', { name: organization.name }) });
                await navigate(NEXT_PAGE[choice]);
              }}
            />
            <Anchor component="button" type="button" size="sm" onClick={() => setChoice(null)} style={{ alignSelf: 'flex-start' }}>
              {t('onboarding.changeChoice')}
            </Anchor>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
