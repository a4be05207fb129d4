import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { usePrograms } from '../../curation/hooks/usePrograms';
import { useSkills } from '../../skills/hooks/useSkills';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNeed } from '../hooks/useNeed';
import { canEditNeed } from '../needAccess';
import { NeedEditor } from './NeedEditor';

export function EditNeedPage() {
  const { needId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useAuth();
  const { need, loading, error, refetch } = useNeed(needId);
  const { skills, loading: skillsLoading, error: skillsError } = useSkills();
  const { programs } = usePrograms();

  return (
    <QueryState loading={loading || (skillsLoading && skills.length === 0)} error={error ?? skillsError} onRetry={refetch}>
      {need && (
        <Stack maw={860}>
          <PageHeader title={t('needs.edit.title', { title: need.title })} description={t('needs.edit.description')} />
          {canEditNeed(need, viewer) ? (
            <NeedEditor
              need={need}
              skills={skills}
              programs={programs.map((p) => ({ id: p.id, name: p.name }))}
              onSettled={refetch}
              onSaved={async () => {
                notifications.show({ color: 'green', message: t('needs.edit.saved') });
                await navigate(`/needs/${need.id}`);
              }}
            />
          ) : (
            <EmptyState
              description={t('needs.edit.notEditable')}
              action={
                <Button component={Link} to={`/needs/${need.id}`} variant="light">
                  {t('needs.edit.back')}
                </Button>
              }
            />
          )}
        </Stack>
      )}
    </QueryState>
  );
}
