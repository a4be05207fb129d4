import { Anchor, Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { CompanyEngagementsQuery } from '../../../generated/graphql';
import { DeclineSignOffDialog } from './DeclineSignOffDialog';

type Engagement = CompanyEngagementsQuery['companyEngagements']['engagements'][number];

export interface SignOffReviewProps {
  companyId: string;
  requiresSignOff: boolean;
  engagements: readonly Engagement[];
  onApprove: (matchId: string, version: number) => Promise<boolean>;
  onDecline: (matchId: string, reason: string) => Promise<boolean>;
  onRequire: (companyId: string, required: boolean) => Promise<boolean>;
  busy?: boolean;
}

/** What waits for the company's admins: the switch that asks for sign-off, and the engagements waiting for it. */
export function SignOffReview({ companyId, requiresSignOff, engagements, onApprove, onDecline, onRequire, busy = false }: SignOffReviewProps) {
  const { t } = useTranslation();
  const [declining, setDeclining] = useState<Engagement | null>(null);
  const waiting = engagements.filter((e) => e.signOff === 'AWAITING');
  return (
    <Stack gap="xs">
      <Switch
        label={t('company.requireSignOff')}
        description={t('company.requireSignOffHint')}
        checked={requiresSignOff}
        disabled={busy}
        onChange={(event) => void onRequire(companyId, event.currentTarget.checked)}
      />
      {(requiresSignOff || waiting.length > 0) && (
        <>
          <Title order={2} size="h4">
            {t('company.reviewTitle')}
          </Title>
          {waiting.length === 0 ? (
            <Text c="dimmed">{t('company.reviewEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table aria-label={t('company.reviewTitle')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('company.columns.employee')}</Table.Th>
                    <Table.Th>{t('company.columns.need')}</Table.Th>
                    <Table.Th>{t('company.columns.nonprofit')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {waiting.map((e) => (
                    <Table.Tr key={e.matchId}>
                      <Table.Td>{e.employeeName}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={`/matches/${e.matchId}`}>
                          {e.needTitle}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{e.nonprofitName}</Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Button size="xs" disabled={busy} onClick={() => void onApprove(e.matchId, e.version)} aria-label={`${t('company.approve')}: ${e.employeeName}`}>
                            {t('company.approve')}
                          </Button>
                          <Button size="xs" variant="light" color="red" disabled={busy} onClick={() => setDeclining(e)} aria-label={`${t('company.decline')}: ${e.employeeName}`}>
                            {t('company.decline')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
      <DeclineSignOffDialog
        engagement={declining}
        onClose={() => setDeclining(null)}
        onConfirm={(reason) => (declining ? onDecline(declining.matchId, reason) : Promise.resolve(false))}
        submitting={busy}
      />
    </Stack>
  );
}
