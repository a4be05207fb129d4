import { Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { DeclineDialog, type DeclineReasonValue } from './DeclineDialog';

/** Accept and decline an offer, with the decline dialog; used on proposal cards and the match page. */
export function RespondButtons({
  onAccept,
  onDecline,
  busy = false,
}: {
  onAccept?: () => Promise<void>;
  onDecline?: (reason: DeclineReasonValue, note: string) => Promise<void>;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const [declineOpen, decline] = useDisclosure(false);
  if (!onAccept && !onDecline) return null;
  return (
    <>
      <Group gap="xs">
        {onAccept && (
          <Button leftSection={<IconCheck size={16} aria-hidden />} color="teal" loading={busy} onClick={() => void onAccept()}>
            {t('matches.actions.accept')}
          </Button>
        )}
        {onDecline && (
          <Button leftSection={<IconX size={16} aria-hidden />} variant="default" disabled={busy} onClick={decline.open}>
            {t('matches.actions.decline')}
          </Button>
        )}
      </Group>
      {onDecline && (
        <DeclineDialog
          opened={declineOpen}
          onClose={decline.close}
          submitting={busy}
          onConfirm={async (reason, note) => {
            await onDecline(reason, note);
            decline.close();
          }}
        />
      )}
    </>
  );
}
