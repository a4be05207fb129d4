import { Button, Group, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { StatCard } from '../../impact/components/StatCard';
import { useImpact } from '../../impact/hooks/useImpact';
import { EmptyState } from '../../ui/components/EmptyState';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useCompanyEngagements } from '../hooks/useCompanyEngagements';
import { useSignOff } from '../hooks/useSignOff';
import { CompanyEngagementsView } from './CompanyEngagementsView';
import { SignOffReview } from './SignOffReview';

export function CompanyPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const companies = (viewer?.memberships ?? []).filter((m) => m.organization.kind === 'COMPANY' && m.role === 'ADMIN').map((m) => m.organization);
  const [picked, setPicked] = useState<string | null>(null);
  const companyId = picked ?? companies[0]?.id ?? null;
  const { company, loading, error, refetch } = useCompanyEngagements(companyId);
  const signOff = useSignOff();

  return (
    <Stack>
      <PageHeader
        title={t('company.title')}
        description={t('company.description')}
        actions={
          <Button component={Link} to="/organization/invitations/import" leftSection={<IconUserPlus size={16} aria-hidden />}>
            {t('company.invite')}
          </Button>
        }
      />
      {companies.length > 1 && (
        <Select label={t('company.pick')} data={companies.map((c) => ({ value: c.id, label: c.name }))} value={companyId} onChange={setPicked} allowDeselect={false} maw={360} />
      )}
      {!companyId ? (
        <EmptyState title={t('company.notAdminTitle')} description={t('company.notAdminBody')} />
      ) : (
        <QueryState loading={loading} error={error} onRetry={refetch}>
          {company && (
            <CompanyEngagementsView
              company={company}
              approvals={
                <SignOffReview
                  companyId={companyId}
                  requiresSignOff={company.requiresSignOff}
                  engagements={company.engagements}
                  onApprove={signOff.approve}
                  onDecline={signOff.decline}
                  onRequire={signOff.setRequired}
                  busy={signOff.busy}
                />
              }
            />
          )}
          <CompanyImpact companyId={companyId} />
        </QueryState>
      )}
    </Stack>
  );
}

function CompanyImpact({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { report } = useImpact({ scope: { companyId } });
  if (!report) return null;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('company.impactTitle')}
        </Title>
        <Button component={Link} to="/impact" variant="subtle">
          {t('company.fullImpact')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <StatCard label={t('impact.confirmedHours')} value={format.hours(report.totals.confirmedHours)} />
        <StatCard label={t('impact.hoursValue')} value={format.currency(report.totals.hoursValue, report.currency)} />
        <StatCard label={t('company.totals.completed')} value={format.number(report.totals.completed)} />
      </SimpleGrid>
    </Stack>
  );
}
