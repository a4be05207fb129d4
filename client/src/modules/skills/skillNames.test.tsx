import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { SkillsDocument } from '../../generated/graphql';
import { MatchReasonKind } from '../../generated/graphql';
import { aReason } from '../../test/matchReasons';
import { renderWithProviders } from '../../test/renderWithProviders';
import { MatchReasons } from '../matches/components/MatchReasons';
import { SkillPicker } from './components/SkillPicker';
import type { SkillOption } from './types';

const skills: SkillOption[] = [
  { id: 'bookkeeping', name: 'Bookkeeping', names: { en: 'Bookkeeping', de: 'Buchhaltung', ja: '経理・記帳' }, category: 'finance', synonyms: [] },
  { id: 'database-design', name: 'Database design', names: { en: 'Database design', de: 'Datenbankdesign', ja: 'データベース設計' }, category: 'it', synonyms: [] },
  { id: 'beekeeping', name: 'Beekeeping', names: { en: 'Beekeeping', de: null, ja: null }, category: 'sustainability', synonyms: [] },
];

const taxonomy = {
  request: { query: SkillsDocument, variables: { first: 100 } },
  result: {
    data: {
      skills: {
        __typename: 'SkillConnection',
        nodes: skills.map((s) => ({ __typename: 'Skill', ...s, names: { __typename: 'SkillNames', ...s.names } })),
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        totalCount: skills.length,
      },
    },
  },
};

describe('skill names in the reader language', () => {
  it('shows a German reader German names in the picker, finds them by the English name too, and English where untranslated', async () => {
    renderWithProviders(<SkillPicker skills={skills} value={[{ skillId: 'bookkeeping', level: 3 }]} onChange={() => undefined} />, { language: 'de' });
    expect(screen.getByText('Buchhaltung')).toBeInTheDocument();
    expect(screen.queryByText('Bookkeeping')).not.toBeInTheDocument();

    const search = screen.getByRole('combobox');
    await userEvent.type(search, 'database');
    expect(await screen.findByRole('option', { name: 'Datenbankdesign' })).toBeInTheDocument();
    await userEvent.clear(search);
    await userEvent.type(search, 'bee');
    expect(await screen.findByRole('option', { name: 'Beekeeping' })).toBeInTheDocument();
  });

  it('names the skills of a proposal in Japanese for a Japanese reader', async () => {
    const reasons = [aReason(MatchReasonKind.MissingSkill, { skillId: 'database-design', name: 'Database design', wanted: 3 })];
    renderWithProviders(<MatchReasons score={0.5} reasons={reasons} breakdown={null} explanation="" />, { language: 'ja', mocks: [taxonomy] });
    expect(await screen.findByText(/データベース設計/)).toBeInTheDocument();
    expect(screen.queryByText(/Database design/)).not.toBeInTheDocument();
  });
});
