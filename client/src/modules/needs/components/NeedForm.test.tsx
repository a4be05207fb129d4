import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../../test/renderWithProviders';
import { NeedForm } from './NeedForm';

const skills = [{ id: 'bookkeeping', name: 'Bookkeeping', category: 'finance', synonyms: [] }];

describe('NeedForm', () => {
  it('guides through the steps, checking each before moving on, and publishes', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    renderWithProviders(<NeedForm skills={skills} defaults={{ country: 'KE', language: 'en' }} onSubmit={onSubmit} />);

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Give the need a title')).toBeInTheDocument();
    expect(screen.getByText('Choose a focus area')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Title/ }), 'Donor database');
    await user.type(screen.getByRole('textbox', { name: /What do you need done/ }), 'A simple CRM for 2,000 donors.');
    await user.click(screen.getByRole('combobox', { name: /Focus area/ }));
    await user.click(await screen.findByRole('option', { name: 'Health' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('switch', { name: 'Can be done remotely' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await user.type(await screen.findByRole('textbox', { name: /Role title/ }), 'Database developer');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Choose at least one skill')).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Add a skill' }));
    await user.click(await screen.findByRole('option', { name: 'Bookkeeping' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { name: 'Check your need' })).toBeInTheDocument();
    expect(screen.getByText('Donor database')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Publish need' }));

    expect(onSubmit).toHaveBeenCalledOnce();
    const [values, options] = onSubmit.mock.calls[0] as [Record<string, unknown>, { publish: boolean }];
    expect(options).toEqual({ publish: true });
    expect(values).toMatchObject({
      title: 'Donor database',
      focusArea: 'HEALTH',
      country: 'KE',
      language: 'en',
      remote: true,
      roles: [{ kind: 'VOLUNTEER', title: 'Database developer', seats: 1, hoursPerMonth: 8, skills: [{ skillId: 'bookkeeping', level: 3, weight: 3 }] }],
    });
  });
});
