import { SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { type Icon, IconBuildingBank, IconBuildingCommunity, IconBuildingSkyscraper, IconHeartHandshake, IconUserStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export type OnboardingChoice = 'NONPROFIT' | 'VOLUNTEER' | 'FUNDER' | 'INTERMEDIARY' | 'COMPANY';

const CHOICES: { value: OnboardingChoice; icon: Icon }[] = [
  { value: 'NONPROFIT', icon: IconHeartHandshake },
  { value: 'VOLUNTEER', icon: IconUserStar },
  { value: 'FUNDER', icon: IconBuildingBank },
  { value: 'INTERMEDIARY', icon: IconBuildingCommunity },
  { value: 'COMPANY', icon: IconBuildingSkyscraper },
];

export function RoleChoiceCards({ onChoose }: { onChoose: (choice: OnboardingChoice) => void }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {CHOICES.map(({ value, icon: ChoiceIcon }) => (
        <UnstyledButton
          key={value}
          onClick={() => onChoose(value)}
          p="lg"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Stack gap="xs">
            <ThemeIcon size="xl" variant="light" aria-hidden>
              <ChoiceIcon size={24} />
            </ThemeIcon>
            <Text fw={700}>{t(`onboarding.choices.${value}.title`)}</Text>
            <Text size="sm" c="dimmed">
              {t(`onboarding.choices.${value}.body`)}
            </Text>
          </Stack>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
