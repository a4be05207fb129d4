import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDisplayNames } from '../../domain/hooks/useDisplayNames';
import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { candidateDetail, candidateName } from '../candidate';
import { AGREED_STATUSES, type MatchPageMatch } from '../matchSides';

function Contact({ email, agreed }: { email: string | null | undefined; agreed: boolean }) {
  const { t } = useTranslation();
  if (!agreed) {
    return (
      <Text size="sm" c="dimmed">
        {t('matchPage.people.contactAfterConfirmation')}
      </Text>
    );
  }
  if (!email) return null;
  return (
    <Text size="sm">
      {t('matchPage.people.email')}:{' '}
      <Anchor href={`mailto:${email}`} size="sm">
        {email}
      </Anchor>
    </Text>
  );
}

/** The two sides: the nonprofit and the candidate. Contact details only from CONFIRMED on, and only where the API gives them. */
export function MatchPeople({ match }: { match: MatchPageMatch }) {
  const { t } = useTranslation();
  const names = useDisplayNames();
  const domainLabel = useDomainLabel();
  const agreed = AGREED_STATUSES.has(match.status);
  const nonprofit = match.need.nonprofit;
  const candidateUser = match.volunteerProfile?.user ?? match.mentorProfile?.user ?? null;
  const organization = match.volunteerProfile?.employer?.name ?? match.fundingOffer?.funder.name ?? null;
  return (
    <section aria-labelledby="match-people">
      <Title order={2} size="h4" id="match-people" mb="xs">
        {t('matchPage.people.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder padding="md" aria-label={t('matchPage.people.nonprofit')}>
          <Stack gap={4}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('matchPage.people.nonprofit')}
            </Text>
            <Text fw={700}>{nonprofit.name}</Text>
            <Text size="sm" c="dimmed">
              {names.country(nonprofit.country)}
            </Text>
            {nonprofit.website && (
              <Anchor href={nonprofit.website} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {nonprofit.website}
              </Anchor>
            )}
            {agreed && match.contacts.length > 0 && (
              <Stack gap={2} mt={4} aria-label={t('matchPage.people.contacts')}>
                <Text size="xs" c="dimmed" fw={600}>
                  {t('matchPage.people.contacts')}
                </Text>
                {match.contacts.map((contact) => (
                  <Text size="sm" key={contact.id}>
                    {contact.name}
                    {contact.email && (
                      <>
                        {' · '}
                        <Anchor href={`mailto:${contact.email}`} size="sm">
                          {contact.email}
                        </Anchor>
                      </>
                    )}
                  </Text>
                ))}
              </Stack>
            )}
          </Stack>
        </Card>
        <Card withBorder padding="md" aria-label={t('matchPage.people.candidate')}>
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('matchPage.people.candidate')}
              </Text>
              <Badge size="xs" variant="light">
                {domainLabel('roleKind', match.candidateKind)}
              </Badge>
            </Group>
            {candidateName(match) ? (
              <>
                <Text fw={700}>{candidateName(match)}</Text>
                {candidateDetail(match) && <Text size="sm">{candidateDetail(match)}</Text>}
                {organization && (
                  <Text size="sm" c="dimmed">
                    {t('matchPage.people.organization', { name: organization })}
                  </Text>
                )}
                <Contact email={candidateUser?.email} agreed={agreed} />
              </>
            ) : (
              <Text size="sm" c="dimmed">
                {t('matchPage.people.hidden')}
              </Text>
            )}
          </Stack>
        </Card>
      </SimpleGrid>
    </section>
  );
}
