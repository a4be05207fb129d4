import { Card, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useAuth } from '../../auth/hooks/useAuth';
import { useNavigation } from '../../shell/hooks/useNavigation';
import { PageHeader } from '../../ui/components/PageHeader';

export function HomePage() {
  const { t } = useTranslation();
  const { viewer } = useAuth();
  const sections = useNavigation();
  const shortcuts = sections.flatMap((section) => section.items).filter((item) => item.to !== '/');
  return (
    <Stack>
      <PageHeader title={t('home.greeting', { name: viewer?.name ?? '' })} description={t('app.tagline')} />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
        {shortcuts.map(({ to, label, icon: ItemIcon }) => (
          <Card key={to} component={Link} to={to} withBorder padding="lg">
            <Stack gap="xs">
              <ThemeIcon variant="light" size="lg" aria-hidden>
                <ItemIcon size={20} />
              </ThemeIcon>
              <Text fw={600}>{t(`nav.${label}`)}</Text>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
