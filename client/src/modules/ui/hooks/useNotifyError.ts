import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

import { describeError } from '../../api/errors';

/** For actions outside forms (accept, approve…): the error becomes a readable toast. */
export function useNotifyError(): (error: unknown) => void {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      const { kind, serverMessage } = describeError(error);
      notifications.show({ color: 'red', title: t(`errors.title.${kind}`), message: serverMessage ?? t(`errors.message.${kind}`) });
    },
    [t],
  );
}
