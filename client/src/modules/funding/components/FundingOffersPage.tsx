import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Modal, Progress, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { CreateFundingOfferDocument, type FundingOfferFieldsFragment, FundingOffersDocument, SetFundingOfferActiveDocument } from '../../../generated/graphql';
import { useAuth } from '../../auth/hooks/useAuth';
import { isFocusArea } from '../../domain/enums';
import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { PageHeader } from '../../ui/components/PageHeader';
import { QueryState } from '../../ui/components/QueryState';
import { useLoadMore } from '../../ui/hooks/useLoadMore';
import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { EditFundingOfferButton } from './EditFundingOfferButton';
import { FundingOfferForm } from './FundingOfferForm';

function FundingOfferCard({ offer, canEdit }: { offer: FundingOfferFieldsFragment; canEdit: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const domainLabel = useDomainLabel();
  const names = useDisplayNames();
  const notifyError = useNotifyError();
  const [setActive, { loading }] = useMutation(SetFundingOfferActiveDocument);
  const money = (value: number) => format.currency(value, offer.currency);
  return (
    <Card withBorder padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Text fw={700}>{offer.title}</Text>
            <Text size="sm" c="dimmed">
              {offer.funder.name} · {t('funding.offers.ticket', { min: money(offer.minTicket), max: money(offer.maxTicket) })}
            </Text>
          </Stack>
          <Badge color={offer.active ? 'teal' : 'gray'} variant="light">
            {offer.active ? t('funding.offers.active') : t('funding.offers.inactive')}
          </Badge>
        </Group>
        {offer.description && <Text size="sm">{offer.description}</Text>}
        <Group gap={6}>
          {offer.focusAreas.length === 0 ? (
            <Badge variant="outline">{t('funding.offers.anyFocus')}</Badge>
          ) : (
            offer.focusAreas.map((f) => (
              <Badge key={f} variant="light">
                {domainLabel('focusArea', f)}
              </Badge>
            ))
          )}
          {offer.countries.length === 0 ? (
            <Badge variant="outline">{t('funding.offers.anyCountry')}</Badge>
          ) : (
            offer.countries.map((c) => (
              <Badge key={c} variant="outline">
                {names.country(c)}
              </Badge>
            ))
          )}
        </Group>
        {/* The API shows the budget only to the funder's members and its curators. */}
        {offer.budgetLeft !== null && offer.budgetTotal !== null && (
          <>
            <Text size="xs" c="dimmed">
              {t('funding.offers.budgetLeft', { left: money(offer.budgetLeft), total: money(offer.budgetTotal) })}
            </Text>
            <Progress
              value={(offer.budgetLeft / Math.max(offer.budgetTotal, 1)) * 100}
              size="sm"
              aria-label={t('funding.offers.budgetLeft', { left: money(offer.budgetLeft), total: money(offer.budgetTotal) })}
            />
          </>
        )}
        <Group justify="space-between">
          <Switch
            label={t('funding.form.active')}
            checked={offer.active}
            disabled={loading}
            onChange={(event) => void setActive({ variables: { id: offer.id, active: event.currentTarget.checked } }).catch(notifyError)}
          />
          {canEdit && <EditFundingOfferButton offer={offer} />}
        </Group>
      </Stack>
    </Card>
  );
}

export function FundingOffersPage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const funderId = viewer?.memberships.find((m) => m.organization.kind === 'FUNDER')?.organization.id ?? null;
  const { data, loading, error, refetch, fetchMore } = useQuery(FundingOffersDocument, { variables: { filter: funderId ? { funderId } : null, first: 20 } });
  const more = useLoadMore(data?.fundingOffers, fetchMore);
  const [opened, modal] = useDisclosure(false);
  const [create, { loading: creating }] = useMutation(CreateFundingOfferDocument, { refetchQueries: ['FundingOffers'] });
  const offers = data?.fundingOffers.nodes ?? [];

  return (
    <Stack>
      <PageHeader
        title={t('funding.offers.title')}
        description={t('funding.offers.description')}
        actions={
          funderId && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={modal.open}>
              {t('funding.offers.new')}
            </Button>
          )
        }
      />
      <QueryState
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={offers.length === 0}
        emptyState={{ title: t('funding.offers.emptyTitle'), description: t('funding.offers.emptyBody') }}
      >
        <Stack gap="md">
          {offers.map((offer) => (
            <FundingOfferCard key={offer.id} offer={offer} canEdit={offer.funderId === funderId} />
          ))}
          <LoadMoreButton hasNextPage={more.hasNextPage} loading={more.loadingMore} onLoadMore={more.loadMore} />
        </Stack>
      </QueryState>
      <Modal opened={opened} onClose={modal.close} title={t('funding.offers.new')} centered size="lg">
        <FundingOfferForm
          submitting={creating}
          onSubmit={async (values) => {
            if (!funderId) return;
            await create({ variables: { input: { funderId, ...values, focusAreas: values.focusAreas.filter(isFocusArea) } } });
            notifications.show({ color: 'green', message: t('funding.form.created') });
            modal.close();
          }}
        />
      </Modal>
    </Stack>
  );
}
