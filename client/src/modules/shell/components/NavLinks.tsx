import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useLocation } from 'react-router';

import { useNavigation } from '../hooks/useNavigation';

export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const sections = useNavigation();
  const { pathname } = useLocation();
  return (
    <ScrollArea component="nav" aria-label={t('shell.mainNavigation')} type="scroll" style={{ flex: 1 }}>
      <Stack gap="md">
        {sections.map((section) => (
          <Stack key={section.key} gap={2}>
            <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm">
              {t(`shell.sections.${section.key}`)}
            </Text>
            {section.items.map(({ to, label, icon: ItemIcon }) => (
              <NavLink
                key={to}
                component={RouterNavLink}
                to={to}
                end
                label={t(`nav.${label}`)}
                leftSection={<ItemIcon size={18} stroke={1.6} aria-hidden />}
                active={pathname === to}
                onClick={onNavigate}
              />
            ))}
          </Stack>
        ))}
      </Stack>
    </ScrollArea>
  );
}
