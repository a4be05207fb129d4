import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { EventKind } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { EventForm, type EventFormValues } from './EventFormPage';

const empty: EventFormValues = {
  name: '',
  kind: EventKind.InPerson,
  timeZone: 'Asia/Tokyo',
  startsOn: '',
  endsOn: '',
  minMeetingsPerNonprofit: 1,
  slots: [{ startsAt: '', endsAt: '' }],
  rooms: [{ name: '', videoLink: '' }],
};

// Required fields carry a marker after their label, so those are found by the start of it.
const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('EventForm', () => {
  it('creates an event with the slots and rooms added in the editors', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderWithProviders(<EventForm withSchedule initialValues={empty} onSubmit={onSubmit} submitting={false} submitLabel="Create event" />);
    await userEvent.type(screen.getByRole('textbox', { name: /Name/ }), '  Pro Bono Rally Tokyo ');
    type(/^First day/, '2027-03-13');
    type(/^Last day/, '2027-03-13');
    type('Slot 1 starts', '2027-03-13T10:00');
    type('Slot 1 ends', '2027-03-13T10:45');
    await userEvent.click(screen.getByRole('button', { name: 'Add slot' }));
    type('Slot 2 starts', '2027-03-13T11:00');
    type('Slot 2 ends', '2027-03-13T11:45');
    type('Table or room 1', 'Table 01');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        name: 'Pro Bono Rally Tokyo',
        slots: [
          { startsAt: '2027-03-13T10:00', endsAt: '2027-03-13T10:45' },
          { startsAt: '2027-03-13T11:00', endsAt: '2027-03-13T11:45' },
        ],
        rooms: [{ name: 'Table 01', videoLink: '' }],
      }),
    );
  });

  it('refuses a slot that ends before it starts, and a missing name, before asking the server', async () => {
    const onSubmit = vi.fn(() => Promise.resolve());
    renderWithProviders(<EventForm withSchedule initialValues={empty} onSubmit={onSubmit} submitting={false} submitLabel="Create event" />, { language: 'de' });
    type('Beginn Zeitfenster 1', '2027-03-13T10:00');
    type('Ende Zeitfenster 1', '2027-03-13T09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Create event' }));
    expect(await screen.findByText('Ein Zeitfenster muss nach seinem Beginn enden.')).toBeInTheDocument();
    expect(screen.getByText('Geben Sie der Veranstaltung einen Namen.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('edits without the slot and room editors', () => {
    renderWithProviders(<EventForm initialValues={{ ...empty, name: 'Rally' }} onSubmit={() => Promise.resolve()} submitting={false} submitLabel="Save changes" />);
    expect(screen.queryByRole('button', { name: 'Add slot' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Rally');
  });
});
