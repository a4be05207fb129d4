import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { usePartnerVolunteers, useProposeAsPartner } from '../hooks/useNetworks';

export const MAX_PARTNER_NOTE = 1000;

export interface ProposeVolunteerDialogProps {
  opened: boolean;
  onClose: () => void;
  needTitle: string;
  roles: { id: string; title: string }[];
}

/** A partner curator picks one of the volunteers they may see for a volunteer role of a shared need. */
export function ProposeVolunteerDialog({ opened, onClose, needTitle, roles }: ProposeVolunteerDialogProps) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const [roleId, setRoleId] = useState<string | null>(roles.length === 1 ? roles[0].id : null);
  const [search, setSearch] = useState('');
  const [volunteerProfileId, setVolunteerProfileId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { volunteers, loading } = usePartnerVolunteers(search, !opened);
  const { propose, proposing } = useProposeAsPartner();
  const ready = roleId !== null && volunteerProfileId !== null && note.trim().length > 0;

  const submit = async () => {
    if (!roleId || !volunteerProfileId) return;
    try {
      await propose({ roleId, volunteerProfileId, note: note.trim() });
      notifications.show({ color: 'green', message: t('networks.propose.sent') });
      onClose();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('networks.propose.title', { need: needTitle })}>
      <Stack>
        <Select label={t('networks.propose.role')} data={roles.map((r) => ({ value: r.id, label: r.title }))} value={roleId} onChange={setRoleId} />
        <TextInput label={t('networks.propose.search')} value={search} onChange={(event) => setSearch(event.currentTarget.value)} />
        <Select
          label={t('networks.propose.volunteer')}
          placeholder={loading ? t('networks.propose.loading') : undefined}
          nothingFoundMessage={t('networks.propose.noVolunteers')}
          data={volunteers.map((v) => ({ value: v.id, label: v.headline ? `${v.user.name} · ${v.headline}` : v.user.name }))}
          value={volunteerProfileId}
          onChange={setVolunteerProfileId}
          searchable
        />
        <Textarea
          label={t('networks.propose.note')}
          description={t('networks.propose.noteHint')}
          value={note}
          maxLength={MAX_PARTNER_NOTE}
          autosize
          minRows={3}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!ready} loading={proposing} onClick={() => void submit()}>
            {t('networks.propose.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
