import { Anchor, AppShell, Box, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';

import { useSaveLanguageToAccount } from '../../auth/hooks/useSaveLanguageToAccount';
import { LanguageSwitcher } from '../../i18n/components/LanguageSwitcher';
import { NavLinks } from './NavLinks';
import { NotificationsBell } from './NotificationsBell';
import { UserMenu } from './UserMenu';

export interface AppLayoutProps {
  /** Filled by the notifications module; a plain bell until then. */
  notificationsSlot?: ReactNode;
}

export function AppLayout({ notificationsSlot }: AppLayoutProps) {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  useSaveLanguageToAccount();
  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding={{ base: 'sm', sm: 'lg' }}>
      <Anchor href="#main-content" className="skip-link">
        {t('app.skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={navOpened ? t('shell.closeNavigation') : t('shell.openNavigation')} />
            <Text component={Link} to="/" fw={800} fz={22} c="blue.7" td="none">
              {t('app.name')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitcher visibleFrom="sm" w={140} size="sm" />
            {notificationsSlot ?? <NotificationsBell />}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <NavLinks onNavigate={close} />
        <Box hiddenFrom="sm" pt="sm">
          <LanguageSwitcher label={t('language.label')} size="sm" />
        </Box>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
