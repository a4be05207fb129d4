import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotifyError } from '../../ui/hooks/useNotifyError';
import { useInterestActions } from '../hooks/useInterests';

export const MAX_NOTE = 500;

/** "I'm interested" on a role: a short note, then the curators and the nonprofit see the raised hand. */
export function RaiseInterestButton({ roleId, roleTitle }: { roleId: string; roleTitle: string }) {
  const { t } = useTranslation();
  const notifyError = useNotifyError();
  const { raiseInterest, busy } = useInterestActions();
  const [opened, dialog] = useDisclosure(false);
  const [note, setNote] = useState('');
  const [raised, setRaised] = useState(false);

  const submit = async () => {
    try {
      await raiseInterest(roleId, note.trim());
      setRaised(true);
      dialog.close();
      notifications.show({ color: 'green', message: t('interests.raise.done') });
    } catch (err) {
      notifyError(err);
    }
  };

  if (raised) return <Text size="sm">{t('interests.raise.raised')}</Text>;
  return (
    <>
      <Group>
        <Button variant="light" onClick={dialog.open}>
          {t('interests.raise.button')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={dialog.close} title={t('interests.raise.title', { role: roleTitle })}>
        <Stack>
          <Textarea
            label={t('interests.raise.noteLabel')}
            description={t('interests.raise.noteHint', { max: MAX_NOTE })}
            value={note}
            maxLength={MAX_NOTE}
            autosize
            minRows={3}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('interests.raise.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void submit()}>
              {t('interests.raise.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
