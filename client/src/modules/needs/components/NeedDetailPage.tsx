import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { StatusBadge } from '../../domain/components/StatusBadge';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { InterestQueue } from '../../interests/components/InterestQueue';
import { RaiseInterestButton } from '../../interests/components/RaiseInterestButton';
import { ShareWithNetworkControl } from '../../networks/components/ShareWithNetworkControl';
import { NeedTeam } from '../../team/components/NeedTeam';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useNeed } from '../hooks/useNeed';
import { useNeedActions } from '../hooks/useNeedActions';
import { canEditNeed } from '../needAccess';
import { CancelNeedDialog } from './CancelNeedDialog';
import { NeedRoleCard } from './NeedRoleCard';
import { RoleProposals } from './RoleProposals';

const CLOSED = new Set(['COMPLETED', 'CANCELLED']);
const TAKING_PEOPLE = new Set(['OPEN', 'STAFFED', 'IN_PROGRESS']);

export function NeedDetailPage() {
  const { needId = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  const format = useFormatters();
  const notifyError = useNotifyError();
  const { need, loading, error, refetch } = useNeed(needId);
  const { publishNeed, cancelNeed, publishing, cancelling } = useNeedActions();
  const [cancelOpen, cancelDialog] = useDisclosure(false);
  const isMember = Boolean(need && viewer?.memberships.some((m) => m.organization.id === need.nonprofitId));
  const isCurator = Boolean(viewer?.memberships.some((m) => m.organization.kind === 'INTERMEDIARY'));
  // Volunteers raise their hand for volunteer roles, mentors for mentor roles; the API checks the rest.
  const canRaise = (kind: string) => (kind === 'VOLUNTEER' && Boolean(viewer?.volunteerProfile)) || (kind === 'MENTOR' && Boolean(viewer?.mentorProfile));

  return (
    <QueryState loading={loading} error={error} onRetry={refetch}>
      {need && (
        <Stack>
          <PageHeader
            title={need.title}
            description={
              <>
                {need.nonprofit.name}
                {need.program && ` · ${t('needs.detail.program', { name: need.program.name })}`}
              </>
            }
            actions={
              (isMember || canEditNeed(need, viewer)) && (
                <>
                  {canEditNeed(need, viewer) && (
                    <Button variant="default" component={Link} to={`/needs/${need.id}/edit`}>
                      {t('needs.edit.open')}
                    </Button>
                  )}
                  {isMember && need.status === 'DRAFT' && (
                    <Button
                      loading={publishing}
                      onClick={() => void publishNeed(need.id).then(() => notifications.show({ color: 'green', message: t('needs.detail.published') }), notifyError)}
                    >
                      {t('needs.detail.publish')}
                    </Button>
                  )}
                  {isMember && !CLOSED.has(need.status) && (
                    <Button variant="default" color="red" onClick={cancelDialog.open}>
                      {t('needs.detail.cancel')}
                    </Button>
                  )}
                </>
              )
            }
          />
          <Group gap="xs">
            <StatusBadge kind="need" status={need.status} />
            <Badge variant="light">{domainLabel('focusArea', need.focusArea)}</Badge>
            <Badge variant="outline">{names.country(need.country)}</Badge>
            <Badge variant="outline">{names.language(need.language)}</Badge>
            <Badge variant="outline">{need.remote ? t('needs.form.review.remote') : t('needs.form.review.onSite')}</Badge>
            {need.startsOn && need.endsOn && (
              <Text size="sm" c="dimmed">
                {t('needs.form.review.dates', { start: format.date(need.startsOn), end: format.date(need.endsOn) })}
              </Text>
            )}
          </Group>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{need.summary}</Text>
          {need.impact && (
            <Text c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {need.impact}
            </Text>
          )}
          {need.roles.length > 1 && need.status !== 'DRAFT' && <NeedTeam needId={need.id} roles={need.roles} />}
          <Title order={2} size="h3">
            {t('needs.detail.roles')}
          </Title>
          <Stack gap="md">
            {need.roles.map((role) => (
              <NeedRoleCard key={role.id} role={role}>
                {isMember && need.status !== 'DRAFT' && <RoleProposals roleId={role.id} awaitingCuration={role.awaitingCuration} />}
                {!isMember && TAKING_PEOPLE.has(need.status) && role.seatsFilled < role.seats && canRaise(role.kind) && (
                  <RaiseInterestButton roleId={role.id} roleTitle={role.title} />
                )}
              </NeedRoleCard>
            ))}
          </Stack>
          {(isMember || isCurator) && need.status !== 'DRAFT' && <InterestQueue needId={need.id} canOffer={isCurator} />}
          {isCurator && TAKING_PEOPLE.has(need.status) && <ShareWithNetworkControl needId={need.id} />}
          <CancelNeedDialog
            opened={cancelOpen}
            onClose={cancelDialog.close}
            submitting={cancelling}
            onConfirm={async (reason) => {
              try {
                await cancelNeed(need.id, reason);
                cancelDialog.close();
                notifications.show({ message: t('needs.detail.cancelled') });
              } catch (err) {
                notifyError(err);
              }
            }}
          />
        </Stack>
      )}
    </QueryState>
  );
}
