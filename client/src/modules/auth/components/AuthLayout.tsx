import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { LanguageSwitcher } from '../../i18n/components/LanguageSwitcher';

export function AuthLayout({ title, subtitle, children, footer }: { title: string; subtitle: string; children: ReactNode; footer: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)" px="md" py="lg">
      <Group component="header" justify="space-between" maw={960} mx="auto" mb="xl">
        <Text fw={800} fz={24} c="blue.7" component="span">
          {t('app.name')}
        </Text>
        <LanguageSwitcher signedOut w={140} size="sm" />
      </Group>
      <Center>
        <Paper component="main" withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={440}>
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={1} size="h2">
                {title}
              </Title>
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            </Stack>
            {children}
            <Text size="sm" ta="center">
              {footer}
            </Text>
          </Stack>
        </Paper>
      </Center>
      <Text component="footer" c="dimmed" size="xs" ta="center" mt="xl">
        {t('app.tagline')}
      </Text>
    </Box>
  );
}
