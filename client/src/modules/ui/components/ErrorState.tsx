import { Alert, Button, Center, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

import { useErrorText } from '../hooks/useErrorText';

export interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
  fullPage?: boolean;
}

export function ErrorState({ error, onRetry, fullPage = false }: ErrorStateProps) {
  const { title, message, retryLabel } = useErrorText(error);
  const alert = (
    <Alert role="alert" color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden />} maw={560} w="100%">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}</Text>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
            {retryLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
  return fullPage ? (
    <Center mih="100dvh" p="md">
      {alert}
    </Center>
  ) : (
    <Center py="md">{alert}</Center>
  );
}
