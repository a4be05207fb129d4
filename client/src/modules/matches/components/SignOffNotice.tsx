import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface SignOffNoticeProps {
  status: string;
  /** The employer's reason, once it declined. */
  statusNote: string | null | undefined;
}

/** Tells the volunteer and the nonprofit that the employer's sign-off is pending, or why it was refused. */
export function SignOffNotice({ status, statusNote }: SignOffNoticeProps) {
  const { t } = useTranslation();
  if (status === 'AWAITING_EMPLOYER') return <Alert color="grape">{t('matchPage.signOff.awaiting')}</Alert>;
  if (status !== 'EMPLOYER_DECLINED') return null;
  return (
    <Alert color="orange">
      <Text size="sm">{t('matchPage.signOff.declined')}</Text>
      {statusNote && <Text size="sm">{t('matchPage.signOff.reason', { reason: statusNote })}</Text>}
    </Alert>
  );
}
