import { Button, NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { usePrograms } from '../../curation/hooks/usePrograms';
import { useLanguage } from '../../i18n/hooks/useLanguage';
import { useSkills } from '../../skills/hooks/useSkills';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useMyNonprofits } from '../hooks/useMyNonprofits';
import { useNeedActions } from '../hooks/useNeedActions';
import { NeedForm } from './NeedForm';

export function NewNeedPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { language } = useLanguage();
  const nonprofits = useMyNonprofits();
  const [nonprofitId, setNonprofitId] = useState<string | null>(null);
  const chosenNonprofit = nonprofitId ?? nonprofits[0]?.id ?? null;
  const { skills, loading: skillsLoading, error: skillsError, refetch } = useSkills();
  const { programs } = usePrograms();
  const { createNeed, publishNeed, creating } = useNeedActions();
  const notifyError = useNotifyError();

  if (nonprofits.length === 0) {
    return (
      <Stack>
        <PageHeader title={t('needs.form.title')} />
        <EmptyState
          description={t('needs.detail.noNonprofit')}
          action={
            <Button component={Link} to="/onboarding" variant="light">
              {t('needs.detail.register')}
            </Button>
          }
        />
      </Stack>
    );
  }

  return (
    <Stack maw={860}>
      <PageHeader title={t('needs.form.title')} description={t('needs.form.description')} />
      {nonprofits.length > 1 && (
        <NativeSelect
          label={t('needs.detail.nonprofit')}
          maw={360}
          value={chosenNonprofit ?? ''}
          onChange={(event) => setNonprofitId(event.currentTarget.value)}
          data={nonprofits.map((n) => ({ value: n.id, label: n.name }))}
        />
      )}
      <QueryState loading={skillsLoading && skills.length === 0} error={skillsError} onRetry={refetch}>
        <NeedForm
          skills={skills}
          programs={programs.map((p) => ({ id: p.id, name: p.name }))}
          defaults={{ language }}
          submitting={creating}
          onSubmit={async (values, { publish }) => {
            if (!chosenNonprofit) return;
            const id = await createNeed(values, chosenNonprofit);
            if (!id) return;
            let published = false;
            if (publish) {
              // The draft exists now; a refused publish must not lead to a second draft on retry.
              published = await publishNeed(id).then(
                () => true,
                (error: unknown) => {
                  notifyError(error);
                  return false;
                },
              );
            }
            notifications.show({ color: 'green', message: published ? t('needs.form.published') : t('needs.form.saved') });
            await navigate(`/needs/${id}`);
          }}
        />
      </QueryState>
    </Stack>
  );
}
