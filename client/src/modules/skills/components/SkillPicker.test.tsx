import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import type { SkillLevelValue, SkillOption } from '../types';
import { SkillPicker } from './SkillPicker';

const skills: SkillOption[] = [
  { id: 'bookkeeping', name: 'Bookkeeping', category: 'finance', synonyms: ['Buchhaltung', '経理'] },
  { id: 'brand-strategy', name: 'Brand strategy', category: 'marketing', synonyms: [] },
];

function Harness({ onValue }: { onValue: (value: SkillLevelValue[]) => void }) {
  const [value, setValue] = useState<SkillLevelValue[]>([]);
  return (
    <SkillPicker
      skills={skills}
      value={value}
      withWeight
      label="Skills wanted"
      onChange={(next) => {
        setValue(next);
        onValue(next);
      }}
    />
  );
}

describe('SkillPicker', () => {
  it('finds a skill by a synonym, sets its level and removes it', async () => {
    let latest: SkillLevelValue[] = [];
    renderWithProviders(<Harness onValue={(v) => (latest = v)} />);

    await userEvent.type(screen.getByRole('combobox', { name: 'Add a skill' }), 'Buchhalt');
    await userEvent.click(await screen.findByRole('option', { name: 'Bookkeeping' }));
    expect(latest).toEqual([{ skillId: 'bookkeeping', level: 3, weight: 3 }]);
    expect(screen.getByText('Finance')).toBeInTheDocument();
    expect(screen.getByText('Level: Competent')).toBeInTheDocument();

    const levels = screen.getByRole('radiogroup', { name: 'Level for Bookkeeping' });
    await userEvent.click(within(levels).getByLabelText('5'));
    expect(latest).toEqual([{ skillId: 'bookkeeping', level: 5, weight: 3 }]);
    expect(screen.getByText('Level: Expert')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remove Bookkeeping' }));
    expect(latest).toEqual([]);
    expect(screen.getByText('No skills chosen yet.')).toBeInTheDocument();
  });
});
