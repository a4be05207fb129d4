import { Table, Text, Title } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import type { MatchPageMatch } from '../matchSides';

/** The role's skills, most important first, against the levels the candidate holds. */
export function MatchSkills({ match }: { match: MatchPageMatch }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const wanted = match.role.skills;
  if (wanted.length === 0) return null;
  const held = new Map((match.volunteerProfile?.skills ?? match.mentorProfile?.expertise ?? []).map((s) => [s.skill.id, s.level]));
  const candidateShown = Boolean(match.volunteerProfile ?? match.mentorProfile);
  return (
    <section aria-labelledby="match-skills">
      <Title order={2} size="h4" id="match-skills" mb="xs">
        {t('matchPage.skills.title')}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('matchPage.skills.skill')}</Table.Th>
              <Table.Th>{t('matchPage.skills.wanted')}</Table.Th>
              {candidateShown && <Table.Th>{t('matchPage.skills.held')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {wanted.map(({ skill, level }) => {
              const has = held.get(skill.id);
              const enough = has !== undefined && has >= level;
              return (
                <Table.Tr key={skill.id}>
                  <Table.Td>{skill.name}</Table.Td>
                  <Table.Td>{domainLabel('skillLevel', level)}</Table.Td>
                  {candidateShown && (
                    <Table.Td>
                      <Text size="sm" c={enough ? 'teal' : 'dimmed'} component="span" style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
                        {enough ? <IconCheck size={14} aria-hidden /> : <IconMinus size={14} aria-hidden />}
                        {has === undefined ? t('matchPage.skills.missing') : domainLabel('skillLevel', has)}
                      </Text>
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
