import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';

import { useErrorText } from '../hooks/useErrorText';

/** The error of a submitted form, for whatever the field messages do not already say. */
export function FormErrorAlert({ error }: { error: unknown }) {
  const { title, message } = useErrorText(error);
  if (!error) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertCircle aria-hidden />}>
      {message}
    </Alert>
  );
}
