import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Decide = (kind: 'reject', matchIds: string[], reason: string) => Promise<void>;

export const UNDO_MS = 6000;

/**
 * Rejecting is final in the API (REJECTED pairs are never proposed again), so the board waits a few
 * seconds before it sends the rejection, with an Undo on the toast. Leaving the page sends what waits.
 */
export function useUndoableReject(decide: Decide, delayMs = UNDO_MS) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const waiting = useRef(new Map<string, { timer: ReturnType<typeof setTimeout>; send: () => void }>());

  const reveal = useCallback((ids: string[]) => setHidden((current) => new Set([...current].filter((id) => !ids.includes(id)))), []);

  const reject = useCallback(
    (matchIds: string[], reason: string) => {
      const key = `reject-${matchIds.join('-')}`;
      const send = () => {
        waiting.current.delete(key);
        notifications.hide(key);
        void decide('reject', matchIds, reason).finally(() => reveal(matchIds));
      };
      const undo = () => {
        const entry = waiting.current.get(key);
        if (entry) clearTimeout(entry.timer);
        waiting.current.delete(key);
        notifications.hide(key);
        reveal(matchIds);
      };
      setHidden((current) => new Set([...current, ...matchIds]));
      waiting.current.set(key, { timer: setTimeout(send, delayMs), send });
      notifications.show({
        id: key,
        autoClose: false,
        withCloseButton: false,
        message: (
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm">{t('curation.reject.pending', { count: matchIds.length })}</Text>
            <Button size="compact-sm" variant="light" onClick={undo}>
              {t('curation.reject.undo')}
            </Button>
          </Group>
        ),
      });
    },
    [decide, delayMs, reveal, t],
  );

  useEffect(() => {
    const pending = waiting.current;
    return () => {
      for (const { timer, send } of [...pending.values()]) {
        clearTimeout(timer);
        send();
      }
    };
  }, []);

  return { reject, hidden };
}
