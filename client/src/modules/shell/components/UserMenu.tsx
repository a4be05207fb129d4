import { Avatar, Menu, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useAuth } from '../../auth/hooks/useAuth';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const { viewer, signOut } = useAuth();
  if (!viewer) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        {/* Named by hidden text, not aria-label: a name that leaves out the visible initials trips voice control. */}
        <UnstyledButton style={{ borderRadius: '50%' }}>
          <VisuallyHidden>{t('shell.userMenu')}</VisuallyHidden>
          <Avatar color="blue" radius="xl" size={34} aria-hidden>
            {initials(viewer.name)}
          </Avatar>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {viewer.name}
          </Text>
          <Text size="xs">{viewer.email}</Text>
        </Menu.Label>
        {viewer.memberships.map((membership) => (
          <Menu.Item key={membership.organization.id} disabled>
            {membership.organization.name}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
