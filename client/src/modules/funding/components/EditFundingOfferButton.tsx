import { useMutation } from '@apollo/client/react';
import { Button, Modal } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { type FundingOfferFieldsFragment, UpdateFundingOfferDocument } from '../../../generated/graphql';
import { isFocusArea } from '../../domain/enums';
import { FundingOfferForm } from './FundingOfferForm';

/** The funder's members change an offer's terms; budget already granted stays committed on the server. */
export function EditFundingOfferButton({ offer }: { offer: FundingOfferFieldsFragment }) {
  const { t } = useTranslation();
  const [opened, modal] = useDisclosure(false);
  const [update, { loading }] = useMutation(UpdateFundingOfferDocument);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={modal.open}>
        {t('funding.offers.edit')}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={t('funding.offers.editTitle')} centered size="lg">
        <FundingOfferForm
          submitting={loading}
          initialValues={{
            title: offer.title,
            description: offer.description,
            focusAreas: offer.focusAreas,
            countries: offer.countries,
            minTicket: offer.minTicket,
            maxTicket: offer.maxTicket,
            budgetTotal: offer.budgetTotal ?? offer.maxTicket,
            currency: offer.currency,
          }}
          onSubmit={async (values) => {
            await update({ variables: { id: offer.id, input: { ...values, focusAreas: values.focusAreas.filter(isFocusArea) } } });
            notifications.show({ color: 'green', message: t('funding.form.created') });
            modal.close();
          }}
        />
      </Modal>
    </>
  );
}
