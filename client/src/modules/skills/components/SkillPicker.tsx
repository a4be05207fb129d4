import { ActionIcon, Group, Input, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDomainLabel } from '../../domain/hooks/useDomainLabel';
import { useSkillName } from '../hooks/useSkillName';
import type { SkillLevelValue, SkillOption } from '../types';

const LEVELS = ['1', '2', '3', '4', '5'];

export interface SkillPickerProps {
  skills: SkillOption[];
  value: SkillLevelValue[];
  onChange: (value: SkillLevelValue[]) => void;
  withWeight?: boolean;
  label?: string;
  error?: string;
  maxSkills?: number;
}

export function SkillPicker({ skills, value, onChange, withWeight = false, label, error, maxSkills = 20 }: SkillPickerProps) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const skillName = useSkillName();
  const [search, setSearch] = useState('');
  const byId = useMemo(() => new Map(skills.map((skill) => [skill.id, skill])), [skills]);
  const chosen = useMemo(() => new Set(value.map((v) => v.skillId)), [value]);

  const groups = useMemo(() => {
    const grouped = new Map<string, { value: string; label: string }[]>();
    for (const skill of skills) {
      if (chosen.has(skill.id)) continue;
      const group = domainLabel('skillCategory', skill.category);
      grouped.set(group, [...(grouped.get(group) ?? []), { value: skill.id, label: skillName(skill) }]);
    }
    return [...grouped.entries()].map(([group, items]) => ({ group, items }));
  }, [skills, chosen, domainLabel, skillName]);

  const update = (skillId: string, patch: Partial<SkillLevelValue>) => onChange(value.map((v) => (v.skillId === skillId ? { ...v, ...patch } : v)));

  return (
    <Input.Wrapper label={label} error={error}>
      <Stack gap="sm" mt={label ? 4 : 0}>
        <Select
          aria-label={t('skills.picker.add')}
          placeholder={t('skills.picker.addPlaceholder')}
          data={groups}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          value={null}
          disabled={value.length >= maxSkills}
          nothingFoundMessage={t('skills.picker.nothingFound')}
          filter={({ options, search: query }) => {
            const needle = query.trim().toLowerCase();
            if (!needle) return options;
            return options
              .map((group) =>
                'items' in group
                  ? {
                      ...group,
                      items: group.items.filter((item) => {
                        const skill = byId.get(item.value);
                        return item.label.toLowerCase().includes(needle) || (skill ? otherWords(skill).some((s) => s.toLowerCase().includes(needle)) : false);
                      }),
                    }
                  : group,
              )
              .filter((group) => !('items' in group) || group.items.length > 0);
          }}
          onChange={(skillId) => {
            if (!skillId) return;
            onChange([...value, withWeight ? { skillId, level: 3, weight: 3 } : { skillId, level: 3 }]);
            setSearch('');
          }}
        />
        {value.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('skills.picker.none')}
          </Text>
        ) : (
          value.map((item) => {
            const skill = byId.get(item.skillId);
            const name = skill ? skillName(skill) : item.skillId;
            return (
              <Paper key={item.skillId} withBorder p="sm">
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Stack gap={2} style={{ minWidth: 0 }}>
                    <Text fw={600} size="sm" truncate>
                      {name}
                    </Text>
                    {skill && (
                      <Text size="xs" c="dimmed">
                        {domainLabel('skillCategory', skill.category)}
                      </Text>
                    )}
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('skills.picker.remove', { skill: name })}
                    onClick={() => onChange(value.filter((v) => v.skillId !== item.skillId))}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <Stack gap={4} mt="xs">
                  <Text size="xs">
                    {t('skills.picker.level')}: {domainLabel('skillLevel', item.level)}
                  </Text>
                  <SegmentedControl
                    size="xs"
                    fullWidth
                    aria-label={t('skills.picker.levelFor', { skill: name })}
                    data={LEVELS}
                    value={String(item.level)}
                    onChange={(level) => update(item.skillId, { level: Number(level) })}
                  />
                  {withWeight && (
                    <>
                      <Text size="xs">{t('skills.picker.weight')}</Text>
                      <SegmentedControl
                        size="xs"
                        fullWidth
                        aria-label={t('skills.picker.weightFor', { skill: name })}
                        data={LEVELS}
                        value={String(item.weight ?? 3)}
                        onChange={(weight) => update(item.skillId, { weight: Number(weight) })}
                      />
                    </>
                  )}
                </Stack>
              </Paper>
            );
          })
        )}
      </Stack>
    </Input.Wrapper>
  );
}

// Readers also type a skill's name in another language, or a synonym.
const otherWords = (skill: SkillOption): string[] => [skill.names?.en, skill.names?.de, skill.names?.ja, ...skill.synonyms].filter((w): w is string => Boolean(w));
