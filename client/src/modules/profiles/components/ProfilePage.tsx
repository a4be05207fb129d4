import { Paper, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../../auth/hooks/useAuth';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { useSkills } from '../../skills/hooks/useSkills';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useMyProfiles } from '../hooks/useMyProfiles';
import { initialProfileTab } from '../profileTab';
import { mentorFormValues, volunteerFormValues } from '../profileValues';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { viewer } = useAuth();
  const profiles = useMyProfiles();
  const { skills, loading: skillsLoading, error: skillsError, refetch: refetchSkills } = useSkills();
  const employerId = viewer?.memberships.find((m) => m.organization.kind === 'COMPANY')?.organization.id ?? null;
  const saved = () => notifications.show({ color: 'green', message: t('profile.saved') });

  return (
    <Stack>
      <PageHeader title={t('profile.title')} description={t('profile.description')} />
      <QueryState
        loading={profiles.loading || (skillsLoading && skills.length === 0)}
        error={profiles.error ?? skillsError}
        onRetry={() => {
          profiles.refetch();
          refetchSkills();
        }}
      >
        <Tabs defaultValue={initialProfileTab(profiles)} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="volunteer">{t('profile.volunteerTab')}</Tabs.Tab>
            <Tabs.Tab value="mentor">{t('profile.mentorTab')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="volunteer" pt="md">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={720}>
              <ProfileForm
                variant="volunteer"
                skills={skills}
                initialValues={volunteerFormValues(profiles.volunteerProfile, language)}
                submitLabel={profiles.volunteerProfile ? t('profile.save') : t('profile.createVolunteer')}
                submitting={profiles.saving}
                onSubmit={async (values) => {
                  await profiles.saveVolunteer(values, profiles.volunteerProfile?.employerId ?? employerId);
                  saved();
                }}
              />
            </Paper>
          </Tabs.Panel>
          <Tabs.Panel value="mentor" pt="md">
            <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={720}>
              <Stack>
                {!profiles.mentorProfile && <Text c="dimmed">{t('profile.noMentorProfile')}</Text>}
                <ProfileForm
                  variant="mentor"
                  skills={skills}
                  initialValues={mentorFormValues(profiles.mentorProfile, language)}
                  submitLabel={profiles.mentorProfile ? t('profile.save') : t('profile.createMentor')}
                  submitting={profiles.saving}
                  onSubmit={async (values) => {
                    await profiles.saveMentor(values);
                    saved();
                  }}
                />
              </Stack>
            </Paper>
          </Tabs.Panel>
        </Tabs>
      </QueryState>
    </Stack>
  );
}
